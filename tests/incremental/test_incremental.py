"""Incremental builds: every change to the sources, built on top of the cache and the previous output,
gives byte for byte the site a clean `--no-cache` build of the same sources gives."""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import fields
from pathlib import Path

import pytest
from helpers import copy_example, post, run_cli, tree, write_site

from blogbuild.build import build
from blogbuild.cache import CACHE_DIR
from blogbuild.errors import BlogbuildError
from blogbuild.site.models import BuildOptions
from blogbuild.write.output import TEMP_PREFIX


def cold_tree(root: Path, tmp_path: Path, name: str = "cold") -> dict[str, bytes]:
    """The output of a clean --no-cache, one-process build of a copy of root's sources."""
    copy = tmp_path / name
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("public", ".blogbuild-*"))
    report = build(copy, cache=False, jobs=1)
    assert report.rendered == report.posts and report.cached == 0
    return tree(copy / "public")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """The example blog (math, code, comments, tags), built once so that the cache is warm."""
    root = copy_example(tmp_path)
    build(root, jobs=1)
    return root


def first_post(root: Path) -> Path:
    return sorted((root / "posts").glob("*.md"))[0]


def test_second_build_renders_nothing_and_writes_nothing(site: Path):
    before = tree(site / "public")
    report = build(site, jobs=1)
    assert report.skipped
    assert (report.rendered, report.written) == (0, 0)
    assert report.cached == report.posts > 5
    assert tree(site / "public") == before


OTHER_VALUE = {"drafts": True, "base_url": "https://other.example/blog/", "output": "public",
               "strict": True, "search": False, "math": "client"}
"""For each option that changes what a build makes: a value other than the default (output:
the same folder named anew, math: blog.yaml's own choice said aloud; neither changes a byte)."""


@pytest.mark.parametrize("name", [f.name for f in fields(BuildOptions) if f.name not in ("jobs", "cache")])
def test_every_build_option_is_in_the_no_op_key(site: Path, name: str):
    """An option added to BuildOptions without a value here fails (KeyError): each must be shown
    to stop the no-op early exit, or the build after changing it would be wrongly skipped."""
    options = BuildOptions(jobs=1, **{name: OTHER_VALUE[name]})
    assert not build(site, options).skipped
    assert build(site, options).skipped
    assert not build(site, jobs=1).skipped  # and back


def test_jobs_is_not_in_the_no_op_key(site: Path):
    assert build(site, jobs=2).skipped


def test_cache_hits_without_the_early_stop(site: Path, tmp_path: Path):
    """A change outside the posts (here: a file deleted from the output) renders no Markdown."""
    victim = site / "public" / "index.html"
    victim.unlink()
    report = build(site, jobs=1)
    assert not report.skipped
    assert report.rendered == 0 and report.cached == report.posts
    assert report.written == 1  # only the missing file; the rest is linked from the old site
    assert tree(site / "public") == cold_tree(site, tmp_path)


def test_output_edited_by_hand_is_rebuilt(site: Path, tmp_path: Path):
    page = next((site / "public" / "archives").rglob("index.html"))
    page.write_bytes(b"tampered")
    assert not build(site, jobs=1).skipped
    assert tree(site / "public") == cold_tree(site, tmp_path)


def _edit_body(root: Path) -> int:
    path = first_post(root)
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more line with $e^{i\\pi}+1=0$.\n", encoding="utf-8")
    return 1


def _add_post(root: Path) -> int:
    (root / "posts" / "2025-01-01-new.md").write_text(
        post("A new post", "2025-01-01", "New: $a^2+b^2=c^2$ and *emphasis*.", tags="[矩阵]"), encoding="utf-8")
    return 1


def _delete_post(root: Path) -> int:
    victims = [p for p in sorted((root / "posts").glob("*.md"))
               if not (root / "comments" / f"{p.stem.split('-', 3)[-1]}.yaml").exists()]
    victims[0].unlink()
    return 0


def _rename_post(root: Path) -> int:
    path = [p for p in sorted((root / "posts").glob("*.md")) if "slug:" not in p.read_text(encoding="utf-8")
            and not (root / "comments" / f"{p.stem.split('-', 3)[-1]}.yaml").exists()][0]
    path.rename(path.with_name(path.stem + "-renamed.md"))
    return 1  # a new slug: footnote and label ids change, so the post renders again


