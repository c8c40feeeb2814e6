"""`blogbuild import markdown`: posts in a foreign math dialect, rewritten in place in the site (what
`blogbuild check` suggests) or read as records from elsewhere."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import post, write_site
from mathjax_reference import found_by_blogbuild, same, seen_by_old_site

from blogbuild.errors import BlogbuildError, ImportSourceError
from blogbuild.importers import markdown_posts

SPACED = "Let $ x $ be and $ y $ too, price $5."
ESCAPED = "Marked: $a\\_1$ and $\\left\\\\{ b \\right.$ here."


@pytest.fixture
def site(tmp_path):
    return write_site(tmp_path / "site", {"a.md": post(body=SPACED), "b.md": post(body=ESCAPED),
                                          "c.md": post(body="Already fine: $x$, $5 and $6.")})


def test_in_place_rewrites_only_foreign_posts(site):
    before = {p.name: p.read_bytes() for p in (site / "posts").iterdir()}
    assert markdown_posts.rewrite_in_place(site, site / "posts") == [
        "posts/a.md: rewritten from MathJax's $-pairing",
        "posts/b.md: rewritten from Markdown that eats backslashes (Hexo's marked)",
        "2 posts rewritten",
    ]
    after = {p.name: p.read_bytes() for p in (site / "posts").iterdir()}
    assert after["c.md"] == before["c.md"]
    for name, body, escaped in (("a.md", SPACED, False), ("b.md", ESCAPED, True)):
        text = after[name].decode()
        assert text.startswith(before[name].decode().split(body)[0])  # front matter as it was
        new_body = text.split("---\n", 2)[2]
        assert same(found_by_blogbuild(new_body)) == same(seen_by_old_site(body, markdown_escaped=escaped))
    assert markdown_posts.rewrite_in_place(site, site / "posts") == ["0 posts rewritten"]  # twice: no change


def test_dialect_given(site):
    lines = markdown_posts.rewrite_in_place(site, site / "posts" / "c.md", dialect="mathjax")
    assert lines == ["posts/c.md: rewritten from MathJax's $-pairing", "1 post rewritten"]
    # MathJax paired the prices: told so, the import writes what its readers saw
    assert "Already fine: $x$, \\(5 and \\)6." in (site / "posts" / "c.md").read_text(encoding="utf-8")


def test_unknown_dialect(site):
    with pytest.raises(ImportSourceError) as error:
        markdown_posts.rewrite_in_place(site, site / "posts", dialect="latex")
    assert str(error.value) == (f"{site / 'posts'}: unknown dialect 'latex' (one of mathjax, marked, kramdown, "
                                "kramdown-nodollar, mathjax-nodollar)")


def test_a_bad_post_changes_nothing(site):
    (site / "posts" / "z.md").write_text("no front matter $ x $\n", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in (site / "posts").iterdir()}
    with pytest.raises(BlogbuildError) as error:
        markdown_posts.rewrite_in_place(site, site / "posts")
    assert str(error.value) == ("posts/z.md:1: no front matter (a post starts with '---', then YAML, then '---')")
    assert {p.name: p.read_bytes() for p in (site / "posts").iterdir()} == before


def test_inside(site, tmp_path):
    assert markdown_posts.inside(site / "posts", site)
    assert markdown_posts.inside(site / "posts" / "a.md", site)
    assert not markdown_posts.inside(tmp_path / "elsewhere", site)


def test_read_from_elsewhere(tmp_path):
    old = tmp_path / "old"
    (old / "pages").mkdir(parents=True)
    (old / "2019-03-01-first.md").write_text(
        "---\ntitle: First\ndate: 2019-03-01 21:15:00+08:00\ntags: [a, b]\n---\n" + SPACED + "\n", encoding="utf-8")
    (old / "pages" / "about.md").write_text("---\ntitle: About\ndate: 2019-01-01\n---\nMe.\n", encoding="utf-8")
    site = markdown_posts.read(old, display="old")
    first, about = sorted(site.entries, key=lambda e: e.record)[0], sorted(site.entries, key=lambda e: e.record)[1]
    assert (first.kind, first.slug, first.title, first.tags) == ("post", "first", "First", ["a", "b"])
    assert first.date == dt.datetime(2019, 3, 1, 21, 15, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert same(found_by_blogbuild(first.body)) == same(seen_by_old_site(SPACED))
    assert (about.kind, about.slug, about.body) == ("page", "about", "Me.\n")


def test_read_bad_date(tmp_path):
    old = tmp_path / "old"
    old.mkdir()
    (old / "x.md").write_text("---\ntitle: X\ndate: someday\n---\n", encoding="utf-8")
    with pytest.raises(ImportSourceError) as error:
        markdown_posts.read(old, display="old")
    assert str(error.value) == "old: x.md:3: 'date' must be a date such as 2024-05-01, got 'someday'"
