"""Reading features in headless Chromium, both math modes, JavaScript on and off: the table of
contents beside the post at 1280 px and folded above it at 390 px, its links landing on their
headings; the headings' anchor links; the code blocks' copy button (made by script: none without
JavaScript, and it copies the code as written)."""

from __future__ import annotations

import pytest
from helpers import CHROMIUM, post, served_in_both_modes, write_site

from blogbuild.render.typeset import find_node

pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium"),
              pytest.mark.skipif(find_node() is None, reason="needs Node.js (blogbuild[server-math])")]

CODE = 'def f(x):\n    return x ** 2  # "quoted" <tag>'
FILLER = "\n\n".join(f"Paragraph {i} with $x_{i}$ and some words to read." for i in range(12))
BODY = (f"Intro.\n\n## Setting up\n\n{FILLER}\n\n## The $\\alpha$ step\n\n```python\n{CODE}\n```\n\n{FILLER}\n\n"
        f"### A detail of the step\n\n{FILLER}\n\n## 结论\n\n{FILLER}\n")


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    root = tmp_path_factory.mktemp("reading")
    write_site(root, {"p.md": post(title="P", slug="p", body=BODY)},
               config="title: T\nurl: https://example.org/\nauthor: A\nlanguage: en\n")
    with served_in_both_modes(root) as url:
        yield url


_SHOWN = ("(sel) => { const e = document.querySelector(sel); if (!e) return null; "
          "const r = e.getBoundingClientRect(); "
          "return getComputedStyle(e).display === 'none' ? false : [r.left, r.right, r.width]; }")
_HEADINGS = "() => Array.from(document.querySelectorAll('.post-body :is(h2, h3, h4)'), (h) => '#' + h.id)"


@pytest.mark.parametrize("mode", ["client", "server"])
@pytest.mark.parametrize("js", [True, False])
@pytest.mark.parametrize("width", [390, 1280])
def test_contents_where_readers_look_and_links_that_land(base, chromium, mode, js, width):
    context = chromium.new_context(viewport={"width": width, "height": 800}, is_mobile=width < 500,
                                   java_script_enabled=js)
    tab = context.new_page()
    tab.goto(f"{base}{mode}/archives/p/")
    headings = tab.evaluate(_HEADINGS)
    assert len(headings) == 4
    side, inline = tab.evaluate(_SHOWN, ".toc-side"), tab.evaluate(_SHOWN, ".toc-inline")
    if width >= 1000:
        assert side and 0 <= side[0] and side[1] <= width and inline is False
        links = tab.locator(".toc-side a")
    else:
        assert side is False and inline and inline[1] <= width
        assert tab.evaluate("() => document.querySelector('.toc-inline').open") is False  # folded
        tab.locator(".toc-inline summary").click()
        links = tab.locator(".toc-inline a")
    assert [links.nth(i).get_attribute("href") for i in range(links.count())] == headings
    assert tab.evaluate("() => document.documentElement.scrollWidth") <= width
    links.nth(2).click()  # the h3, far down the page
    top = tab.evaluate("() => document.getElementById(decodeURIComponent(location.hash.slice(1)))"
                       ".getBoundingClientRect().top")
    assert tab.url.endswith(headings[2]) and 0 <= top < 200, top
    anchors = tab.evaluate("() => Array.from(document.querySelectorAll('.post-body .heading-anchor'), "
                           "(a) => [a.getAttribute('href'), getComputedStyle(a).display !== 'none'])")
    assert anchors == [[h, True] for h in headings]
    context.close()


@pytest.mark.parametrize("js", [True, False])
def test_code_copy_button(base, chromium, js):
    context = chromium.new_context(java_script_enabled=js, permissions=["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    tab.goto(f"{base}server/archives/p/")
    buttons = tab.locator(".post-body .code-copy")
    if not js:
        assert buttons.count() == 0  # no button that would do nothing
        context.close()
        return
    assert buttons.count() == 1
    assert buttons.first.inner_text() == "Copy"
    before = tab.evaluate("() => document.querySelector('.post-body .highlight').getBoundingClientRect().height")
    buttons.first.click()
    assert tab.evaluate("() => navigator.clipboard.readText()") == CODE
    tab.wait_for_function("() => document.querySelector('.code-copy').textContent === 'Copied'")
    after = tab.evaluate("() => document.querySelector('.post-body .highlight').getBoundingClientRect().height")
    assert before == after  # the button sits over the block
    context.close()
