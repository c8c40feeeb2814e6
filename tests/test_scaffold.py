"""`blogbuild init DIR` and `blogbuild new TITLE`, through the command line, on real folders.

Expectations are computed here: YAML read with PyYAML, today's date with zoneinfo, what git
ignores asked of git itself, the workflow compared with the repository's own.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from helpers import REPO, run_cli, write_site


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return yaml.safe_load(text[4:text.index("\n---\n", 4)])


def test_init_makes_a_blog_that_builds(tmp_path, capsys):
    blog = tmp_path / "my-blog"
    code, out, err = run_cli("init", str(blog), capsys=capsys)
    assert (code, err) == (0, "")
    files = sorted(p.relative_to(blog).as_posix() for p in blog.rglob("*") if p.is_file())
    (post,) = [f for f in files if f.startswith("posts/")]
    assert files == sorted([".github/workflows/deploy.yml", ".gitignore", "blog.yaml", "pages/about.md", post,
                            "requirements.txt"])
    assert all(f in out for f in files)
    config_text = (blog / "blog.yaml").read_text(encoding="utf-8")
    config = yaml.safe_load(config_text)
    assert config["title"] == "my-blog" and config["url"].startswith("https://")
    assert sum(line.lstrip().startswith("#") for line in config_text.splitlines()) >= 10, "explained in comments"
    meta = front_matter(blog / post)
    assert post == f"posts/{meta['date']:%Y-%m-%d}-hello-world.md"
    assert abs(meta["date"] - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=5)

    assert run_cli("build", "-s", str(blog), "--no-cache", capsys=capsys)[0] == 0
    index = (blog / "public" / "index.html").read_text(encoding="utf-8")
    assert meta["title"] in index and f">{front_matter(blog / 'pages' / 'about.md')['title']}</a>" in index
    assert (blog / "public" / "about" / "index.html").is_file()


def test_init_workflow_is_the_repositorys_own(tmp_path, capsys):
    """The same deploy workflow as the repository's, but installing blogbuild from requirements.txt
    (the repository installs itself with `pip install .`)."""
    blog = tmp_path / "blog"
    run_cli("init", str(blog), capsys=capsys)
    ours = (REPO / ".github" / "workflows" / "deploy.yml").read_text(encoding="utf-8").splitlines()
    theirs = (blog / ".github" / "workflows" / "deploy.yml").read_text(encoding="utf-8").splitlines()
    assert "      - run: pip install ." in ours and "      - run: pip install -r requirements.txt" in theirs
    assert [line for line in ours if "pip install" not in line and not line.lstrip().startswith("#")] == \
           [line for line in theirs if "pip install" not in line and not line.lstrip().startswith("#")]
    workflow = yaml.safe_load("\n".join(theirs))
    assert workflow["jobs"]["build"]["steps"][-1]["with"]["path"] == "public"
    requirement = [line for line in (blog / "requirements.txt").read_text(encoding="utf-8").splitlines()
                   if line and not line.startswith("#")]
    assert len(requirement) == 1 and requirement[0].startswith("blogbuild")


def test_init_requires_a_compatible_release_unless_installed_from_a_repository(tmp_path, capsys, monkeypatch):
    """Issue 23 item 5: `blogbuild>=X.Y,<X+1` (installable once released); a git URL only when pip
    says blogbuild came from one (PEP 610 direct_url.json)."""
    from importlib import metadata

    from packaging.requirements import Requirement
    from packaging.version import Version

    blog = tmp_path / "blog"
    run_cli("init", str(blog), capsys=capsys)
    lines = [line for line in (blog / "requirements.txt").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    installed = Version(metadata.version("blogbuild"))
    assert len(lines) == 1 and Requirement(lines[0]).name == "blogbuild" and Requirement(lines[0]).url is None
    allowed = Requirement(lines[0]).specifier
    major, minor = installed.release[0], installed.release[1]
    assert installed in allowed and Version(f"{major}.{minor + 3}") in allowed
    assert Version(f"{major + 1}.0") not in allowed and Version(f"{major}.{minor}.0rc1") not in allowed
    if minor:
        assert Version(f"{major}.{minor - 1}") not in allowed

    real = metadata.distribution

    class FromGit:
        def read_text(self, name):
            found = {"url": "https://github.com/someone/blogbuild", "vcs_info": {"vcs": "git", "commit_id": "0123abc"}}
            return json.dumps(found) if name == "direct_url.json" else None

    monkeypatch.setattr(metadata, "distribution", lambda name: FromGit() if name == "blogbuild" else real(name))
    run_cli("init", str(tmp_path / "other"), capsys=capsys)
    text = (tmp_path / "other" / "requirements.txt").read_text(encoding="utf-8")
    assert "blogbuild @ git+https://github.com/someone/blogbuild@0123abc" in text.splitlines()


def test_init_workflow_keeps_the_build_cache(tmp_path, capsys):
    """Issue 23 item 2: the deploy workflow restores and saves .blogbuild-cache/ before the build,
    under a key that changes with blogbuild's version, the config and the sources, and falls back
    to older caches (restore-keys)."""
    blog = tmp_path / "blog"
    run_cli("init", str(blog), capsys=capsys)
    steps = yaml.safe_load((blog / ".github" / "workflows" / "deploy.yml").read_text(encoding="utf-8"))[
        "jobs"]["build"]["steps"]
    at = next(i for i, step in enumerate(steps) if str(step.get("uses", "")).startswith("actions/cache@"))
    build_at = next(i for i, step in enumerate(steps) if str(step.get("run", "")).startswith("blogbuild build"))
    cache = steps[at]["with"]
    assert at < build_at and cache["path"] == ".blogbuild-cache"
    assert "version" in cache["key"] and "hashFiles('blog.yaml')" in cache["key"] and "posts/**" in cache["key"]
    fallbacks = cache["restore-keys"].strip().splitlines()
    assert fallbacks and all(cache["key"].startswith(prefix) for prefix in fallbacks)
    assert steps[at].get("if") == steps[build_at].get("if")  # restored whenever the build runs


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_init_gitignore_keeps_what_the_build_makes_out_of_git(tmp_path, capsys):
    blog = tmp_path / "blog"
    run_cli("init", str(blog), capsys=capsys)
    assert run_cli("build", "-s", str(blog), capsys=capsys)[0] == 0  # with the cache
    assert (blog / ".blogbuild-cache").is_dir() and (blog / "public").is_dir()
    subprocess.run(["git", "init", "-q", str(blog)], check=True)
    status = subprocess.run(["git", "-C", str(blog), "status", "--porcelain", "-uall"], check=True,
                            capture_output=True, text=True).stdout
    tracked = sorted(line[3:] for line in status.splitlines())
    sources = sorted(p.relative_to(blog).as_posix() for p in blog.rglob("*") if p.is_file()
                     and p.relative_to(blog).parts[0] not in ("public", ".blogbuild-cache", ".git"))
    assert tracked == sources


def test_init_refuses_a_folder_that_is_not_empty(tmp_path, capsys):
    blog = tmp_path / "blog"
    blog.mkdir()
    (blog / "notes.txt").write_text("mine", encoding="utf-8")
    code, out, err = run_cli("init", str(blog), capsys=capsys)
    assert (code, out) == (1, "")
    assert err.startswith(f"{blog}: the folder is not empty: notes.txt (") and "--force" in err
    assert [p.name for p in blog.iterdir()] == ["notes.txt"]
    assert [p.name for p in tmp_path.iterdir()] == ["blog"], "no temporary folder left"
    file = tmp_path / "file"
    file.write_text("x", encoding="utf-8")
    assert run_cli("init", str(file), capsys=capsys)[2] == f"{file}: not a folder (blogbuild init makes a new folder)\n"


def test_init_in_a_fresh_repository_writes_beside_it_and_merges_gitignore(tmp_path, capsys):
    blog = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(blog)], check=True)
    own = {"README.md": "# 我的博客\n", "LICENSE": "MIT\n", ".gitignore": "*.pyc\n/public/\n"}
    for name, text in own.items():
        (blog / name).write_text(text, encoding="utf-8")
    code, out, err = run_cli("init", str(blog), capsys=capsys)
    assert (code, err) == (0, "")
    assert (blog / "README.md").read_text(encoding="utf-8") == own["README.md"]
    assert (blog / "LICENSE").read_text(encoding="utf-8") == own["LICENSE"]
    ignore = (blog / ".gitignore").read_text(encoding="utf-8")
    assert ignore.startswith(own[".gitignore"]) and ignore.count("/public/") == 1
    (blog / "x.pyc").write_text("", encoding="utf-8")
    (blog / ".blogbuild-cache").mkdir()
    (blog / ".blogbuild-cache" / "c").write_text("", encoding="utf-8")
    ignored = subprocess.run(["git", "-C", str(blog), "check-ignore", "x.pyc", "public/index.html",
                              ".blogbuild-cache/c", "blog.yaml"], capture_output=True, text=True).stdout.split()
    assert ignored == ["x.pyc", "public/index.html", ".blogbuild-cache/c"]
    assert (blog / "blog.yaml").is_file() and (blog / ".git" / "HEAD").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["repo"], "no temporary folder left"


def test_init_force_writes_what_is_missing_and_keeps_every_file_that_exists(tmp_path, capsys):
    blog = tmp_path / "blog"
    assert run_cli("init", str(blog), capsys=capsys)[0] == 0
    (post,) = (blog / "posts").iterdir()
    post.write_text("---\ntitle: Mine\ndate: 2024-01-02\n---\nMy own words.\n", encoding="utf-8")
    (blog / "pages" / "about.md").unlink()
    (blog / "notes.txt").write_text("mine", encoding="utf-8")
    before = {p: p.read_bytes() for p in blog.rglob("*") if p.is_file()}
    assert run_cli("init", str(blog), capsys=capsys)[0] == 1
    code, out, err = run_cli("init", "--force", str(blog), capsys=capsys)
    assert (code, err) == (0, "")
    assert all(p.read_bytes() == data for p, data in before.items()), "nothing that existed was changed"
    assert (blog / "pages" / "about.md").is_file()
    written, kept = out.splitlines()[:2]
    assert written.endswith(": pages/about.md")
    assert f"posts/{post.name}" in kept and "blog.yaml" in kept and "about" not in kept


def test_init_timezone_from_the_machine_or_the_option(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert run_cli("init", str(tmp_path / "a"), capsys=capsys)[0] == 0
    assert yaml.safe_load((tmp_path / "a" / "blog.yaml").read_text(encoding="utf-8"))["timezone"] == "Asia/Tokyo"
    assert run_cli("init", "--timezone", "+08:00", str(tmp_path / "b"), capsys=capsys)[0] == 0
    assert yaml.safe_load((tmp_path / "b" / "blog.yaml").read_text(encoding="utf-8"))["timezone"] == "+08:00"
    code, out, err = run_cli("init", "--timezone", "Mars/Olympus", str(tmp_path / "c"), capsys=capsys)
    assert code == 1 and "Mars/Olympus" in err and not (tmp_path / "c").exists()


def test_init_math_is_what_the_deploy_builds_with(tmp_path, capsys):
    """The starter says math: render: server, as the deploy workflow's --math server: the local
    build and the deployed one agree unless the author chooses otherwise."""
    blog = tmp_path / "blog"
    assert run_cli("init", str(blog), capsys=capsys)[0] == 0
    config = yaml.safe_load((blog / "blog.yaml").read_text(encoding="utf-8"))
    deploy = (blog / ".github" / "workflows" / "deploy.yml").read_text(encoding="utf-8")
    assert f"--math {config['math']['render']}" in deploy


@pytest.mark.parametrize("language", ["zh", "en"])
def test_init_language_writes_the_sample_post_and_page_in_it(tmp_path, capsys, language):
    blog = tmp_path / "blog"
    assert run_cli("init", "--language", language, str(blog), capsys=capsys)[0] == 0
    assert yaml.safe_load((blog / "blog.yaml").read_text(encoding="utf-8"))["language"] == language
    (post,) = (blog / "posts").iterdir()
    for path in (post, blog / "pages" / "about.md"):
        text = path.read_text(encoding="utf-8")
        prose = text[text.index("\n---\n") + 5:]
        han = sum("\u4e00" <= ch <= "\u9fff" for ch in prose)
        assert (han > 20) if language == "zh" else (han == 0), (path, han)
        assert ("\u4e00" <= front_matter(path)["title"][0] <= "\u9fff") == (language == "zh")
    # blog.yaml explains itself in the blog's language: every comment that is a sentence (not a
    # commented-out key) is Chinese in a zh blog and has no Chinese in an en one
    lines = (blog / "blog.yaml").read_text(encoding="utf-8").splitlines()
    notes = [line.split("#", 1)[1] for line in lines if "#" in line]
    prose = [n for n in notes if not re.fullmatch(r"\s*[\w.]+:.*", n) or "  # " in n]
    assert len(prose) > 20
    for note in prose:  # (an en note may quote the zh theme's labels, as examples)
        han = sum("\u4e00" <= ch <= "\u9fff" for ch in note)
        assert (han > 0) if language == "zh" else (han < len(re.findall(r"[A-Za-z]{3,}", note))), note
    assert run_cli("build", "-s", str(blog), "--no-cache", capsys=capsys)[0] == 0


def test_init_blog_yaml_says_the_same_in_every_language(tmp_path, capsys):
    """The languages' blog.yaml differ in their explanations only: the same keys and values."""
    made = {}
    for language in ("zh", "en"):
        assert run_cli("init", "--language", language, "--timezone", "+08:00", str(tmp_path / language / "blog"),
                       capsys=capsys)[0] == 0
        text = (tmp_path / language / "blog" / "blog.yaml").read_text(encoding="utf-8")
        made[language] = yaml.safe_load(text.replace(f"language: {language}", "language: xx"))
        made[language + "-off"] = [line.split("#", 1)[1].split("  #")[0].strip() for line in text.splitlines()
                                   if re.match(r"#\s*[a-z_]+:", line)]  # the keys shown commented out
    assert made["zh"] == made["en"] and made["zh-off"] == made["en-off"]


