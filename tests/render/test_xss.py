"""Comments are written by strangers: no vector from the OWASP XSS cheat sheet may run a script.

Every vector in tests/xss_vectors.txt is used as a comment body and as an author name; URL
vectors are used as author URLs (the loader accepts http(s) only). The built pages are checked
statically (tags, attributes, URL schemes, rel of author links) and then in headless Chromium:
no dialog opens and window.__xss stays unset, even after hovering, focusing and clicking every
element of the comments, while math in a comment is still typeset by MathJax.
"""

from __future__ import annotations

import functools
import html
import http.server
import re
import threading
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from helpers import CHROMIUM, MATHJAX_DIR, TESTS, browser, post, write_site

from blogbuild.build import build
from blogbuild.errors import BlogbuildError

VECTOR_FILE = TESTS / "xss_vectors.txt"
_UNESCAPE = {"{TAB}": "\t", "{LF}": "\n", "{CR}": "\r", "{NUL}": "\0"}


def load_vectors() -> list[str]:
    vectors = []
    for line in VECTOR_FILE.read_bytes().decode("utf-8").splitlines():
        if not line.strip() or line.startswith("# "):
            continue
        for escaped, char in _UNESCAPE.items():
            line = line.replace(escaped, char)
        vectors.append(line)
    return vectors


VECTORS = load_vectors()

# TeX is typeset by MathJax in the reader's browser: its own HTML-producing commands are vectors too.
MATH_VECTORS = [
    r"$\href{javascript:window.__xss=1}{\text{click}}$",
    r"$\href{data:text/html,<script>alert(1)</script>}{x}$",
    r"$\unicode{<img src=x onerror=alert(1)>}$",
    r"$\style{background-image:url(javascript:alert(1))}{x}$",
    r"$\class{x\" onmouseover=\"alert(1)}{x}$",
    r"$\cssId{x\" onmouseover=\"alert(1)}{x}$",
    r"$\require{action}\toggle{a}{b}\endtoggle$",
    r"$$\text{</div><img src=x onerror=alert(1)>}$$",
    r"\(x<script>alert(1)</script>\)",
]

MATH_COMMENT = r"Euler: $e^{i\pi}+1=0$, and \(a<b\) with $x_1*y_2*z$."

# Author URLs: (url, accepted). Accepted ones must still come out harmless and escaped.
URL_VECTORS = [
    ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False),
    (" javascript:alert(1)", False),
    ("java\tscript:alert(1)", False),
    ("jav&#x09;ascript:alert(1)", False),
    ("&#106;avascript:alert(1)", False),
    ("javascript://example.org/%0Aalert(1)", False),
    ("vbscript:msgbox(1)", False),
    ("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", False),
    ("//evil.example/x", False),
    ("http:javascript:alert(1)", False),
    ("https://example.org/\" onmouseover=\"alert(1)", False),
    ("https://example.org/\nx", False),
    ("https://example.org/\"onmouseover=\"window.__xss=1", True),
    ("https://example.org/'><script>alert(1)</script>", True),
    ("http://example.org/?q=<img src=x onerror=alert(1)>", False),  # whitespace
    ("http://example.org/?q=<img/src=x/onerror=alert(1)>", True),
    ("HTTPS://EXAMPLE.ORG/ok", True),
]

ALLOWED_SCHEMES = {"", "http", "https", "mailto"}
COMMENT_TAGS = {"p", "br", "em", "strong", "del", "s", "code", "pre", "blockquote", "ul", "ol", "li", "a",
                "span", "div", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "b", "time", "section"}
URL_ATTRS = {"href", "src", "action", "formaction", "data", "background", "dynsrc", "lowsrc", "xlink:href",
             "poster", "srcdoc", "codebase", "cite"}
REL = "nofollow ugc noopener"
SITE_URL = "http://127.0.0.1/"


def test_enough_vectors():
    assert len(VECTORS) >= 50
    assert len(set(VECTORS)) == len(VECTORS)
    for needle in ("onerror", "onload", "javascript:", "vbscript:", "data:", "<svg", "<math", "<iframe",
                   "<style", "&#x09;", "\t", "\0", "JaVaScRiPt"):
        assert any(needle in v for v in VECTORS), needle