def _change_template(root: Path) -> int:
    from blogbuild.render.templates import theme_dir

    (root / "templates").mkdir(exist_ok=True)
    text = (theme_dir() / "templates" / "post.html").read_text(encoding="utf-8")
    (root / "templates" / "post.html").write_text(text.replace('<article class="post">',
                                                               '<article class="post changed">'), encoding="utf-8")
    return 0


def _change_title(root: Path) -> int:
    config = root / "blog.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("title:", "title: Renamed", 1), encoding="utf-8")
    return 0


def _change_base_url(root: Path) -> int:
    config = root / "blog.yaml"
    text = config.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("url:")]
    config.write_text("\n".join(lines + ["url: https://example.net/other/"]) + "\n", encoding="utf-8")
    return -1  # every post: links are rebased on the new path


def _add_comment(root: Path) -> int:
    path = sorted((root / "comments").glob("*.yaml"))[0]
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n"
                    "- id: 99001\n  author: Newcomer\n  date: 2030-01-01 10:00:00\n"
                    "  body: 'A new comment with $x_1$ in it.'\n", encoding="utf-8")
    return 0


def _add_static(root: Path) -> int:
    (root / "static").mkdir(exist_ok=True)
    (root / "static" / "extra.css").write_text("body { color: red }\n", encoding="utf-8")
    return 0