def test_init_into_an_empty_folder(tmp_path, capsys):
    blog = tmp_path / "empty"
    blog.mkdir()
    assert run_cli("init", str(blog), capsys=capsys)[0] == 0
    assert (blog / "blog.yaml").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty"]


def _site(tmp_path: Path, timezone: str) -> Path:
    return write_site(tmp_path / "site", {"2020-01-01-old.md": "---\ntitle: Old\ndate: 2020-01-01\n---\nx\n"},
                      config=f"title: T\nurl: https://example.org/\ntimezone: {timezone}\n")


@pytest.mark.parametrize("timezone", ["Pacific/Kiritimati", "Etc/GMT+12"])
def test_new_writes_a_post_dated_today_on_the_blogs_clock(tmp_path, capsys, timezone):
    """Two zones 26 hours apart: today's date there is rarely the machine's."""
    site = _site(tmp_path, timezone)
    before = dt.datetime.now(ZoneInfo(timezone))
    code, out, err = run_cli("new", "Stirling's formula, again", "-s", str(site), capsys=capsys)
    after = dt.datetime.now(ZoneInfo(timezone))
    assert (code, err) == (0, "")
    (path,) = [p for p in (site / "posts").glob("*.md") if "old" not in p.name]
    assert out == f"Wrote posts/{path.name}: it will be at https://example.org/archives/stirling-s-formula-again/\n"
    meta = front_matter(path)
    assert meta["title"] == "Stirling's formula, again" and meta["slug"] == "stirling-s-formula-again"
    assert before - dt.timedelta(seconds=1) <= meta["date"] <= after
    assert meta["date"].utcoffset() == before.utcoffset()
    assert path.name in (f"{day:%Y-%m-%d}-stirling-s-formula-again.md" for day in (before, after))
    assert run_cli("build", "-s", str(site), "--no-cache", capsys=capsys)[0] == 0
    assert (site / "public" / "archives" / "stirling-s-formula-again" / "index.html").is_file()


