"""Hostile comments through the whole path: posted to a real Isso server (bodies and author names
from tests/xss_vectors.txt), or sent by a server that stores anything (websites, control
characters, lone surrogates), then pulled, archived and built. The pages must hold no script,
handler or dangerous URL more than the same site without those comments, and every comment must
still be there as one comment."""

from __future__ import annotations

import http.server
import json
import re
import threading
from html.parser import HTMLParser

import pytest
from helpers import TESTS, post, run_cli, write_site
from isso_server import IssoServer

_UNESCAPE = {"{TAB}": "\t", "{LF}": "\n", "{CR}": "\r", "{NUL}": "\0"}


def vectors() -> list[str]:
    found = []
    for line in (TESTS / "xss_vectors.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("# "):
            for escaped, char in _UNESCAPE.items():
                line = line.replace(escaped, char)
            found.append(line)
    return found


VECTORS = vectors()
WEBSITES = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "//evil.example/x",
            "https://example.org/\" onmouseover=\"alert(1)", "https://example.org/&quot;onmouseover=&quot;alert(1)",
            "https://example.org/'><script>alert(1)</script>", "vbscript:msgbox(1)", "https://ok.example/\x00x"]
URL_ATTRS = {"href", "src", "action", "formaction", "data", "background", "poster", "srcdoc", "codebase", "cite",
             "xlink:href"}


class Page(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts, self.handlers, self.urls, self.comments = 0, [], [], 0
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.scripts += tag == "script"
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append((tag, name, value))
            if name in URL_ATTRS and value is not None:
                self.urls.append(value)
            if name == "class" and value and "comment" in value.split():
                self.comments += 1


def scheme(url: str) -> str:
    cleaned = "".join(ch for ch in url if ch not in "\t\n\r").strip("".join(map(chr, range(0x21))))
    m = re.match(r"([a-zA-Z][a-zA-Z0-9+.\-]*):", cleaned)
    return m.group(1).lower() if m else ""


def make_site(root, url: str):
    config = f"title: T\nurl: https://blog.example/\nlanguage: en\nrecent_comments: 400\n" \
             f"comments:\n  provider: isso\n  url: {url}\n"
    return write_site(root, {"target.md": post("Target", "2024-01-02", "Strangers comment here.", slug="target")},
                      config=config)


def check_pages(root, baseline_root, expected_comments: int) -> None:
    for rel in ("archives/target/index.html", "comments/index.html", "comments/recent.html"):
        page = Page((root / "public" / rel).read_text(encoding="utf-8"))
        plain = Page((baseline_root / "public" / rel).read_text(encoding="utf-8"))
        assert page.scripts == plain.scripts, rel
        assert page.handlers == [], rel
        assert [u for u in page.urls if scheme(u) not in ("", "http", "https", "mailto")] == [], rel
        if rel != "comments/recent.html":
            assert page.comments == expected_comments, rel


def test_hostile_comments_posted_to_isso(tmp_path, capsys):
    isso = IssoServer(tmp_path / "isso").start()
    try:
        root, baseline = make_site(tmp_path / "site", isso.url), make_site(tmp_path / "plain", isso.url)
        for vector in VECTORS:
            isso.post("/archives/target/", vector + " ..", author=vector, title="Target")
        code, out, err = run_cli("comments", "pull", "-s", str(root), capsys=capsys)
        assert (code, err) == (0, "") and f": {len(VECTORS)} new," in out
        for site in (root, baseline):
            code, _out, err = run_cli("build", "-s", str(site), capsys=capsys)
            assert code == 0, err
        check_pages(root, baseline, len(VECTORS))
    finally:
        isso.stop()


class _AnyServer(http.server.BaseHTTPRequestHandler):
    """A server that stores anything: Isso's JSON shape, hostile values in every field."""

    def log_message(self, *args):
        pass

    def _json(self, data) -> None:
        body = json.dumps(data).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._json([1])

    def do_GET(self):
        replies = []
        for i, vector in enumerate(VECTORS + ["\ud800 lone \udfff", "nul\x00 bel\x07 del\x7f", ""]):
            replies.append({"id": i + 1, "parent": None, "created": 1700000000 + i, "mode": 1, "text": vector,
                            "author": vector, "website": WEBSITES[i % len(WEBSITES)], "replies": []})
        replies[0]["replies"] = [{"id": 9999, "parent": 12345, "created": 1800000000, "mode": 1,
                                  "text": "a reply to a comment the server does not show", "author": None,
                                  "website": None, "replies": []}]
        self._json({"id": None, "replies": replies})


@pytest.fixture
def any_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _AnyServer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_hostile_values_from_a_server_that_stores_anything(any_server, tmp_path, capsys):
    root, baseline = make_site(tmp_path / "site", any_server), make_site(tmp_path / "plain", any_server)
    code, out, err = run_cli("comments", "pull", "-s", str(root), capsys=capsys)
    # the reply to 12345
    mended = "(1 replying to itself, to a missing comment or in a circle, made a reply to the post)"
    assert (code, err) == (0, "") and f": {len(VECTORS) + 4} new {mended}," in out
    text = (root / "comments" / "target.yaml").read_text(encoding="utf-8")
    assert "\ufffd lone \ufffd" in text and "nul bel del" in text
    for site in (root, baseline):
        code, _out, err = run_cli("build", "-s", str(site), capsys=capsys)
        assert code == 0, err
    check_pages(root, baseline, len(VECTORS) + 4)
    page = (root / "public" / "archives" / "target" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://ok.example' not in page  # a website with a control character is dropped
    code, out, _ = run_cli("comments", "pull", "-s", str(root), capsys=capsys)  # and stable
    assert out.endswith(": 0 new, 0 edited, 0 files written\n")