def _edit_keeping_size_and_mtime(root: Path) -> int:
    """An edit that stat() can only see in ctime: same size, mtime set back (as `cp -p` or rsync do)."""
    path = first_post(root)
    st = path.stat()
    text = path.read_text(encoding="utf-8")
    i = text.rindex("the") if "the" in text else len(text) - 4
    path.write_text(text[:i] + text[i:i + 3].upper() + text[i + 3:], encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size
    return 1


CHANGES = [_edit_body, _add_post, _delete_post, _rename_post, _change_template, _change_title,
           _change_base_url, _add_comment, _add_static, _edit_keeping_size_and_mtime]


@pytest.mark.parametrize("jobs", [1, 2], ids=["one-process", "workers"])
@pytest.mark.parametrize("change", CHANGES, ids=[c.__name__.strip("_") for c in CHANGES])
def test_incremental_build_equals_clean_build(site: Path, tmp_path: Path, change, jobs):
    before = tree(site / "public")
    expected_renders = change(site)
    report = build(site, jobs=jobs)
    assert not report.skipped
    assert report.rendered == (report.posts if expected_renders == -1 else expected_renders)
    after = tree(site / "public")
    assert after != before
    assert after == cold_tree(site, tmp_path)
    assert report.written < report.files or expected_renders == -1
    again = build(site, jobs=1)
    assert again.skipped and again.rendered == 0 and tree(site / "public") == after


def test_many_changes_in_a_row(site: Path, tmp_path: Path):
    for change in CHANGES:
        change(site)
        build(site, jobs=2)
    assert tree(site / "public") == cold_tree(site, tmp_path)


def test_no_cache_build_reads_and_writes_no_cache(tmp_path: Path):
    root = copy_example(tmp_path)
    report = build(root, cache=False, jobs=1)
    assert not (root / CACHE_DIR).exists()
    assert report.rendered == report.posts
    assert build(root, jobs=1).rendered == report.posts  # nothing was cached


def test_a_damaged_cache_is_an_empty_one(site: Path, tmp_path: Path):
    for path in (site / CACHE_DIR).rglob("*"):
        if path.is_file():
            path.write_bytes(b"\x00garbage" * 1000)
    _edit_body(site)
    report = build(site, jobs=1)
    assert report.rendered == report.posts
    assert tree(site / "public") == cold_tree(site, tmp_path)


def test_failed_build_leaves_the_old_site(site: Path, tmp_path: Path):
    before = tree(site / "public")
    (site / "templates").mkdir(exist_ok=True)
    (site / "templates" / "post.html").write_text('{% extends "base.html" %}{% block main %}{{ post.nope() }}'
                                                  '{% endblock %}', encoding="utf-8")
    _edit_body(site)
    with pytest.raises(BlogbuildError, match="templates/post.html"):
        build(site, jobs=1)
    assert tree(site / "public") == before
    (site / "templates" / "post.html").unlink()
    build(site, jobs=1)
    assert tree(site / "public") == cold_tree(site, tmp_path)


# ----------------------------------------------------------------------------- processes

@pytest.fixture
def small_pools(monkeypatch):
    """Use the worker processes even for a small site."""
    from blogbuild.incremental import workers

    monkeypatch.setattr(workers, "PARALLEL_ITEMS", 2)
    monkeypatch.setattr(workers, "PARALLEL_PAGES", 2)


def _many_posts(root: Path, n: int = 30) -> Path:
    posts = {f"2024-01-{i % 28 + 1:02d}-p{i}.md": post(f"Post {i}", f"2024-01-{i % 28 + 1:02d}",
                                                        f"Body {i}: $x_{i}^2$ and\n\n```python\nprint({i})\n```\n"
                                                        f"\n\\begin{{equation}}a_{i}\\label{{e{i}}}\\end{{equation}}",
                                                        tags=f"[t{i % 3}]")
             for i in range(n)}
    return write_site(root, posts)


def test_jobs_2_equals_jobs_1(tmp_path: Path, small_pools):
    one = _many_posts(tmp_path / "one")
    two = _many_posts(tmp_path / "two")
    assert build(one, jobs=1, cache=False).rendered == 30
    assert build(two, jobs=2, cache=False).rendered == 30
    assert tree(one / "public") == tree(two / "public")
    assert len(tree(one / "public")) > 30


@pytest.mark.parametrize("cache", [True, False], ids=["speed layer", "reference"])
def test_the_output_folder_is_listed_once_by_the_build_not_by_each_page_writer(tmp_path: Path, small_pools,
                                                                               monkeypatch, cache):
    """Stage lists the output folder when first asked: by the static files' puts, once Pagefind has
    an edited post's bundle, and before page writers are forked (each would list it again)."""
    import os

    from blogbuild.write import output

    log = tmp_path / "listed"
    listing = output.listing

    def logged(folder):
        with open(log, "a", encoding="utf-8") as f:
            f.write(f"{os.getpid()}\n")
        return listing(folder)

    monkeypatch.setattr(output, "listing", logged)
    root = _many_posts(tmp_path / "site")
    build(root, jobs=2, cache=cache)  # a first build: the empty output, then the new one (committing)
    assert log.read_text(encoding="utf-8").split() == [str(os.getpid())] * 2
    log.unlink()
    (root / "posts" / "2024-01-02-p1.md").write_text(post("Post 1, edited", "2024-01-02"), encoding="utf-8")
    build(root, jobs=2, cache=cache)
    assert log.read_text(encoding="utf-8").split() == [str(os.getpid())]  # (committing, it updates that listing)


def test_parallel_errors_are_the_serial_errors(tmp_path: Path, small_pools):
    messages = []
    for jobs in (1, 2):
        root = _many_posts(tmp_path / f"j{jobs}")
        (root / "templates").mkdir()
        (root / "templates" / "post.html").write_text("{{ post.title.nope() }}", encoding="utf-8")
        with pytest.raises(BlogbuildError) as info:
            build(root, jobs=jobs)
        messages.append(str(info.value))
        assert not (root / "public").exists()
    assert messages[0] == messages[1]
    assert "templates/post.html:1" in messages[0]


def test_strict_findings_in_an_edited_post_fail_the_build_as_in_one_process(site: Path, tmp_path: Path):
    """strict: what the check finds in an edited post is an error, with the same message whatever
    the number of processes; the old site stays."""
    messages = []
    for jobs in (1, 2):
        root = tmp_path / f"j{jobs}"
        shutil.copytree(site, root)
        build(root, jobs=jobs)
        before = tree(root / "public")
        path = first_post(root)
        path.write_text(path.read_text(encoding="utf-8") + "\n\nBroken: $\\weirdmacro x$ here.\n", encoding="utf-8")
        with pytest.raises(BlogbuildError) as info:
            build(root, jobs=jobs, strict=True)
        messages.append(str(info.value))
        assert tree(root / "public") == before
    assert messages[0] == messages[1] and path.name in messages[0]


# ----------------------------------------------------------------------------- clean

def test_clean_removes_cache_and_output(site: Path, capsys):
    assert (site / CACHE_DIR).is_dir() and (site / "public").is_dir()
    (site / f"{TEMP_PREFIX}public-killed").mkdir()  # as a build killed with SIGKILL leaves it
    code, out, err = run_cli("clean", "-s", str(site), capsys=capsys)
    assert (code, err) == (0, "")
    assert out.startswith("Removed ")
    assert not (site / CACHE_DIR).exists() and not (site / "public").exists()
    assert not list(site.glob(f"{TEMP_PREFIX}*"))
    assert (site / "posts").is_dir() and (site / "blog.yaml").is_file()
    code, out, _ = run_cli("clean", "-s", str(site), capsys=capsys)
    assert (code, out) == (0, "Nothing to remove\n")
    assert build(site, jobs=1).rendered > 0


def test_cli_build_flags(tmp_path: Path, capsys):
    root = write_site(tmp_path / "s", {"a.md": post("A")})
    code, out, _ = run_cli("build", "-s", str(root), "--jobs", "2", "--no-cache", capsys=capsys)
    assert code == 0 and out.startswith("Built 1 posts")
    assert not (root / CACHE_DIR).exists()
    with pytest.raises(SystemExit):
        run_cli("build", "-s", str(root), "--jobs", "0")


def test_the_build_command_leaves_the_cycle_collector_off_only_in_a_process_it_ends(tmp_path: Path, monkeypatch):
    """`blogbuild build` (cli.run) ends its process right after the build: the collector build()
    turned off stays off (turned on again, its first pass would walk every object of the build).
    main() called by a program, as here, gets it back on."""
    import gc

    from blogbuild import cli

    root = write_site(tmp_path / "s", {"a.md": post("A")})
    assert gc.isenabled()
    assert cli.main(["build", "-s", str(root), "--quiet"]) == 0 and gc.isenabled()
    monkeypatch.setattr(cli, "_EXITS", True)
    try:
        assert cli.main(["build", "-s", str(root), "--quiet", "--no-cache"]) == 0
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_parallel_front_matter_errors_are_the_serial_errors(tmp_path: Path, small_pools):
    messages = []
    for jobs in (1, 2):
        root = _many_posts(tmp_path / f"j{jobs}")
        (root / "posts" / "2024-01-05-p4.md").write_text("---\ntitle: [unclosed\n---\nbody\n", encoding="utf-8")
        (root / "posts" / "zz.md").write_text("no front matter\n", encoding="utf-8")
        with pytest.raises(BlogbuildError) as info:
            build(root, jobs=jobs)
        messages.append(str(info.value))
    assert messages[0] == messages[1]
    assert "posts/2024-01-05-p4.md:2" in messages[0] and "posts/zz.md:1" in messages[0]


def test_pages_whose_context_did_not_change_are_not_rendered_again(tmp_path):
    """A template that prints a random number shows which pages were rendered again."""
    root = write_site(tmp_path / "s", {f"p{i}.md": post(title=f"P{i}", date=f"2024-01-{i + 10:02d}", slug=f"p{i}")
                                       for i in range(5)})
    (root / "templates").mkdir()
    (root / "templates" / "_meta.html").write_text(
        "<p class=\"meta\">{{ post.title }} {{ range(10**9) | random }}</p>\n", encoding="utf-8")
    build(root, jobs=1)
    before = tree(root / "public")
    page = "archives/{}/index.html".format
    (root / "posts" / "p0.md").write_text(post(title="P0", date="2024-01-10", slug="p0", body="Edited."),
                                          encoding="utf-8")
    build(root, jobs=1)
    after = tree(root / "public")
    assert after[page("p0")] != before[page("p0")]        # edited: rendered again
    assert after[page("p3")] == before[page("p3")]        # untouched neighbours-of-nothing: kept as is
    assert after[page("p1")] == before[page("p1")]        # p0 is its neighbour, but its title did not change
    # A new title shows in the neighbour's "previous" link: the neighbour is rendered again.
    (root / "posts" / "p0.md").write_text(post(title="P0 renamed", date="2024-01-10", slug="p0", body="Edited."),
                                          encoding="utf-8")
    build(root, jobs=1)
    renamed = tree(root / "public")
    assert renamed[page("p1")] != after[page("p1")] and "P0 renamed" in renamed[page("p1")].decode()
    assert renamed[page("p3")] == after[page("p3")]
    # A hand-edited output file is never trusted: it is rendered again.
    (root / "public" / page("p3")).write_text("tampered", encoding="utf-8")
    (root / "posts" / "p4.md").write_text(post(title="P4", date="2024-01-14", slug="p4", body="x"), encoding="utf-8")
    build(root, jobs=1)
    assert "tampered" not in (root / "public" / page("p3")).read_text(encoding="utf-8")
    # A template change renders everything again.
    kept = tree(root / "public")
    (root / "templates" / "404.html").write_text("{{ site.title }}", encoding="utf-8")
    build(root, jobs=1)
    assert tree(root / "public")[page("p3")] != kept[page("p3")]


# ----------------------------------------------------------------------------- what a build reads

_OPENED: list[list[str]] = []
"""The lists the audit hook below appends to (one per test that is watching)."""


def _audit(event: str, args: tuple) -> None:
    if event == "open" and _OPENED and isinstance(args[0], (str, bytes, os.PathLike)):
        mode = args[1] if len(args) > 1 and isinstance(args[1], str) else "r"
        if "r" in mode or "+" in mode:
            for seen in _OPENED:
                seen.append(os.fsdecode(args[0]))


def _read_posts(root: Path):
    """seen(): the post files the build opened from now on, whoever opened them and however the
    function that did was imported: Python's audit hook sees every open() of the process."""
    if not getattr(_audit, "installed", False):
        sys.addaudithook(_audit)  # for the rest of the process: it does nothing while _OPENED is empty
        _audit.installed = True
    opened: list[str] = []
    _OPENED.append(opened)
    real = os.path.realpath(root)
    return lambda: [os.path.relpath(p, real).replace(os.sep, "/") for p in map(os.path.realpath, opened)
                    if p.startswith(os.path.join(real, "posts") + os.sep)]


@pytest.fixture(autouse=True)
def _stop_watching():
    yield
    _OPENED.clear()


def test_files_unchanged_since_long_ago_are_not_read(site: Path, tmp_path: Path, monkeypatch):
    """Signatures (size, mtime, ctime, inode) older than the racy window stand for the bytes: a
    rebuild reads only the post that changed. (RACY_NS moved so that the example, copied a moment
    ago, counts as old.)"""
    import blogbuild.incremental.snapshot

    monkeypatch.setattr(blogbuild.incremental.snapshot, "RACY_NS", -10**12)
    (site / "public" / "index.html").unlink()  # so that the build runs (nothing else changed)
    build(site, jobs=1)  # the snapshot trusts every file: front matter is recorded with signatures
    seen = _read_posts(site)
    (site / "public" / "index.html").unlink()
    report = build(site, jobs=1)
    assert not report.skipped and report.rendered == 0 and seen() == []
    edited = first_post(site)
    _edit_body(site)  # (the test's own read of the file is not the build's)
    seen = _read_posts(site)
    report = build(site, jobs=1)
    assert report.rendered == 1 and seen() == [edited.relative_to(site).as_posix()]  # once: parsed and rendered
    assert tree(site / "public") == cold_tree(site, tmp_path)


def test_a_same_size_edit_within_the_racy_window_is_seen(site: Path, tmp_path: Path, monkeypatch):
    """Files changed just before the snapshot are compared by content, even if stat() cannot tell."""
    import blogbuild.incremental.snapshot

    def coarse_clock(st):
        return st.st_size, 0, 0, st.st_ino

    monkeypatch.setattr(blogbuild.incremental.snapshot, "signature", coarse_clock)
    build(site, jobs=1)
    assert build(site, jobs=1).skipped
    path = first_post(site)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("$", "$", 1)[:-2] + "X\n" if text.endswith("\n") else text[:-1] + "X",
                    encoding="utf-8")
    report = build(site, jobs=1)
    assert not report.skipped and report.rendered == 1
    assert tree(site / "public") == cold_tree(site, tmp_path)


