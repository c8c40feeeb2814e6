"""`--math server` in headless Chromium: with JavaScript disabled the math is all there and the
`\\eqref` links jump; with it enabled, every formula's box is where the browser's own MathJax puts it.

The example blog, plus one post holding every input of tests/fixtures/math.md, is built twice from
the same sources, client mode (blogbuild's own MathJax, typeset in this browser) and server mode,
and served locally. Each `.math` element must hold the same formula in both (the TeX MathJax
reports in the browser == the TeX the server kept), and its box must be within 1 px. The client
side is measured once the sidebar's recent comments are typeset too: their CSS is the page's
(docs/server-math.md). Formulas with CJK text are excepted from the box comparison: at build time
MathJax cannot measure text in the reader's fonts and estimates 1 em per CJK character.
"""

from __future__ import annotations

import functools
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from helpers import CHROMIUM, FIXTURES, copy_example

from blogbuild.build import build
from blogbuild.render.typeset import find_node

# blogbuild's own MathJax serves the client side: no npm package needed, only Chromium and Node.
pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium"),
              pytest.mark.skipif(find_node() is None, reason="needs Node.js (blogbuild[server-math])")]

CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def _fixtures_post() -> str:
    """Every input of tests/fixtures/math.md (the markdown-it triple format), one after the other."""
    cases = (FIXTURES / "math.md").read_text(encoding="utf-8").split("\n.\n")
    inputs = [cases[i] for i in range(1, len(cases), 3)]
    return "---\ntitle: Math fixtures\ndate: 2020-01-01\nslug: math-fixtures\n---\n" + "\n\n".join(inputs) + "\n"


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """(base URL, the paths of its posts and pages): the example blog at base/client/ and base/server/."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Quiet)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    root = copy_example(tmp_path_factory.mktemp("server-math-browser"))
    (root / "posts" / "math-fixtures.md").write_text(_fixtures_post(), encoding="utf-8")
    for mode in ("client", "server"):
        build(root, output=mode, math=mode, base_url=base + mode + "/", cache=False)
    server.RequestHandlerClass = functools.partial(_Quiet, directory=str(root))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    from blogbuild.render.pages import post_path
    from blogbuild.site.config import load_config
    from blogbuild.site.load import load_site

    config = load_config(root)
    site = load_site(root, config)
    paths = sorted(post_path(config, p).strip("/") for p in site.posts + site.pages)  # not alias redirects
    yield base, paths
    server.shutdown()
    server.server_close()



_NO_JS_STATE = """() => ({
  text: (() => {  // what a reader sees, code excepted (a code span may show \\( as written)
    const copy = document.body.cloneNode(true);
    copy.querySelectorAll('code, pre').forEach((e) => e.remove());
    return copy.textContent;
  })(),
  marked: document.querySelectorAll('.math').length,
  untypeset: Array.from(document.querySelectorAll('.math')).filter((e) => !e.querySelector('mjx-container')).length,
  refs: Array.from(document.querySelectorAll('mjx-container a[href^="#"]'), (a) => a.getAttribute('href')),
})"""


def test_without_javascript_every_formula_is_there_and_eqref_links_jump(sites, chromium):
    base, slugs = sites
    context = chromium.new_context(java_script_enabled=False, viewport={"width": 1000, "height": 700})
    tab = context.new_page()
    jumped = 0
    for slug in slugs:
        tab.goto(f"{base}server/{slug}/")
        state = tab.evaluate(_NO_JS_STATE)
        for delimiter in ("\\(", "\\[", "\\begin"):
            assert delimiter not in state["text"], f"{slug}: {delimiter} in the text"
        assert state["untypeset"] == 0, slug
        for href in state["refs"]:
            tab.evaluate("() => window.scrollTo(0, 0)")
            tab.click(f'mjx-container a[href="{href}"] >> nth=0')
            target = tab.evaluate("""() => {
              const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
              if (!el) return null;
              const r = el.getBoundingClientRect();
              return {top: r.top, bottom: r.bottom, height: innerHeight};
            }""")
            assert target is not None, f"{slug}: {href} leads nowhere"
            assert -1 <= target["top"] and target["bottom"] <= target["height"], f"{slug}: {href} not scrolled to"
            jumped += 1
    assert jumped > 0
    context.close()


_BOXES = """(client) => {
  const items = client ? new Map([MathJax.startup.document, ...blogbuildComments.documents].flatMap(
    (d) => Array.from(d.math, (m) => [m.typesetRoot, m.math]))) : null;
  return Array.from(document.querySelectorAll('main .math'), (e) => {
    const c = e.querySelector('mjx-container');
    if (!c) return null;  // the browser found no formula in it (unbalanced braces)
    const r = c.getBoundingClientRect();
    return {box: [r.x, r.y, r.width, r.height], tex: client ? items.get(c) : c.getAttribute('data-tex'),
            error: !!c.querySelector('mjx-merror')};
  });
}"""


def _boxes(tab, url: str, *, client: bool) -> list[dict]:
    tab.goto(url)
    if client:
        tab.wait_for_function("() => window.MathJax && MathJax.startup && MathJax.startup.promise")
        tab.evaluate("() => MathJax.startup.promise")
        tab.evaluate("() => window.blogbuildIncludes")  # the sidebar box, typeset: its CSS is the page's too
    tab.evaluate("() => document.fonts.ready")
    return tab.evaluate(_BOXES, client)


PINNED_FONT = "Noto Sans CJK SC"
"""The font math.ex_factor's default (0.5432) was measured with (its ex-height is 0.543 em): the
theme's stack picks it on Linux when installed (tests/run.sh installs fonts-noto-cjk). The box test
uses it alone, so that it measures blogbuild, not which of the stack's fonts a machine has."""


