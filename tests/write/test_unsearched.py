"""Parts of a page the search index leaves out (search_index.UNSEARCHED: the theme marks the
comments). Pagefind indexes only `data-pagefind-body`, so it reads copies without them, and the
bundles are keyed without them: a new comment changes its post's page but no bundle, and the build
takes the bundle from the cache instead of running Pagefind."""

from __future__ import annotations

import re

import pytest
from helpers import copy_example, post, tree, write_site
from hypothesis import given, settings
from hypothesis import strategies as st
from test_search_index import CONFIG, _build, _fresh, indexed_text

from blogbuild.write import pagefind_service, search_index
from blogbuild.write.search_index import UNSEARCHED, searched_part

pytestmark = pytest.mark.skipif(search_index.pagefind_executable() is None, reason="Pagefind is not installed")

START, END = (m.decode() for m in UNSEARCHED)


def test_searched_part_cuts_each_marked_part_and_nothing_else():
    page = f"<p>a</p>{START}<p>x</p>{END}<p>b</p>{START}y{END}c".encode()
    assert searched_part(page) == b"<p>a</p><p>b</p>c"
    plain = b"<p>no marks</p>"
    assert searched_part(plain) is plain


@pytest.mark.parametrize("inside", ['<img src="a.png">', "<h1>T</h1>", '<p data-pagefind-filter="x">y</p>',
                                    '<meta data-pagefind-meta="image">'])
def test_a_marked_part_pagefind_may_read_is_kept(inside):
    """Outside data-pagefind-body, Pagefind still reads filters, meta, and may take the title from
    an h1 and the image from an img: a part with any of them is kept, and the page is read whole."""
    page = f"<p>a</p>{START}{inside}{END}".encode()
    assert searched_part(page) is page


def test_an_unclosed_mark_keeps_the_page_whole():
    page = f"<p>a</p>{START}<p>x</p>".encode()
    assert searched_part(page) is page


def test_pagefind_makes_the_same_bundle_of_the_pages_with_and_without_their_comments(tmp_path):
    """Why the cut is safe: the example blog's pages that have comments, indexed whole and without
    their marked parts, give the same bytes."""
    site = copy_example(tmp_path)
    _build(site)
    out = site / "public"
    pages = sorted(p for p in out.rglob("index.html") if START.encode() in p.read_bytes())
    assert len(pages) >= 5
    copies = {"whole": [(page.relative_to(out).as_posix(), page.read_text(encoding="utf-8")) for page in pages]}
    copies["cut"] = [(rel, searched_part(text.encode()).decode()) for rel, text in copies["whole"]]
    assert len(copies["cut"][0][1]) < len(copies["whole"][0][1])
    service = pagefind_service.Service(search_index.pagefind_executable())
    try:
        whole, cut = (service.index_pages(copies[name], search_index.MATH_SELECTORS) for name in ("whole", "cut"))
    finally:
        service.close()
    assert whole and whole == cut


def test_a_new_comment_runs_no_pagefind_and_gives_the_fresh_index(tmp_path, monkeypatch):
    posts = {f"p{i}.md": post(f"Post {i}", f"2024-01-{i + 1:02d}", f"Words of post {i} here.", slug=f"p{i}")
             for i in range(6)}
    site = write_site(tmp_path / "site", posts, CONFIG)
    monkeypatch.setattr(search_index, "CHUNK", 3)
    (site / "comments").mkdir()
    (site / "comments" / "p4.yaml").write_text("- id: 1\n  author: A\n  date: 2024-03-01 10:00:00\n  body: First.\n")
    _build(site)
    with (site / "comments" / "p4.yaml").open("a") as f:
        f.write("- id: 2\n  author: B\n  date: 2024-03-02 10:00:00\n  body: Zebracorn second.\n")
    asked: list = []
    real_submit = pagefind_service.Service.submit
    monkeypatch.setattr(pagefind_service.Service, "submit", lambda self, *a: asked.append(a) or real_submit(self, *a))
    before = tree(site / "public" / "pagefind")
    _build(site)
    assert asked == []  # neither ahead nor in the build proper
    assert "Zebracorn" in (site / "public" / "p" / "p4" / "index.html").read_text(encoding="utf-8")
    assert tree(site / "public" / "pagefind") == before == _fresh(site, tmp_path)
    assert "Zebracorn" not in indexed_text(site / "public")["/p/p4/"]


def test_an_edit_of_the_post_itself_still_reindexes_its_bundle(tmp_path, monkeypatch):
    posts = {f"p{i}.md": post(f"Post {i}", f"2024-01-{i + 1:02d}", f"Words of post {i} here.", slug=f"p{i}")
             for i in range(6)}
    site = write_site(tmp_path / "site", posts, CONFIG)
    monkeypatch.setattr(search_index, "CHUNK", 3)
    _build(site)
    path = site / "posts" / "p4.md"
    path.write_text(path.read_text(encoding="utf-8").replace("here.", "here, Quokkafish."), encoding="utf-8")
    _build(site)
    assert "Quokkafish" in indexed_text(site / "public")["/p/p4/"]
    assert tree(site / "public" / "pagefind") == _fresh(site, tmp_path)


def _reference_cut(page: bytes) -> bytes:
    """searched_part, said another way: every start mark followed by an end mark with neither mark
    between them is cut with what it holds (a regular expression), unless one such part holds what
    Pagefind may read; then the page is read whole."""
    start, end = (re.escape(m) for m in UNSEARCHED)
    part = re.compile(start + b"((?:(?!" + start + b"|" + end + b").)*)" + end, re.S)
    if any(mark in m.group(1) for m in part.finditer(page) for mark in search_index._UNCUT):
        return page
    return part.sub(b"", page)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([UNSEARCHED[0], UNSEARCHED[1], b"<p>a</p>", b"b", b"<img>", b"<!--", b"-->",
                                 UNSEARCHED[0][:-3], b"\n"]), max_size=12))
def test_searched_part_is_the_reference_cut(pieces):
    page = b"".join(pieces)
    assert searched_part(page) == _reference_cut(page)


def test_a_stray_start_mark_in_a_post_cuts_only_the_comments():
    """An author's raw HTML may hold a start mark alone: the rest of the post is still searched."""
    page = f"<article>one {START} two</article>{START}<ol>comments</ol>{END}<footer>".encode()
    assert searched_part(page) == f"<article>one {START} two</article><footer>".encode()
