"""The search index is made in chunks and only the chunks whose posts changed are made again.

The reference is a fresh `--no-cache` build of the same sources into an empty folder: after every
edit, the `pagefind/` folder of the site that was built again and again must be byte for byte the
fresh one (Pagefind is deterministic), and the bundles of untouched posts must not have been
written at all (same inode and mtime). Which posts each bundle holds is computed here from the
front matter: oldest first, CHUNK a bundle (set to 3 so that 8 posts make 3 bundles).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

import pytest
import yaml
from helpers import copy_example, post, run_cli, tree, write_site

from blogbuild.write import search_index

pytestmark = pytest.mark.skipif(search_index.pagefind_executable() is None,
                                reason="needs pagefind[extended] (pip install 'blogbuild[search]')")

CONFIG = "title: T\nurl: https://example.org/\nlanguage: en\npermalink: /p/{slug}/\n"


@pytest.fixture
def site(tmp_path, monkeypatch):
    monkeypatch.setattr(search_index, "CHUNK", 3)
    posts = {f"p{i}.md": post(title=f"Post {i}", date=f"2024-01-{i + 1:02d}", body=f"Word{i} here.")
             for i in range(8)}
    return write_site(tmp_path / "site", posts, CONFIG)


def _build(root: Path, *extra: str) -> None:
    code, _out, err = run_cli("build", "-s", str(root), *extra)
    assert code == 0, err


def _fresh(root: Path, tmp: Path) -> dict[str, bytes]:
    """pagefind/ of a no-cache build of root's sources into an empty folder."""
    copy = tmp / "fresh"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("public", ".blogbuild-cache"))
    _build(copy, "--no-cache")
    return tree(copy / "public" / "pagefind")


def indexed_text(out: Path) -> dict[str, str]:
    """URL -> the text Pagefind stored for the page (its fragments, gzip'd JSON; Pagefind marks
    the word breaks it found in Chinese with zero-width spaces, removed here)."""
    found = {}
    for fragment in sorted((out / "pagefind").glob("*/fragment/*")):
        data = gzip.decompress(fragment.read_bytes())
        record = json.loads(data[data.index(b"{"):])
        found[record["url"]] = record["content"].replace("\u200b", "")
    return found