def test_a_new_comment_rewrites_three_files(site: Path, tmp_path: Path):
    """The sidebar's recent comments are one fetched file, not part of every page."""
    _add_comment(site)
    report = build(site, jobs=1)
    assert report.written == 3  # the post's page, /comments/, comments/recent.html
    recent = (site / "public" / "comments" / "recent.html").read_text(encoding="utf-8")
    assert "Newcomer" in recent and "\\(x_1\\)" in recent
    index = (site / "public" / "index.html").read_text(encoding="utf-8")
    assert 'data-include="/blogbuild/comments/recent.html"' in index or 'data-include="/comments/recent.html"' in index
    assert "Newcomer" not in index
    assert tree(site / "public") == cold_tree(site, tmp_path)


def test_a_build_looks_at_its_sources_once(site: Path, tmp_path: Path, monkeypatch):
    """The snapshot taken to see whether anything changed (1,000 posts: ~15 ms of stat calls) is
    the one the build then keeps, when it lists the same folders and files: it once never did,
    since the program's file list named a file twice."""
    import blogbuild.incremental.layer

    taken = []
    take = blogbuild.incremental.layer.take

    def counted(*args, **kwargs):
        taken.append(args)
        return take(*args, **kwargs)

    monkeypatch.setattr(blogbuild.incremental.layer, "take", counted)
    _add_comment(site)
    report = build(site, jobs=1)
    assert not report.skipped and len(taken) == 1
    assert tree(site / "public") == cold_tree(site, tmp_path)