def pin_font(tab) -> None:
    """Every page the tab loads reads the theme's text in PINNED_FONT; skips without it."""
    def style(route):
        response = route.fetch()
        route.fulfill(response=response, body=response.text() + f'\n:root {{ --font: "{PINNED_FONT}"; }}\n')

    tab.route("**/static/style.css", style)
    tab.set_content("<p></p>")
    installed = tab.evaluate("""(font) => {
      const ex = (family) => {
        const d = document.createElement('div');
        d.style.cssText = `position:absolute; font: 100px ${family}; height: 1ex`;
        document.body.append(d);
        const h = d.getBoundingClientRect().height;
        d.remove();
        return h;
      };
      return ex(`"${font}", monospace`) !== ex('monospace') && ex(`"${font}", serif`) !== ex('serif');
    }""", PINNED_FONT)
    if not installed:
        pytest.skip(f"needs the font {PINNED_FONT} (tests/run.sh installs fonts-noto-cjk)")


def test_every_formula_box_is_within_one_pixel_of_the_browsers_mathjax(sites, chromium):
    base, slugs = sites
    tab = chromium.new_page(viewport={"width": 1200, "height": 900})
    pin_font(tab)
    compared, bad = 0, []
    for slug in slugs:
        client = _boxes(tab, f"{base}client/{slug}/", client=True)
        server = _boxes(tab, f"{base}server/{slug}/", client=False)
        assert len(client) == len(server), slug
        for c, s in zip(client, server, strict=True):
            if c is None:  # left as text by the browser; the server shows MathJax's error box
                assert s["error"], f"{slug}: {s['tex']!r}"
                continue
            assert s["tex"] == c["tex"], slug  # the same formula, in the same place
            if CJK.search(s["tex"]):
                continue
            worst = max(abs(a - b) for a, b in zip(c["box"], s["box"], strict=True))
            if worst > 1:
                bad.append(f"{slug}: {s['tex']!r}: client {c['box']} server {s['box']}")
            compared += 1
    assert compared > 300
    assert not bad, "\n".join(bad[:10]) + f"\n({len(bad)} of {compared})"
    tab.close()