def _stamps(out: Path, bundle: int) -> dict[str, tuple[int, int]]:
    folder = out / "pagefind" / str(bundle)
    return {p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def _members(out: Path) -> list[list[str]]:
    bundles = json.loads((out / "pagefind" / "bundles.json").read_text())["bundles"]
    return [[line for line in (out / "pagefind" / b / search_index.MANIFEST).read_text().splitlines()
             if line.startswith("p/")] for b in bundles]


def test_bundles_hold_the_posts_oldest_first(site):
    _build(site)
    out = site / "public"
    assert _members(out) == [[f"p/p{i}/index.html" for i in range(k, min(k + 3, 8))] for k in (0, 3, 6)]
    assert not any(name.endswith(".html") for name in tree(out / "pagefind"))  # no playground


def test_an_edit_makes_only_its_bundle_again(site, tmp_path):
    _build(site)
    out = site / "public"
    before = {b: _stamps(out, b) for b in range(3)}
    newest = site / "posts" / "p7.md"
    newest.write_text(newest.read_text().replace("here.", "here, and Zebracorn too."))
    _build(site)
    assert _stamps(out, 0) == before[0] and _stamps(out, 1) == before[1]
    assert _stamps(out, 2) != before[2]
    assert tree(out / "pagefind") == _fresh(site, tmp_path)
    assert "Zebracorn" in indexed_text(out)["/p/p7/"]


@pytest.mark.parametrize("change", ["delete the oldest", "add a newest", "edit a template"])
def test_every_change_gives_the_fresh_index(site, tmp_path, change):
    _build(site)
    out = site / "public"
    if change == "delete the oldest":
        (site / "posts" / "p0.md").unlink()
    elif change == "add a newest":
        (site / "posts" / "p8.md").write_text(post(title="Post 8", date="2024-02-01", body="Word8."))
    else:
        (site / "templates").mkdir()
        source = search_index.Path(__file__).resolve().parents[2] / "templates" / "post.html"
        (site / "templates" / "post.html").write_text(source.read_text().replace("</article>", "<p>New.</p></article>"))
    _build(site)
    assert tree(out / "pagefind") == _fresh(site, tmp_path)


def _checkout_with_cache(site: Path, dest: Path) -> Path:
    """site's sources at dest with new mtimes and no output folder, its build cache copied in (a CI
    runner's fresh clone after actions/cache restored the cache)."""
    shutil.copytree(site, dest, ignore=shutil.ignore_patterns("public"))
    now = time.time_ns()
    for path in [dest, *dest.rglob("*")]:
        os.utime(path, ns=(now, now))
    return dest


@pytest.mark.parametrize("edited", [None, "p4"])
def test_a_fresh_checkout_with_the_cache_runs_pagefind_only_for_changed_bundles(site, tmp_path, monkeypatch, edited):
    _build(site)
    clone = _checkout_with_cache(site, tmp_path / "runner" / "clone")
    if edited:
        path = clone / "posts" / f"{edited}.md"
        path.write_text(path.read_text().replace("here.", "here, and Zebracorn too."))
    runs = []
    real = search_index.bundle_pages
    monkeypatch.setattr(search_index, "bundle_pages", lambda group, *a: runs.append(group) or real(group, *a))
    _build(clone)
    # p4 is in the second bundle (p3, p4, p5): only that one is made again; the empty output folder
    # alone does not make any bundle again
    assert runs == ([["p/p3/index.html", "p/p4/index.html", "p/p5/index.html"]] if edited else [])
    monkeypatch.setattr(search_index, "bundle_pages", real)
    assert tree(clone / "public" / "pagefind") == _fresh(clone, tmp_path)
    if edited:
        assert "Zebracorn" in indexed_text(clone / "public")["/p/p4/"]


def test_only_the_article_text_is_indexed(tmp_path):
    """The example blog: each post's and page's text is in the index (its first words, as written in the
    source), its formulas' TeX, its comments, the sidebar and the page furniture are not."""
    root = copy_example(tmp_path)
    _build(root, "--no-cache")
    text = indexed_text(root / "public")
    posts = {}
    for path in sorted((root / "posts").glob("*.md")):
        _, head, body = path.read_text(encoding="utf-8").split("---\n", 2)
        meta = yaml.safe_load(head)
        if not meta.get("draft"):
            slug = meta.get("slug") or re.sub(r"^\d{4}-\d{2}-\d{2}-", "", path.stem)
            posts[f"/archives/{slug}/"] = (meta, body)
    pages = {}
    for path in sorted((root / "pages").glob("*.md")):
        _, head, body = path.read_text(encoding="utf-8").split("---\n", 2)
        meta = yaml.safe_load(head)
        if not meta.get("draft"):
            pages[f"/{meta.get('slug') or path.stem}/"] = (meta, body)
    assert pages and sorted(text) == sorted(posts | pages)  # the site's pages (关于) are searchable too
    for url, (_meta, body) in pages.items():
        first = re.split(r"[$\\*_`\[<]", body.strip().split("\n\n")[0], maxsplit=1)[0].strip()
        assert "".join(first.split())[:20] in "".join(text[url].split()), url
        assert not re.search(r"\\[A-Za-z]+", text[url]), url
    comments = [c["body"] for f in (root / "comments").glob("*.yaml")
                for c in yaml.safe_load(f.read_text(encoding="utf-8"))]
    categories = {c for meta, _ in posts.values() for c in meta.get("categories", [])}
    for url, (meta, body) in posts.items():
        first = re.split(r"[$\\*_`\[<]", body.strip().split("\n\n")[0], maxsplit=1)[0].strip()
        assert "".join(first.split())[:20] in "".join(text[url].split()), url
        assert not re.search(r"\\[A-Za-z]+", text[url]), url  # no TeX command survives
        for word in ("boldsymbol", "frac", "mathbb", "begin{"):
            assert word not in text[url], (url, word)
        for comment in comments:
            line = comment.strip().splitlines()[0][:15]
            assert line not in text[url] or line in body, (url, line)
        for category in categories - {c for c in categories if c in body or c in meta["title"]}:
            assert category not in text[url], (url, category)
        assert "BibTeX" not in text[url] and "@online" not in text[url], url


def test_without_search_there_is_no_index(site):
    from blogbuild.build import build

    _build(site)
    assert (site / "public" / "pagefind").is_dir()
    build(site, search=False)
    assert not (site / "public" / "pagefind").exists()
    assert (site / "public" / "search" / "index.html").is_file()
    assert not [p for p in os.listdir(site) if p.startswith(".blogbuild-tmp")]


def test_a_bundle_without_text_has_no_index(tmp_path, monkeypatch):
    """Posts with no text leave nothing to index (a formula of spacing only: formulas are indexed
    as their text, and this one has none): their bundle is left out of bundles.json, and the first
    bundle listed carries the search engine."""
    monkeypatch.setattr(search_index, "CHUNK", 3)
    posts = {f"p{i}.md": post(title=f"Post {i}", date=f"2024-01-{i + 1:02d}",
                              body="$$\n\\quad\n$$" if i < 3 else f"Word{i} here.") for i in range(5)}
    root = write_site(tmp_path / "site", posts, CONFIG)
    _build(root)
    out = root / "public"
    assert json.loads((out / "pagefind" / "bundles.json").read_text())["bundles"] == ["1/"]
    assert (out / "pagefind" / "1" / "pagefind.js").is_file()
    assert sorted(indexed_text(out)) == ["/p/p3/", "/p/p4/"]
    assert tree(out / "pagefind") == _fresh(root, tmp_path)


def test_no_search_for_one_build_and_search_false_for_the_blog(site, capsys):
    """`build --no-search`: no index this time (the box stays: the next build makes one);
    `search: false` in blog.yaml: no index and no search box on any page, Pagefind installed or not."""
    _build(site)
    assert (site / "public" / "pagefind").is_dir()
    code, _, err = run_cli("build", "-s", str(site), "--no-search")
    assert code == 0, err
    assert not (site / "public" / "pagefind").exists()
    assert 'role="search"' in (site / "public" / "index.html").read_text(encoding="utf-8")
    (site / "blog.yaml").write_text(CONFIG + "search: false\n", encoding="utf-8")
    _build(site)
    assert not (site / "public" / "pagefind").exists()
    pages = list((site / "public").rglob("*.html"))
    assert pages and not [p for p in pages if 'class="search-form"' in p.read_text(encoding="utf-8")]
    (site / "blog.yaml").write_text(CONFIG + "search: 'no'\n", encoding="utf-8")
    capsys.readouterr()
    code, _, err = run_cli("build", "-s", str(site), capsys=capsys)
    assert (code, err) == (1, "blog.yaml:5: 'search' must be true or false, got 'no'\n")


def test_pagefind_version_in_manifests_is_what_importlib_metadata_says():
    """The manifest's version comes from the .dist-info folder's name (no importlib.metadata on
    the build's path); the reference is importlib.metadata itself."""
    from importlib.metadata import version

    assert search_index._version() == version("pagefind-bin-extended")


@pytest.mark.parametrize("script, message", [
    ("#!/bin/sh\necho 'Error: the index is on fire' >&2\nexit 3\n",
     "Pagefind could not index the site: Error: the index is on fire"),
    (None, "cannot run Pagefind"),
])
def test_a_pagefind_that_fails_is_one_line_and_the_site_stays(site, tmp_path, monkeypatch, capsys, script, message):
    """Every bundle's Pagefind fails (or cannot start): one line, exit 1, the previous site as it
    was, and no Pagefind folder left beside it, whichever bundle failed first."""
    _build(site)
    before = tree(site / "public")
    path = site / "posts" / "p4.md"
    path.write_text(path.read_text().replace("here.", "here, edited."))
    (site / "templates").mkdir()
    (site / "templates" / "post.html").write_text((search_index.Path(__file__).resolve().parents[2] / "templates" /
                                                   "post.html").read_text() + "<!-- every post changes -->")
    fake = tmp_path / "pagefind"
    fake.write_text(script or "not a program")
    fake.chmod(0o755 if script else 0o644)
    monkeypatch.setattr(search_index, "pagefind_executable", lambda: fake)
    code, _out, err = run_cli("build", "-s", str(site), capsys=capsys)
    assert code == 1 and message in err and len(err.strip().splitlines()) <= 2, err
    assert tree(site / "public") == before
    assert not [p.name for p in site.iterdir() if p.name.startswith(".blogbuild-tmp")]


def test_a_full_disk_while_the_bundles_are_stored_is_the_stages_error(site, monkeypatch, capsys):
    """The disk fills while a bundle's files are stored, between Pagefind's answers: the build
    says it cannot write the new site (not that Pagefind failed), and the previous site stays."""
    import errno

    from blogbuild.write import output

    _build(site)
    before = tree(site / "public")
    for path in (site / "posts").glob("*.md"):  # more than are rendered ahead: every bundle made here
        path.write_text(path.read_text().replace("here.", "here, edited."))
    real_put = output.Stage.put

    def put(self, rel, data):
        if rel.startswith("pagefind/1/"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self.dir / rel))
        return real_put(self, rel, data)

    monkeypatch.setattr(output.Stage, "put", put)
    code, _out, err = run_cli("build", "-s", str(site), capsys=capsys)
    assert code == 1 and "cannot write the new site: No space left on device" in err, err
    assert tree(site / "public") == before


