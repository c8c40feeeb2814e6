"""Readers' TeX in headless Chromium, in both math modes: every formula of tests/hostile_tex.txt is
a comment of one post; every link in the comments' math (post page, /comments/, and the recent
comments box every page loads) is clicked, and the page center too (an overlay would take that
click). No script may run (`window.__pwned` stays unset) and nothing from a comment may be
position: fixed. The readers' good formulas and the author's are typeset all the same."""

from __future__ import annotations

import pytest
import yaml
from helpers import CHROMIUM, TESTS, post, served_in_both_modes, write_site

from blogbuild.render.typeset import find_node

pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium"),
              pytest.mark.skipif(find_node() is None, reason="needs Node.js (blogbuild[server-math])")]

HOSTILE = [line for line in (TESTS / "hostile_tex.txt").read_text(encoding="utf-8").splitlines()
           if line and not line.startswith("#")]
GOOD = r"\alpha^2+\frac{1}{2}"


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    root = tmp_path_factory.mktemp("comment-tex")
    comments = [{"id": i + 1, "author": f"r{i}", "date": f"2024-02-01 10:{i:02d}:00+00:00", "body": f"Look: ${tex}$ ok"}
                for i, tex in enumerate(HOSTILE)]
    comments.append({"id": 999, "author": "good", "date": "2024-02-02 10:00:00+00:00", "body": f"Fine: ${GOOD}$"})
    write_site(root, {"p.md": post(title="P", slug="p", body="Author: $x^2$ and $\\href{https://example.org/}{y}$.")},
               config=f"title: T\nurl: https://example.org/\nauthor: A\nrecent_comments: {len(comments)}\n",
               comments={"p": yaml.safe_dump(comments, allow_unicode=True)})
    with served_in_both_modes(root) as base:
        yield base


LINKS = ".comment-body mjx-container a, .recent-comments mjx-container a"
"""Every link in the comments' math (the recent comments box's too)."""
_STATE = """() => {
  const LINKS = '""" + LINKS + """';
  const fixed = Array.from(document.querySelectorAll('.comment-body *, .recent-comments *'))
    .filter((e) => getComputedStyle(e).position === 'fixed').map((e) => e.outerHTML.slice(0, 300));
  return {fixed, links: Array.from(document.querySelectorAll(LINKS), (a) => a.getAttribute('href'))};
}"""


def _ready(tab, url: str, client: bool) -> None:
    tab.goto(url)
    if client:
        tab.wait_for_function("() => window.MathJax && MathJax.startup && MathJax.startup.promise")
        tab.evaluate("() => MathJax.startup.promise")
    tab.evaluate("() => window.blogbuildIncludes")
    if client:
        tab.evaluate("() => MathJax.startup.promise")


@pytest.mark.parametrize("mode", ["client", "server"])
@pytest.mark.parametrize("page", ["p/", "comments/", ""])
def test_no_comment_formula_runs_script_or_covers_the_page(sites, chromium, mode, page):
    base = sites
    tab = chromium.new_page(viewport={"width": 1000, "height": 800})
    client = mode == "client"
    url = f"{base}{mode}/{page if page != 'p/' else 'archives/p/'}"
    _ready(tab, url, client)
    state = tab.evaluate(_STATE)
    assert state["fixed"] == []
    for href in state["links"]:
        assert href.startswith(("https://", "http://", "mailto:", "#")), href
    for i in range(tab.locator(LINKS).count()):
        link = tab.locator(LINKS).nth(i)
        if (link.get_attribute("href") or "").startswith("http"):
            continue  # would leave for the (unreachable) web
        link.click(force=True, no_wait_after=True)
        assert tab.evaluate("() => window.__pwned") is None
        if not tab.url.startswith(url.split("#")[0]):
            _ready(tab, url, client)
    tab.mouse.click(500, 400)
    tab.wait_for_timeout(100)
    assert tab.evaluate("() => window.__pwned") is None
    if page == "p/":  # the good comment and the author's formulas are typeset, hostile ones or not
        assert tab.evaluate("() => document.querySelectorAll('#comment-999 mjx-container').length") == 1
        assert tab.evaluate("() => document.querySelectorAll('main mjx-container').length") >= len(HOSTILE) + 3
    tab.close()
