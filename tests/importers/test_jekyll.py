"""`blogbuild import jekyll`: the reader on a Jekyll site folder built from Jekyll's documented layout
(tests/importers/fixtures/jekyll-site: kramdown with math_engine mathjax, `$` added in the layout's
MathJax configuration)."""

from __future__ import annotations

import datetime as dt
import shutil
import zoneinfo
from pathlib import Path

import pytest
from mathjax_reference import found_by_blogbuild, same

from blogbuild.errors import ImportSourceError
from blogbuild.importers import jekyll
from blogbuild.importers.dialects import KRAMDOWN, KRAMDOWN_DOLLARS

SITE = Path(__file__).parent / "fixtures" / "jekyll-site"
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")


@pytest.fixture(scope="module")
def imported():
    return jekyll.read(SITE)


def entry(imported, record):
    return next(e for e in imported.entries if e.record == record)


def test_settings(imported):
    assert imported.settings == {"title": "Notes on Analysis", "description": "A kramdown math blog",
                                 "author": "Ada", "url": "https://ada.example.org/blog/",
                                 "timezone": "America/New_York", "permalink": "/{year}/{month}/{day}/{slug}/"}


def test_entries(imported):
    assert sorted((e.kind, e.record, e.draft) for e in imported.entries) == [
        ("page", "about.md", False),  # layout: page; README.md (no front matter) and index.md are not pages
        ("post", "_drafts/wip.md", True),
        ("post", "_posts/2014-03-02-euler.md", False),
        ("post", "_posts/2014-03-05-timed.md", False),
        ("post", "math/_posts/2016-01-01-in-category.md", False),
    ]
    assert imported.skipped == {"post file name without a date (Jekyll skips it)": 1}


def test_front_matter(imported):
    euler = entry(imported, "_posts/2014-03-02-euler.md")
    assert (euler.slug, euler.title) == ("euler", "Euler's identity")
    assert euler.date == dt.datetime(2014, 3, 2, tzinfo=NEW_YORK)  # from the file name
    assert euler.categories == ["math", "analysis"] and euler.tags == ["complex", "exp"]  # space-separated
    assert euler.aliases == ["/blog/math/analysis/2014/03/02/euler/"]  # baseurl + `pretty`
    timed = entry(imported, "_posts/2014-03-05-timed.md")
    assert timed.date == dt.datetime(2014, 3, 5, 22, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert timed.aliases == ["/blog/legacy/timed.html"] and timed.tags == ["one", "two"]
    folder = entry(imported, "math/_posts/2016-01-01-in-category.md")
    assert folder.categories == ["math"] and folder.aliases == ["/blog/math/2016/01/01/in-category/"]
    about = entry(imported, "about.md")
    assert (about.slug, about.title, about.aliases) == ("about", "About", ["/blog/about/"])


def test_kramdown_formulas(imported):
    euler = entry(imported, "_posts/2014-03-02-euler.md")
    # kramdown's `$$…$$`: raw TeX, inline mid-paragraph, display as a paragraph of its own; the
    # single-dollar formula reached MathJax after kramdown ate the backslash of `\_`
    assert same(found_by_blogbuild(euler.body)) == same([
        ("inline", "e^{i\\pi} + 1 = 0"),
        ("inline", "a_1"),
        ("display", "\\begin{aligned} f(x) &= \\sum_{n} a\\_n x^n \\\\ &= \\left\\{ x \\right. \\end{aligned}"),
    ])
    assert "\n<!--more-->\n" in euler.body and "<!--break-->" not in euler.body  # excerpt_separator
    assert "Prices like $5 and `$x$` in code." in euler.body


def test_liquid_tags(imported):
    body = entry(imported, "_posts/2014-03-05-timed.md").body
    assert '```python\nprice = "$5" if cheap else "$6"  # not math\n```' in body  # code, not math
    assert "Liquid left this alone: $$\\{a\\}$$" in body and "{%" not in body
    assert same(found_by_blogbuild(body)) == [("inline", "\\{a\\}")]  # kramdown's `$$`: raw TeX


def test_dialect_from_the_layouts(tmp_path):
    assert jekyll.choose_dialect({}, SITE) == KRAMDOWN_DOLLARS
    (tmp_path / "_layouts").mkdir()
    (tmp_path / "_layouts" / "default.html").write_text(
        '<script src="https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-chtml.js"></script>', encoding="utf-8")
    assert jekyll.choose_dialect({}, tmp_path) == KRAMDOWN  # MathJax's defaults: no `$`
    commonmark = jekyll.choose_dialect({"markdown": "CommonMarkGhPages"}, tmp_path)
    assert commonmark.markdown_escaped and not commonmark.kramdown
    no_engine = jekyll.choose_dialect({"kramdown": {"math_engine": None}}, tmp_path)
    assert no_engine.markdown_escaped and not no_engine.kramdown


def test_bad_date_in_file_name(tmp_path):
    site = shutil.copytree(SITE, tmp_path / "site")
    (site / "_posts" / "2015-02-30-leap.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    with pytest.raises(ImportSourceError) as error:
        jekyll.read(site)
    assert str(error.value) == "site: _posts/2015-02-30-leap.md: the file name's date 2015-02-30 is not a real date"


def test_bad_front_matter_date(tmp_path):
    site = shutil.copytree(SITE, tmp_path / "site")
    (site / "_posts" / "2015-02-03-x.md").write_text("---\ntitle: x\ndate: soon\n---\n", encoding="utf-8")
    with pytest.raises(ImportSourceError) as error:
        jekyll.read(site)
    assert str(error.value) == ("site: _posts/2015-02-03-x.md:3: 'date' must be a date such as "
                                "2014-03-02 10:00:00 +0800, got 'soon'")
