"""Helpers shared by the test modules: `from helpers import ...` (pyproject.toml puts tests/ on
sys.path through pytest's `pythonpath`). Fixtures stay in conftest.py.

Paths: REPO (the checkout), SITES (tests/sites), FIXTURES (tests/fixtures), MARKDOWN_DOCS (every
Markdown document of the repo: the example blog's posts and the fixtures).
Sites: write_site(), post(), copy_example(). The CLI in-process: run_cli(). Output: tree().
A stand-in comment server: fake_isso(). The browser: CHROMIUM, MATHJAX_DIR, ARTIFACTS and the `browser` skip marker.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from blogbuild.cli import main

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SITES = TESTS / "sites"
FIXTURES = TESTS / "fixtures"
MARKDOWN_DOCS = sorted((REPO / "posts").glob("*.md")) + sorted(FIXTURES.glob("*.md"))
"""The example blog's posts and tests/fixtures/*.md, for tests parametrized over real documents."""

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
"""How every browser test launches Chromium (root in a container, no GPU, no update checks)."""
# tests/run.sh installs the npm `mathjax` package here; MATHJAX_DIR overrides.
MATHJAX_DIR = Path(os.environ.get("MATHJAX_DIR", TESTS / ".node" / "node_modules" / "mathjax" / "es5"))
ARTIFACTS = TESTS / "artifacts"

browser = pytest.mark.skipif(CHROMIUM is None or not (MATHJAX_DIR / "tex-chtml.js").is_file(),
                             reason="needs Chromium and the npm mathjax package (tests/run.sh installs both)")


def run_cli(*argv: str, capsys=None) -> tuple[int, str, str]:
    code = main(list(argv))
    if capsys is None:
        return code, "", ""
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def write_site(root: Path, posts: dict[str, str], config: str | None = None,
               comments: dict[str, str] | None = None) -> Path:
    """Create a site: posts maps file names to full file text (front matter included)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "blog.yaml").write_text(config or "title: Test\nurl: https://example.org/\nauthor: Tester\n",
                                    encoding="utf-8")
    (root / "posts").mkdir(exist_ok=True)
    for name, text in posts.items():
        path = root / "posts" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for slug, text in (comments or {}).items():
        (root / "comments").mkdir(exist_ok=True)
        (root / "comments" / f"{slug}.yaml").write_text(text, encoding="utf-8")
    return root


def post(title: str = "T", date: str = "2024-01-02", body: str = "Hello.", **meta: str) -> str:
    lines = [f"title: {title}", f"date: {date}"] + [f"{k}: {v}" for k, v in meta.items()]
    return "---\n" + "\n".join(lines) + "\n---\n" + body + "\n"


def copy_example(tmp_path: Path, **config_overrides) -> Path:
    """A copy of the repo's example blog (posts, comments, blog.yaml) in tmp_path/example."""
    import yaml

    dest = tmp_path / "example"
    for name in ("posts", "pages", "comments"):
        shutil.copytree(REPO / name, dest / name)
    config = yaml.safe_load((REPO / "blog.yaml").read_text(encoding="utf-8"))
    config.update(config_overrides)
    (dest / "blog.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return dest


def tree(folder: Path, *, text: bool = False) -> dict[str, bytes] | dict[str, str]:
    """Every file under folder: its path relative to folder (POSIX) -> its bytes, or its text
    (UTF-8) with text=True. Two trees are equal when the folders hold the same files, byte for byte."""
    files = (p for p in sorted(folder.rglob("*")) if p.is_file())
    if text:
        return {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8") for p in files}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in files}


THREAD_DEPTH = 4
"""README: replies nest at most four levels deep; deeper ones join the last level's list."""


def shown_under(parent, cid):
    """The comment a reply is shown under (None: top level), by the README's rule, from `parent`:
    each comment → the comment it answers (a dict, or a list indexed by comment)."""
    def depth(c) -> int:
        return 0 if parent[c] is None else 1 + depth(parent[c])

    holder = parent[cid]
    while holder is not None and depth(holder) > THREAD_DEPTH - 2:
        holder = parent[holder]
    return holder


@contextlib.contextmanager
def served_in_both_modes(root: Path):
    """root built twice, into root/client/ and root/server/ (math typeset in the browser and at
    build time, no cache), served on 127.0.0.1; yields the server's base URL (…/client/ and
    …/server/ under it). For browser tests that compare the two modes."""
    import functools
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from blogbuild.build import build

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    for mode in ("client", "server"):
        build(root, output=mode, math=mode, base_url=url + mode + "/", cache=False)
    with _serving(server):
        yield url


class _FakeIssoHandler(http.server.BaseHTTPRequestHandler):
    """Isso's two reads: POST /count (one comment in every thread asked for) and GET /?uri=…
    (the thread: whatever the server's `answer` gives for the request path)."""

    def log_message(self, *args):
        pass

    def _send(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        uris = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
        self._send(json.dumps([1] * len(uris)).encode())

    def do_GET(self):
        self._send(self.server.answer(self.path))


class FakeIsso(http.server.ThreadingHTTPServer):
    """A comment server on 127.0.0.1 answering threads with `answer(path) -> bytes`, which a test
    may replace between requests. `url` is what blog.yaml's comments.url takes."""

    daemon_threads = True

    def __init__(self, answer: Callable[[str], bytes]):
        super().__init__(("127.0.0.1", 0), _FakeIssoHandler)
        self.answer = answer
        self.url = f"http://127.0.0.1:{self.server_address[1]}/"


@contextlib.contextmanager
def fake_isso(answer: Callable[[str], bytes]) -> Iterator[FakeIsso]:
    """A FakeIsso serving in a thread for the with-block, shut down and closed after it."""
    server = FakeIsso(answer)
    with _serving(server):
        yield server


@contextlib.contextmanager
def _serving(server: http.server.HTTPServer) -> Iterator[None]:
    """server answering from a thread for the with-block; shut down and its socket closed after it."""
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()