# --- bundles started ahead (write/search_ahead.py) ----------------------------------------------

_PAGEFIND = search_index.bundle_pages


def _spy_runs(monkeypatch) -> list[list[str]]:
    """The groups the build proper runs Pagefind on (not those started ahead), until _unspy."""
    runs: list[list[str]] = []
    monkeypatch.setattr(search_index, "bundle_pages", lambda group, *a: runs.append(group) or _PAGEFIND(group, *a))
    return runs


def _unspy(monkeypatch) -> None:
    monkeypatch.setattr(search_index, "bundle_pages", _PAGEFIND)


def _leftovers(root: Path) -> list[str]:
    return [p.name for p in root.iterdir() if p.name.startswith(".blogbuild-tmp")]


@pytest.mark.parametrize("change, language", [("edit p4", "en"), ("comment on p4", "en"), ("edit p4", "zh")])
def test_the_changed_posts_bundle_is_made_ahead_and_is_the_fresh_one(site, tmp_path, monkeypatch, change, language):
    """An edit or a new comment: the post's page is rendered first and its bundle made while the rest
    is written; the build proper runs Pagefind on nothing, and the index is the fresh build's. (In
    Chinese, the service first loads the segmenter: its answers to that come before the bundle's.)"""
    (site / "blog.yaml").write_text(CONFIG.replace("language: en", f"language: {language}"), encoding="utf-8")
    _build(site)
    if change == "edit p4":
        path = site / "posts" / "p4.md"
        path.write_text(path.read_text().replace("here.", "here, and Zebracorn too."))
    else:
        (site / "comments").mkdir()
        (site / "comments" / "p4.yaml").write_text("- id: 1\n  author: A\n  date: 2024-03-01 10:00:00\n  body: Hi.\n")
    runs = _spy_runs(monkeypatch)
    before = {b: _stamps(site / "public", b) for b in (0, 2)}
    _build(site)
    assert runs == []
    assert {b: _stamps(site / "public", b) for b in (0, 2)} == before
    _unspy(monkeypatch)
    assert tree(site / "public" / "pagefind") == _fresh(site, tmp_path)
    assert ("Zebracorn" in indexed_text(site / "public")["/p/p4/"]) == (change == "edit p4")
    assert not _leftovers(site)