def test_a_template_that_reads_recent_comments_itself_is_rendered_again(site: Path, tmp_path: Path):
    """Page keys cover what the templates read: a theme that prints recent comments on every post
    page gets every post page rendered again when a comment arrives."""
    from blogbuild.render.templates import theme_dir

    (site / "templates").mkdir(exist_ok=True)
    text = (theme_dir() / "templates" / "post.html").read_text(encoding="utf-8")
    (site / "templates" / "post.html").write_text(text.replace(
        "{% block main %}", "{% block main %}{% include '_newest.html' %}", 1), encoding="utf-8")
    (site / "templates" / "_newest.html").write_text(
        "<p class=newest>{% for c in recent_comments[:1] %}{{ c.author }}{% endfor %}</p>\n", encoding="utf-8")
    build(site, jobs=1)
    _add_comment(site)
    report = build(site, jobs=1)
    assert report.written > report.posts
    pages = [p for p in (site / "public").rglob("index.html") if "<p class=newest>Newcomer</p>" in p.read_text("utf-8")]
    assert len(pages) == report.posts
    assert tree(site / "public") == cold_tree(site, tmp_path)


def test_a_post_entering_the_feed_gets_its_feed_html_without_a_render(tmp_path: Path):
    """Posts rendered in a build get their feed HTML from the same parse; a cached post that the
    feed reaches later (a newer one was deleted) gets it on its own, and the feed is the clean build's."""
    root = copy_example(tmp_path, feed={"entries": 3})
    shutil.rmtree(root / "comments")  # deleting a post with comments is an error
    build(root, jobs=1)
    before = (root / "public" / "atom.xml").read_text(encoding="utf-8")
    import markupsafe
    import yaml

    posts = {p: yaml.safe_load(p.read_text(encoding="utf-8").split("---")[1]) for p in (root / "posts").glob("*.md")}
    newest = max((p for p, meta in posts.items() if not meta.get("draft")), key=lambda p: str(posts[p]["date"]))
    title = str(markupsafe.escape(posts[newest]["title"]))  # as the feed has it
    assert title in before
    newest.unlink()
    report = build(root, jobs=1)
    assert report.rendered == 0
    assert title not in (root / "public" / "atom.xml").read_text(encoding="utf-8")
    assert tree(root / "public") == cold_tree(root, tmp_path)
    assert tree(root / "public")["atom.xml"].count(b"<entry>") == 3


