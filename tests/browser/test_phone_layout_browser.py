"""Long formulas on a phone (390 px) and a laptop (1280 px), as a reader sees them in headless
Chromium: no page wider than the screen, every equation number in view, no punctuation starting a
line after in-line math; client and server math, JavaScript on and off.

The example blog plus tests/fixtures/wide/ (the widest kinds of formula of real math blogs: long
aligned derivations, wide matrices, long in-line sums, numbered equations cited by `\\eqref`, Chinese
text with in-line math followed by ，。) is built in both modes and served locally. What is measured
is what the reader sees, from the browser's boxes (the approach of the reviewers' layout probe):
the page's scroll width, each equation number's box against the screen and every box around it that
clips or scrolls, and the line box of the character after each in-line formula.
"""

from __future__ import annotations

import shutil

import pytest
from helpers import CHROMIUM, FIXTURES, copy_example, served_in_both_modes

from blogbuild.render.typeset import find_node

pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium"),
              pytest.mark.skipif(find_node() is None, reason="needs Node.js (blogbuild[server-math])")]

WIDTHS = (390, 1280)
PUNCT = "。，、；：！？）,.;:!?)"


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """(base URL, post paths): the example blog and the wide formulas at base/client/, base/server/."""
    root = copy_example(tmp_path_factory.mktemp("phone-layout"))
    for source in (FIXTURES / "wide").glob("*.md"):
        shutil.copy(source, root / "posts" / source.name)
    with served_in_both_modes(root) as base:
        posts = sorted(p.parent.relative_to(root / "server").as_posix()
                       for p in (root / "server" / "archives").glob("*/index.html")
                       if "mjx-container" in p.read_text(encoding="utf-8"))
        assert "archives/wide-formulas" in posts
        yield base, posts


_MEASURE = r"""([punct, W]) => {
  const over = Math.max(0, document.documentElement.scrollWidth - W);
  const clippers = (el) => {  // the boxes around el that clip or scroll it, and the screen
    const boxes = [{left: 0, right: W}];
    for (let a = el.parentElement; a; a = a.parentElement) {
      if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(a).overflowX)) boxes.push(a.getBoundingClientRect());
    }
    return boxes;
  };
  // an equation number: a cell of mjx-labels; as many as the MathML copy has numbered rows
  const labels = [...document.querySelectorAll('mjx-labels mjx-mtd')];
  const numbered = document.querySelectorAll('mlabeledtr').length;
  const hidden = labels.filter((el) => {
    const r = el.getBoundingClientRect();
    return clippers(el).some((b) => r.left < b.left - 1 || r.right > b.right + 1);
  }).map((el) => el.textContent);
  // the first character after each in-line formula, when it is punctuation: on the formula's line?
  const orphans = [];
  for (const c of document.querySelectorAll('mjx-container:not([display="true"])')) {
    let a = c; while (a && !a.nextSibling) a = a.parentElement;
    let n = a ? a.nextSibling : null;
    while (n && n.nodeType === 1) n = n.firstChild;
    if (!n || n.nodeType !== 3 || !n.data.length || !punct.includes(n.data[0])) continue;
    const rects = c.getClientRects();
    const range = document.createRange(); range.setStart(n, 0); range.setEnd(n, 1);
    const p = range.getBoundingClientRect();
    if (p.height && p.top >= rects[rects.length - 1].bottom - 2) orphans.push(c.getAttribute('data-tex') || n.data[0]);
  }
  return {over, labels: labels.length, numbered, hidden, orphans,
          typeset: document.querySelectorAll('mjx-container').length};
}"""


def _look(context, url: str, width: int, *, client_js: bool) -> dict:
    tab = context.new_page()
    tab.goto(url)
    if client_js:
        tab.wait_for_function("() => window.MathJax && MathJax.startup && MathJax.startup.promise")
        tab.evaluate("() => MathJax.startup.promise")
        tab.evaluate("() => window.blogbuildIncludes")
    tab.evaluate("() => document.fonts.ready")
    seen = tab.evaluate(_MEASURE, [PUNCT, width])
    tab.close()
    return seen


@pytest.mark.parametrize("mode,js", [("server", False), ("server", True), ("client", True), ("client", False)])
def test_long_formulas_fit_the_screen_keep_their_numbers_and_their_punctuation(sites, chromium, mode, js):
    base, posts = sites
    problems, numbers, typeset = [], 0, 0
    for width in WIDTHS:
        context = chromium.new_context(viewport={"width": width, "height": 844 if width < 500 else 800},
                                       is_mobile=width < 500, java_script_enabled=js)
        for post in posts:
            seen = _look(context, f"{base}{mode}/{post}/", width, client_js=js and mode == "client")
            where = f"{mode}, JavaScript {'on' if js else 'off'}, {width} px, {post}"
            if seen["over"] > 1:
                problems.append(f"{where}: the page is {seen['over']} px wider than the screen")
            if seen["hidden"] or seen["labels"] < seen["numbered"]:
                problems.append(f"{where}: equation numbers out of view: {seen['hidden']} "
                                f"({seen['labels']} shown of {seen['numbered']})")
            if seen["orphans"]:
                problems.append(f"{where}: punctuation starts a line after {seen['orphans']}")
            numbers += seen["labels"]
            typeset += seen["typeset"]
        context.close()
    assert not problems, "\n".join(problems)
    if mode == "server" or js:  # the measures above saw formulas and numbers, not an empty page
        assert typeset > 200 and numbers > 40


@pytest.mark.parametrize("mode,js", [("server", False), ("client", True)])
def test_eqref_on_a_phone_lands_with_the_number_and_the_formula_in_view(sites, chromium, mode, js):
    base, _ = sites
    context = chromium.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, java_script_enabled=js)
    tab = context.new_page()
    tab.goto(f"{base}{mode}/archives/wide-formulas/")
    if js:
        tab.wait_for_function("() => window.MathJax && MathJax.startup && MathJax.startup.promise")
        tab.evaluate("() => MathJax.startup.promise")
    hrefs = tab.evaluate("""() => [...new Set(Array.from(document.querySelectorAll('mjx-container a[href^="#"]'),
                                                    (a) => a.getAttribute('href')))]""")
    assert len(hrefs) == 4
    for href in hrefs:
        tab.evaluate("() => window.scrollTo(0, 0)")
        tab.click(f'mjx-container a[href="{href}"] >> nth=0')
        box = tab.evaluate("""() => {
          const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
          const r = el.getBoundingClientRect();
          // a box the browser scrolled sideways to show the number hides the formula's start
          let scrolled = 0;
          for (let a = el.parentElement; a; a = a.parentElement) scrolled += a.scrollLeft;
          return {scrolled, left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                  number: !!el.closest('mjx-labels'), w: document.documentElement.clientWidth, h: innerHeight};
        }""")
        assert box["number"], href  # the equation number itself
        assert 0 <= box["left"] and box["right"] <= 390 and box["right"] <= box["w"] + 1, (href, box)
        assert -1 <= box["top"] and box["bottom"] <= box["h"] + 1, (href, box)
        assert box["scrolled"] == 0, (href, box)  # the number in view with the formula from its start
    context.close()