def test_new_with_a_chinese_title(tmp_path, capsys):
    """No pinyin: a short hash of the title, the same every time; or the slug given."""
    site = _site(tmp_path, "Asia/Shanghai")
    code, out, _err = run_cli("new", "矩阵的行列式", "-s", str(site), capsys=capsys)
    assert code == 0
    (path,) = [p for p in (site / "posts").glob("*.md") if "old" not in p.name]
    meta = front_matter(path)
    assert meta["title"] == "矩阵的行列式"
    assert out.splitlines()[0].endswith(f": it will be at https://example.org/archives/{meta['slug']}/")
    assert "--slug" in out.splitlines()[1]
    assert len(meta["slug"]) == 8 and int(meta["slug"], 16) >= 0 and path.name.endswith(f"-{meta['slug']}.md")
    code, _out, err = run_cli("new", "矩阵的行列式", "-s", str(site), capsys=capsys)
    assert code == 1 and err == f"posts/{path.name}: already exists (choose another title or --slug)\n"
    assert run_cli("new", "矩阵的行列式", "--slug", "det", "-s", str(site), capsys=capsys)[0] == 0
    assert front_matter(next((site / "posts").glob("*-det.md")))["title"] == "矩阵的行列式"
    assert run_cli("build", "-s", str(site), "--no-cache", capsys=capsys)[0] == 0
    assert (site / "public" / "archives" / "det" / "index.html").is_file()
    assert (site / "public" / "archives" / meta["slug"] / "index.html").is_file()