def _comments(vectors: list[str], urls: list[str]) -> str:
    items = [{"id": "math", "author": "Reader", "date": "2024-02-01 10:00:00", "body": MATH_COMMENT}]
    for i, vector in enumerate(vectors + MATH_VECTORS):
        item = {"id": i + 1, "author": vector if vector.strip() else "blank", "date": f"2024-02-02 10:{i % 60:02d}:00",
                "body": vector}
        if urls:
            item["url"] = urls[i % len(urls)]
        if i:  # each answers the one before: its author's name is in the "Reply to @name" link too
            item["parent"] = i
        items.append(item)
    return yaml.safe_dump(items, allow_unicode=True, sort_keys=False)


def make_site(root: Path, *, mathjax: bool) -> Path:
    config = f"title: XSS\nurl: {SITE_URL}\nauthor: T\nlanguage: en\nrecent_comments: 40\n"
    if mathjax:
        config += f"mathjax:\n  copy_from: {MATHJAX_DIR}\n"
    accepted = [u for u, ok in URL_VECTORS if ok]
    write_site(root, {"target.md": post("Target", "2024-01-02", "A post that strangers comment on: $x^2$.")},
               config=config, comments={"target": _comments(VECTORS, accepted)})
    build(root)
    return root / "public"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return make_site(tmp_path_factory.mktemp("xss") / "site", mathjax=(MATHJAX_DIR / "tex-chtml.js").is_file())


# ----------------------------------------------------------------------------- static checks

class Elements(HTMLParser):
    """Every start tag with its attributes, and whether it sits inside a comment's HTML."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    REGIONS = ("comment-body", "comment-meta", "recent-comments")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []
        self.elements: list[tuple[str, dict[str, str | None], bool]] = []

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        inside = bool(self.stack and self.stack[-1]) or any(r in cls.split() for r in self.REGIONS)
        self.elements.append((tag, dict(attrs), inside))
        if tag not in self.VOID:
            self.stack.append(inside)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()


def parse(page: str) -> list[tuple[str, dict[str, str | None], bool]]:
    parser = Elements()
    parser.feed(page)
    parser.close()
    return parser.elements


def url_scheme(value: str) -> str:
    """The scheme a browser would see: tabs/newlines removed, C0 controls and spaces stripped."""
    cleaned = "".join(ch for ch in value if ch not in "\t\n\r").strip("".join(map(chr, range(0x21))))
    m = re.match(r"([a-zA-Z][a-zA-Z0-9+.\-]*):", cleaned)  # anything else is a relative URL
    return m.group(1).lower() if m else ""


def pages_with_comments(out: Path) -> list[Path]:
    """The pages that show comments, and the sidebar's recent-comments file every page fetches."""
    return [out / "archives" / "target" / "index.html", out / "comments" / "index.html", out / "index.html",
            out / "comments" / "recent.html"]


def test_pages_hold_no_script_handler_or_dangerous_url(built):
    for path in pages_with_comments(built):
        page = path.read_bytes().decode("utf-8")
        elements = parse(page)
        scripts = [attrs for tag, attrs, _ in elements if tag == "script"]
        if path.name == "recent.html":  # inserted into pages: no script at all
            assert scripts == [] and "<script" not in page.lower(), path
        else:  # the theme's own three: MathJax's configuration, MathJax, the sidebar's fetch
            assert len(scripts) == 3 and scripts[1].get("id") == "MathJax-script", path
            assert page.lower().count("<script") == 3, path
        for tag, attrs, inside in elements:
            for name, value in attrs.items():
                assert not name.startswith("on"), (path, tag, name, value)
                if name in URL_ATTRS and value is not None:
                    assert url_scheme(value) in ALLOWED_SCHEMES, (path, tag, name, value)
            if inside:
                assert tag in COMMENT_TAGS, (path, tag, attrs)
                assert "style" not in attrs and "id" not in attrs, (path, tag, attrs)


def test_every_vector_is_shown_as_text_or_removed(built):
    page = (built / "archives" / "target" / "index.html").read_bytes().decode("utf-8")
    # Author names are plain text: each one appears escaped, exactly as written.
    for vector in VECTORS:
        if vector.strip():
            assert html.escape(vector.strip(), quote=False) in page.replace("&#34;", '"').replace("&#39;", "'"), vector


def test_links_in_comments_get_rel_nofollow_ugc_noopener(built):
    for path in pages_with_comments(built):
        for tag, attrs, inside in parse(path.read_bytes().decode("utf-8")):
            href = attrs.get("href") or ""
            if inside and tag == "a" and href.lower().startswith(("http://", "https://")) \
                    and not href.startswith(SITE_URL) and not href.startswith("/"):
                assert attrs.get("rel") == REL, (path, attrs)


