"""Copying a formula's TeX from pages typeset at build time (--math server), in headless Chromium:
they load no MathJax (so no MathJax menu), and static/tex-copy.js copies from each formula's
data-tex. A right click on a formula opens its TeX, selected, in a box that fits a phone's screen;
a selection holding formulas copies them as $…$ / $$…$$ with the text around; one inside a formula
copies that formula. The expected TeX is the post's source, written here."""

from __future__ import annotations

import pytest
from helpers import CHROMIUM, post, served_in_both_modes, write_site

from blogbuild.render.typeset import find_node

pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium"),
              pytest.mark.skipif(find_node() is None, reason="needs Node.js (blogbuild[server-math])")]

INLINE = r"\exp(\boldsymbol{A})"
DISPLAY = r"\sum_{n=0}^{\infty}\frac{\boldsymbol{A}^n}{n!} < \infty"
BODY = f"Let ${INLINE}$ be invertible.\n\n$$\n{DISPLAY}\n$$\n\nThe end.\n"


class _Base(str):
    """The server's address, and the folder it serves (root: the site, built into client/ and server/)."""

    def __new__(cls, url: str, root):
        made = super().__new__(cls, url)
        made.root = root
        return made


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    root = tmp_path_factory.mktemp("tex-copy")
    write_site(root, {"p.md": post(title="P", slug="p", body=BODY)},
               config="title: T\nurl: https://example.org/\nauthor: A\nlanguage: en\n")
    with served_in_both_modes(root) as url:
        yield _Base(url, root)


_COPY = """(selector) => {
  const selection = window.getSelection();
  selection.removeAllRanges();
  const range = document.createRange();
  range.selectNodeContents(document.querySelector(selector));
  selection.addRange(range);
  const event = new ClipboardEvent('copy', {clipboardData: new DataTransfer(), bubbles: true, cancelable: true});
  document.querySelector(selector).dispatchEvent(event);
  return event.clipboardData.getData('text/plain');
}"""


@pytest.mark.parametrize("width", [390, 1280])
def test_right_click_shows_the_formulas_tex_in_view(base, chromium, width):
    tab = chromium.new_page(viewport={"width": width, "height": 800})
    tab.goto(base + "server/archives/p/")
    for selector, tex in ((".post-body .math.inline mjx-container", INLINE),
                          (".post-body .math.display mjx-container", DISPLAY)):
        tab.locator(selector).first.click(button="right")
        box = tab.locator(".tex-box")
        assert box.count() == 1
        assert box.locator("textarea").input_value().strip() == tex
        assert box.locator("button").inner_text() == "Copy TeX"
        assert tab.evaluate("() => document.activeElement.tagName") == "TEXTAREA"
        assert tab.evaluate("() => { const a = document.activeElement; return a.value.slice(a.selectionStart, "
                            "a.selectionEnd); }").strip() == tex
        edges = tab.evaluate("() => { const r = document.querySelector('.tex-box').getBoundingClientRect(); "
                             "return [r.left, r.right, r.top, r.bottom]; }")
        assert edges[0] >= 0 and edges[1] <= width and edges[2] >= 0 and edges[3] <= 800, edges
        tab.keyboard.press("Escape")
        assert tab.locator(".tex-box").count() == 0
    tab.close()


def test_a_selection_copies_formulas_as_tex(base, chromium):
    tab = chromium.new_page()
    tab.goto(base + "server/archives/p/")
    assert tab.evaluate(_COPY, ".post-body p") == f"Let ${INLINE}$ be invertible."
    assert tab.evaluate(_COPY, ".post-body .math.display mjx-math") == f"$${DISPLAY}$$"
    whole = tab.evaluate(_COPY, ".post-body")
    assert whole == f"Let ${INLINE}$ be invertible.\n\n$${DISPLAY}$$\n\nThe end.", whole
    tab.close()


def test_only_server_pages_load_it(base):
    """The browser's MathJax has its own menu (Show Math As > TeX Commands): client pages go without."""
    root = base.root
    assert "tex-copy.js" in (root / "server/archives/p/index.html").read_text(encoding="utf-8")
    assert "tex-copy.js" not in (root / "client/archives/p/index.html").read_text(encoding="utf-8")


def test_text_without_formulas_copies_as_the_browser_does(base, chromium):
    tab = chromium.new_page()
    tab.goto(base + "server/archives/p/")
    assert tab.evaluate(_COPY, ".post-body p:last-child") == ""  # not handled: no data set by the page
    tab.close()