def test_new_numbered_as_typecho_numbers_posts(tmp_path, capsys):
    """--numbered: the next number no post or page has, written as the slug (/archives/6464/)."""
    site = _site(tmp_path, "UTC")
    imported = "---\ntitle: Old one\ndate: 2019-05-01\nslug: 6463\n---\nx\n"
    (site / "posts" / "2019-05-01-imported.md").write_text(imported, encoding="utf-8")
    (site / "posts" / "17.md").write_text("---\ntitle: Older\ndate: 2018-01-01\n---\nx\n", encoding="utf-8")
    slugs = []
    for title in ("阻尼振动", "Second"):
        code, out, err = run_cli("new", title, "--numbered", "-s", str(site), capsys=capsys)
        assert (code, err) == (0, "") and "--slug" not in out
        (path,) = [p for p in (site / "posts").glob("*.md") if front_matter(p)["title"] == title]
        slugs.append(front_matter(path)["slug"])
        assert out == f"Wrote posts/{path.name}: it will be at https://example.org/archives/{slugs[-1]}/\n"
    assert slugs == [6464, 6465]
    assert run_cli("build", "-s", str(site), "--no-cache", capsys=capsys)[0] == 0
    assert "阻尼振动" in (site / "public" / "archives" / "6464" / "index.html").read_text(encoding="utf-8")