def test_a_bundle_made_ahead_from_a_wrong_guess_is_made_again(site, tmp_path, monkeypatch):
    """The pages rendered ahead are a guess: here the guess of p4's page holds a word the page as
    written does not. The bundle made from it is thrown away and made again from the pages written."""
    from blogbuild.write import search_ahead

    _build(site)
    path = site / "posts" / "p4.md"
    path.write_text(path.read_text().replace("here.", "here, edited."))
    real_start = search_ahead.SearchAhead.start
    made = []

    def wrong_guess(self, stage, order, pages, render):
        real_start(self, stage, order, pages, lambda page: render(page).replace(b"edited.", b"edited, Wrongword."))
        made.extend(self._runs)

    monkeypatch.setattr(search_ahead.SearchAhead, "start", wrong_guess)
    runs = _spy_runs(monkeypatch)
    _build(site)
    assert made == ["pagefind/1/"]  # Pagefind was started ahead on p4's bundle (p3, p4, p5) …
    assert runs == [["p/p3/index.html", "p/p4/index.html", "p/p5/index.html"]]  # … and that was made again
    _unspy(monkeypatch)
    assert "Wrongword" not in indexed_text(site / "public")["/p/p4/"]
    assert tree(site / "public" / "pagefind") == _fresh(site, tmp_path)
    assert not _leftovers(site)


def test_many_changed_posts_are_not_rendered_ahead(site, monkeypatch):
    """More changed posts than search_ahead.MOST: their bundles are made the usual way."""
    from blogbuild.write import search_ahead

    _build(site)
    for i in range(search_ahead.MOST + 1):
        path = site / "posts" / f"p{i}.md"
        path.write_text(path.read_text().replace("here.", "here, edited."))
    rendered_ahead = []
    real_start = search_ahead.SearchAhead.start
    monkeypatch.setattr(search_ahead.SearchAhead, "start", lambda self, stage, order, pages, render: real_start(
        self, stage, order, pages, lambda p: rendered_ahead.append(p) or render(p)))
    runs = _spy_runs(monkeypatch)
    _build(site)
    assert rendered_ahead == [] and len(runs) == len(search_index.chunks(list(range(search_ahead.MOST + 1))))