def test_accepted_author_urls_are_escaped_in_the_link(built):
    page = (built / "archives" / "target" / "index.html").read_bytes().decode("utf-8")
    links = [attrs for tag, attrs, inside in parse(page)
             if tag == "a" and inside and attrs.get("rel") == REL
             and "example.org" in (attrs.get("href") or "").lower()]
    hrefs = {a["href"] for a in links}
    for url, ok in URL_VECTORS:
        if ok:
            assert url in hrefs  # the attribute value survives intact, i.e. it was escaped, not broken out of


@pytest.mark.parametrize("url,accepted", URL_VECTORS)
def test_loader_accepts_only_http_author_urls(tmp_path, url, accepted):
    item = [{"id": 1, "author": "A", "date": "2024-02-02", "body": "hi", "url": url}]
    root = write_site(tmp_path / "site", {"target.md": post("Target")},
                      comments={"target": yaml.safe_dump(item, allow_unicode=True)})
    if accepted:
        build(root)
        page = (root / "public" / "archives" / "target" / "index.html").read_bytes().decode("utf-8")
        links = [attrs for tag, attrs, inside in parse(page) if tag == "a" and attrs.get("rel") == REL]
        assert [a["href"] for a in links] == [url.strip()]  # one attribute, value intact: escaped, not broken out of
    else:
        with pytest.raises(BlogbuildError) as e:
            build(root)
        assert str(e.value).startswith("comments/target.yaml:")
        assert ": comment: 'url' must be an http(s) address, got " in str(e.value)
        assert not (root / "public").exists()


# ----------------------------------------------------------------------------- in a browser

class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def served(built):
    handler = functools.partial(_Quiet, directory=str(built))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


HOOK = """
window.__xss = undefined;
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  try { window[name] = () => { window.__xss = (window.__xss || 0) + 1; }; } catch (e) {}
}
"""

POKE = """() => {
  const nodes = document.querySelectorAll('.comment *, .comment, .recent-comments *, mjx-container *');
  for (const el of nodes) {
    for (const type of ['mouseover', 'mouseenter', 'mousemove', 'focus', 'focusin', 'animationstart',
                        'toggle', 'load', 'error']) {
      el.dispatchEvent(new Event(type, {bubbles: true}));
    }
    if (el.tagName !== 'A' || !el.href || el.href.startsWith('javascript:')) {
      el.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}));
    }
  }
  return nodes.length;
}"""

BAD_LINKS = """() => [...document.querySelectorAll('a[href], [src], [action], [formaction]')]
  .map(el => el.href || el.src || el.action || el.formAction)
  .filter(u => !/^(https?|mailto):/i.test(u))"""

MATHJAX_LEAKS = """() => [...document.querySelectorAll('.comment mjx-container *')]
  .filter(el => /url\\(|position/i.test(el.getAttribute('style') || '')
                || /onmouseover/.test(el.id + ' ' + el.className))
  .map(el => el.outerHTML.slice(0, 120))"""


@pytest.mark.browser
@browser
def test_no_script_runs_in_chromium_and_math_still_renders(served):
    from playwright.sync_api import sync_playwright

    dialogs: list[str] = []
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM or "/usr/bin/chromium", headless=True,
                                     args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            context = chromium.new_context()
            context.add_init_script(HOOK)
            # Only the local server: a vector that fetches anything from elsewhere is stopped, and seen.
            outside: list[str] = []
            context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(served)
                          else (outside.append(route.request.url), route.abort()))
            page = context.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            for path in ("/archives/target/", "/comments/"):
                page.goto(served + path)
                page.wait_for_function("window.MathJax && MathJax.startup && MathJax.startup.promise")
                page.evaluate("MathJax.startup.promise")
                poked = page.evaluate(POKE)
                assert poked > len(VECTORS)
                page.wait_for_timeout(300)
                for frame in page.frames:
                    assert frame.evaluate("window.__xss") is None, (path, frame.url)
                assert page.evaluate(BAD_LINKS) == [], path
                # MathJax's \\style, \\class and \\cssId are filtered (its ui/safe extension)
                assert page.evaluate(MATHJAX_LEAKS) == [], path
                assert page.url.split("#")[0] == served + path  # nothing navigated away
                # Math in a comment is typeset: the formula's TeX is in MathJax's output.
                typeset = page.locator("#comment-math mjx-container") if path.startswith("/archives") \
                    else page.locator(".comments.recent mjx-container")
                assert typeset.count() >= 3, path
            assert outside == []
        finally:
            chromium.close()
    assert dialogs == []