def test_new_with_an_id_permalink_writes_the_next_free_id(tmp_path, capsys):
    """permalink /archives/{id}/: `new` writes `id:`, one more than any post's, whatever the slug."""
    site = write_site(tmp_path / "site", {
        "a.md": "---\ntitle: Old\ndate: 2019-05-01\nid: 6463\nslug: old\n---\nx\n",
        "b.md": "---\ntitle: Older\ndate: 2018-01-01\nid: 12\nslug: '99999'\n---\nx\n"},
        config="title: T\nurl: https://example.org/\ntimezone: UTC\npermalink: /archives/{id}/\n")
    for title, number in (("阻尼振动", 6464), ("Second", 6465)):
        code, out, err = run_cli("new", title, "-s", str(site), capsys=capsys)
        (path,) = [p for p in (site / "posts").glob("*.md") if front_matter(p)["title"] == title]
        assert front_matter(path)["id"] == number
        assert (code, err, out) == (0, "", f"Wrote posts/{path.name}: it will be at "
                                           f"https://example.org/archives/{number}/\n")  # no --slug hint
    assert run_cli("build", "-s", str(site), "--no-cache", capsys=capsys)[0] == 0
    assert "阻尼振动" in (site / "public" / "archives" / "6464" / "index.html").read_text(encoding="utf-8")
    assert "Older" in (site / "public" / "archives" / "12" / "index.html").read_text(encoding="utf-8")


def test_new_refuses_a_slug_in_use(tmp_path, capsys):
    site = _site(tmp_path, "UTC")
    (site / "pages").mkdir()
    (site / "pages" / "me.md").write_text("---\ntitle: Me\nslug: about\n---\nx\n", encoding="utf-8")
    code, out, err = run_cli("new", "About", "-s", str(site), capsys=capsys)
    assert (code, out) == (1, "")
    assert err == "blogbuild new: slug 'about' is already used by pages/me.md (choose another with --slug)\n"
    assert sorted(p.name for p in (site / "posts").iterdir()) == ["2020-01-01-old.md"]


def test_new_counts_posts_in_markdown_files_too(tmp_path, capsys):
    """A `.markdown` post (Jekyll's and Hugo's other name) is a post: its id and its slug are taken."""
    old = "---\ntitle: Old\ndate: 2019-05-01\nid: 70\nslug: old\n---\nx\n"
    site = write_site(tmp_path / "site", {"a.markdown": old},
                      config="title: T\nurl: https://example.org/\ntimezone: UTC\npermalink: /archives/{id}/\n")
    code, _out, err = run_cli("new", "Old", "-s", str(site), capsys=capsys)
    assert (code, err) == (1, "blogbuild new: slug 'old' is already used by posts/a.markdown "
                              "(choose another with --slug)\n")
    assert run_cli("new", "Next", "-s", str(site), capsys=capsys)[0] == 0
    (path,) = [p for p in (site / "posts").glob("*.md") if front_matter(p)["title"] == "Next"]
    assert front_matter(path)["id"] == 71


def test_init_says_what_to_run_next_from_where_the_author_is(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, _err = run_cli("init", "my blog", capsys=capsys)
    assert code == 0 and out.splitlines()[-1] == "Next: cd 'my blog' && blogbuild serve"
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    code, out, _err = run_cli("init", ".", capsys=capsys)
    assert code == 0 and out.splitlines()[-1] == "Next: blogbuild serve"