def test_the_index_is_the_same_on_another_kind_of_file_system(tmp_path):
    """The example blog built here and in a folder of a memory file system (/dev/shm) gives the
    same search index, byte for byte: Pagefind numbers pages in the order it is given them, and
    the build gives them in bundle order. (When it read a folder of copies, it took them in the
    folder's directory order, which differs between file systems: ext4 orders a directory by a
    hash, tmpfs by creation; a cache restored on another machine then held other bytes than the
    fresh build there.)"""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)) or os.stat(shm).st_dev == os.stat(tmp_path).st_dev:
        pytest.skip("needs /dev/shm, a file system other than the temporary folder's")
    here = copy_example(tmp_path, language="zh")
    with tempfile.TemporaryDirectory(dir=shm) as other:
        there = shutil.copytree(here, Path(other) / "example")
        for root in (here, there):
            _build(root, "--no-cache")
        assert len(tree(here / "public" / "pagefind")) > 5
        assert tree(there / "public" / "pagefind") == tree(here / "public" / "pagefind")


# --- Pagefind's service (write/pagefind_service.py) against its CLI -----------------------------

@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_service_makes_the_bundles_the_cli_makes(tmp_path, monkeypatch, language):
    """The example blog's posts and pages, as search copies, in one bundle and in bundles of three:
    the files the service gives back for the pages sent to it are the files the CLI writes for a
    folder of the same copies, byte for byte (the reference: `pagefind --site … --output-path …`,
    one process a bundle), when the pages are sent in the order the CLI walks the folder."""
    from blogbuild.write.pagefind_service import Services

    monkeypatch.setattr(search_index, "CHUNK", 3)
    root = copy_example(tmp_path, language=language)
    _build(root, "--no-cache", "--no-search")
    public = root / "public"
    pages = sorted(p.relative_to(public).as_posix() for p in public.glob("*/*/index.html")
                   if b"data-pagefind-body" in p.read_bytes())
    assert len(pages) >= 8
    executable = search_index.pagefind_executable()
    source = lambda page: str(public / page)  # noqa: E731
    with Services(executable) as services:
        for number, group in enumerate([pages, *search_index.chunks(pages)[:3]]):
            copies = dict(search_index.searchable_pages(group, source))
            site = tmp_path / f"copy{number}"
            for page, text in copies.items():
                (site / page).parent.mkdir(parents=True, exist_ok=True)
                (site / page).write_text(text, encoding="utf-8")
            reference = search_index.cli_files(executable, site, tmp_path / f"cli{number}")
            walked = [(page, copies[page]) for page in _walk_order(site)]
            assert sorted(walked) == sorted(copies.items())
            assert reference and services.index_pages(walked, search_index.MATH_SELECTORS) == reference, number


def test_bundles_asked_ahead_of_their_turn_are_the_bundles_asked_one_by_one(tmp_path, monkeypatch):
    """Services.index_many (each service asked for its next bundle before the last is read, the
    answers in order) against the plain reference: one service, one bundle at a time."""
    from blogbuild.write.pagefind_service import Service, Services

    monkeypatch.setattr(search_index, "CHUNK", 2)
    root = copy_example(tmp_path, language="zh")
    _build(root, "--no-cache", "--no-search")
    public = root / "public"
    pages = sorted(p.relative_to(public).as_posix() for p in public.glob("*/*/index.html")
                   if b"data-pagefind-body" in p.read_bytes())
    bundles = [(number, search_index.searchable_pages(group, lambda page: str(public / page)))
               for number, group in enumerate(search_index.chunks(pages))]
    assert len(bundles) >= 5
    executable = search_index.pagefind_executable()
    plain = Service(executable)
    try:
        expected = [(number, plain.index_pages(group, search_index.MATH_SELECTORS)) for number, group in bundles]
    finally:
        plain.close()
    with Services(executable) as services:
        assert list(services.index_many(iter(bundles), search_index.MATH_SELECTORS, len(bundles))) == expected


def _walk_order(site: Path) -> list[str]:
    """The HTML files under site in the order Pagefind's CLI numbers them: its walk (the `wax`
    crate's) takes each folder's entries in the file system's order, depth first."""
    found = []

    def walk(folder: str) -> None:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    walk(entry.path)
                elif entry.name.endswith(".html"):
                    found.append(Path(entry.path).relative_to(site).as_posix())

    walk(str(site))
    return found