def test_a_copied_site_is_built_as_itself(site: Path, tmp_path: Path):
    """A site folder copied with its cache: the copy's own edits are built into the copy's output
    (the cache's record of the original folder, unchanged, says nothing about the copy)."""
    copy = tmp_path / "copy"
    shutil.copytree(site, copy, symlinks=True)
    path = first_post(copy)
    path.write_text(path.read_text(encoding="utf-8") + "\nOnly in the copy: $z_9$.\n", encoding="utf-8")
    report = build(copy, jobs=1)
    assert not report.skipped and report.output == (copy / "public").resolve()
    assert tree(copy / "public") == cold_tree(copy, tmp_path)
    assert b"Only in the copy" not in b"".join(tree(site / "public").values())


def test_without_fork_a_build_runs_in_one_process(tmp_path: Path, small_pools, monkeypatch):
    """Windows has no os.fork: --jobs is then ignored, not a crash."""
    one = _many_posts(tmp_path / "one")
    build(one, jobs=1, cache=False)
    two = _many_posts(tmp_path / "two")
    monkeypatch.delattr(os, "fork")
    assert build(two, jobs=2).rendered == 30
    _edit_body(two)
    build(two, jobs=2)
    _edit_body(one)
    build(one, jobs=1, cache=False)
    assert tree(one / "public") == tree(two / "public")
