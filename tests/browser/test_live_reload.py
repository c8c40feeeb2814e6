"""Live reload in a real browser: edit a post's source, the open tab reloads by itself."""

from __future__ import annotations

import pytest
from helpers import CHROMIUM, MATHJAX_DIR, browser, post, write_site

from blogbuild.serve.server import SiteServer

pytestmark = [pytest.mark.browser, browser]

PARAGRAPHS = "\n\n".join(f"Paragraph {i}: with $x_{i}^2 + y_{i}^2 = r^2$ for scrolling." for i in range(80))


def body(ending: str) -> str:
    return f"{PARAGRAPHS}\n\n$$\\int_0^1 x\\,dx = \\tfrac12$$\n\n{ending}"


@pytest.fixture
def server(tmp_path):
    config = ("title: Live\nurl: https://example.org/blog/\nauthor: T\nlanguage: en\n"
              f"mathjax:\n  copy_from: {MATHJAX_DIR}\n")
    root = write_site(tmp_path / "site", {"2024-01-02-long.md": post("Long", "2024-01-02", body("Original ending."),
                                                                     slug="long")}, config=config)
    lines: list[str] = []
    srv = SiteServer(root, port=0, log=lines.append).start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM or "/usr/bin/chromium", headless=True,
                                     args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            yield chromium.new_page(viewport={"width": 1000, "height": 700})
        finally:
            chromium.close()


def test_editing_the_source_reloads_the_open_post_and_keeps_the_scroll_position(server, page):
    source = server.root / "posts" / "2024-01-02-long.md"
    page.goto(server.url + "archives/long/")
    page.wait_for_function("document.body.innerText.includes('Original ending.')")
    page.wait_for_function("window.MathJax && MathJax.startup && MathJax.startup.promise")
    page.evaluate("MathJax.startup.promise")
    page.evaluate("window.scrollTo(0, 1500); window.__sameDocument = true")
    y = page.evaluate("window.scrollY")
    assert y > 1000

    source.write_text(post("Long", "2024-01-02", body("Edited ending."), slug="long"), encoding="utf-8")
    page.wait_for_function("document.body.innerText.includes('Edited ending.')", timeout=20_000)
    assert page.evaluate("window.__sameDocument") is None  # a real reload, not a patch of the old page
    assert "Original ending." not in page.inner_text("body")
    page.evaluate("MathJax.startup.promise")
    page.wait_for_function(f"Math.abs(window.scrollY - {y}) < 5", timeout=10_000)

    # a broken post turns the tab into the error page, and fixing it brings the post back
    source.write_text("---\ntitle: Long\ndate: 2024-13-01\n---\nBroken.\n", encoding="utf-8")
    page.wait_for_function("document.title.startsWith('Build failed')", timeout=20_000)
    assert "posts/2024-01-02-long.md:3:" in page.inner_text("body")
    source.write_text(post("Long", "2024-01-02", body("Fixed ending."), slug="long"), encoding="utf-8")
    page.wait_for_function("document.body.innerText.includes('Fixed ending.')", timeout=20_000)
