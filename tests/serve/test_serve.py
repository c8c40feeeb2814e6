"""`blogbuild serve`: the real server on a free port, spoken to over real sockets."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from helpers import REPO, post, write_site
from watchfiles import Change

from blogbuild.cli import main
from blogbuild.errors import BlogbuildError
from blogbuild.serve.livereload import EVENTS_PATH, MARKER
from blogbuild.serve.server import SiteServer, SourceFilter

CONFIG = "title: Serve test\nurl: https://example.org/blog/\nauthor: Tester\nlanguage: en\n"
WOFF2 = b"wOF2\x00\x01\x00\x00fake font bytes"
SECRET = "TOP-SECRET-3f9a"


def wait_until(predicate, timeout: float = 20.0, interval: float = 0.05):
    """Poll until predicate() returns something truthy; fail with the last value after timeout."""
    deadline = time.monotonic() + timeout
    value = None
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout} s; last value: {value!r}"[:2000])


class Response:
    def __init__(self, raw: bytes) -> None:
        head, _, self.body = raw.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        self.status = int(lines[0].split()[1])
        self.headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    def __repr__(self) -> str:
        return f"<Response {self.status} {self.headers.get('content-type')} {self.body[:200]!r}>"


def request(port: int, target: str | bytes, method: str = "GET", timeout: float = 10.0,
            host: str | None = "localhost") -> Response:
    """One request over a raw socket: the target goes out byte for byte, no client-side cleanup.
    host: the Host header (None: none at all)."""
    if isinstance(target, str):
        target = target.encode("utf-8")
    host_line = b"" if host is None else b"Host: " + host.encode("latin-1") + b"\r\n"
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(method.encode() + b" " + target + b" HTTP/1.1\r\n" + host_line + b"Connection: close\r\n\r\n")
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return Response(b"".join(chunks))


class EventStream:
    """A raw SSE client: yields the data of each `epoch` event."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=20)
        self.sock.sendall(f"GET {EVENTS_PATH} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
        self.buffer = b""
        self.seen: list[tuple[str, str]] = []
        head = self._read_until(b"\r\n\r\n")
        assert b" 200 " in head.split(b"\r\n")[0], head
        assert b"text/event-stream" in head

    def _read_until(self, sep: bytes) -> bytes:
        while sep not in self.buffer:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise AssertionError("event stream closed")
            self.buffer += chunk
        item, _, self.buffer = self.buffer.partition(sep)
        return item

    def next_event(self) -> tuple[str, str]:
        while True:
            event = self._read_until(b"\n\n").decode()
            name = re.search(r"^event: (.*)$", event, re.MULTILINE)
            if name is not None:  # else a retry: line or a keep-alive comment
                return name.group(1), re.search(r"^data: (.*)$", event, re.MULTILINE).group(1)

    def next_epoch(self) -> str:
        """The data of the next `epoch` event; other events go to self.seen as (name, data)."""
        while True:
            name, data = self.next_event()
            if name == "epoch":
                return data
            self.seen.append((name, data))

    def close(self) -> None:
        self.sock.close()


def make_site(root: Path) -> Path:
    write_site(root, {
        "2024-01-02-alpha.md": post("Alpha post", "2024-01-02", "Alpha body text.", slug="alpha"),
        "2024-02-03-beta.md": post("Beta post", "2024-02-03", "Beta body text.", slug="beta"),
    }, config=CONFIG)
    (root / "static" / "fonts").mkdir(parents=True)
    (root / "static" / "fonts" / "test.woff2").write_bytes(WOFF2)
    (root / "static" / "app.js").write_text("console.log('hi');\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A read-only server shared by the tests that only fetch."""
    root = make_site(tmp_path_factory.mktemp("serve-ro") / "site")
    lines: list[str] = []
    server = SiteServer(root, port=0, log=lines.append).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def live(tmp_path):
    """A server of its own for tests that edit the sources; its log lines in server.lines."""
    root = make_site(tmp_path / "site")
    lines: list[str] = []
    server = SiteServer(root, port=0, log=lines.append).start()
    server.lines = lines
    try:
        yield server
    finally:
        server.stop()


def port_of(server: SiteServer) -> int:
    return int(server.origin.rsplit(":", 1)[1])


# ---------------------------------------------------------------------------------------------
# Pages, assets, MIME types, pretty URLs, 404
# ---------------------------------------------------------------------------------------------

def test_prints_url_at_the_base_path_with_a_localhost_origin(served):
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/blog/", served.url)
    assert served.error is None
    # links in the built pages use the localhost origin, so they work in the browser
    feed = request(port_of(served), "/blog/atom.xml").text
    assert served.origin + "/blog/" in feed
    assert "example.org" not in feed


@pytest.mark.parametrize("target, ctype", [
    ("/blog/", "text/html; charset=utf-8"),
    ("/blog/archives/alpha/", "text/html; charset=utf-8"),
    ("/blog/archives/alpha/index.html", "text/html; charset=utf-8"),
    ("/blog/static/style.css", "text/css; charset=utf-8"),
    ("/blog/static/app.js", "text/javascript; charset=utf-8"),
    ("/blog/static/favicon.svg", "image/svg+xml"),
    ("/blog/atom.xml", "application/xml; charset=utf-8"),
    ("/blog/sitemap.xml", "application/xml; charset=utf-8"),
    ("/blog/static/fonts/test.woff2", "font/woff2"),
])
def test_mime_types(served, target, ctype):
    r = request(port_of(served), target)
    assert r.status == 200, r
    assert r.headers["content-type"] == ctype
    assert int(r.headers["content-length"]) == len(r.body)


def test_files_are_served_byte_for_byte_and_head_has_no_body(served):
    port = port_of(served)
    r = request(port, "/blog/static/fonts/test.woff2")
    assert r.body == WOFF2
    h = request(port, "/blog/static/fonts/test.woff2", method="HEAD")
    assert h.status == 200 and h.body == b"" and h.headers["content-length"] == str(len(WOFF2))


def test_post_page_has_content_and_reload_script(served):
    r = request(port_of(served), "/blog/archives/alpha/")
    assert "Alpha body text." in r.text
    assert r.text.count(f'id="{MARKER}"') == 1
    assert EVENTS_PATH in r.text
    assert r.text.index(MARKER) < r.text.rindex("</body>")


def test_reload_script_is_never_written_to_the_output(served, tmp_path, cli):
    html_files = list(served.out.rglob("*.html"))
    assert len(html_files) > 3
    assert not [p for p in html_files if MARKER in p.read_text(encoding="utf-8")]
    code, _out, _err = cli("build", "-s", str(served.root), "-o", str(tmp_path / "public"))
    assert code == 0
    built = list((tmp_path / "public").rglob("*"))
    assert not [p for p in built if p.is_file() and MARKER.encode() in p.read_bytes()]


def test_pretty_urls_redirect_to_the_slash_form(served):
    port = port_of(served)
    r = request(port, "/blog/archives/alpha")
    assert r.status == 302 and r.headers["location"] == "/blog/archives/alpha/"
    r = request(port, "/blog/archives/alpha?x=1")
    assert r.status == 302 and r.headers["location"] == "/blog/archives/alpha/?x=1"
    assert request(port, "/blog").headers["location"] == "/blog/"
    assert request(port, "/").headers["location"] == "/blog/"
    assert request(port, "/blog/archives/alpha/?utm=1").status == 200


def test_missing_pages_get_the_sites_404_page_with_status_404(served):
    port = port_of(served)
    for target in ("/blog/no/such/page/", "/blog/nope.html", "/blog/static/nope.css", "/elsewhere/",
                   "/blog/static/style.css/"):
        r = request(port, target)
        assert r.status == 404, (target, r)
        assert r.headers["content-type"] == "text/html; charset=utf-8"
        assert "404" in r.text and "Serve test" in r.text  # the theme's 404.html, with the site title
        assert MARKER in r.text


# ---------------------------------------------------------------------------------------------
# Requests that try to leave the output folder
# ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def secrets(served):
    """A secret file beside the output folder, and symlinks inside it that lead out."""
    outside = served.out.parent / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    (served.out.parent / "secret.txt").write_text(SECRET, encoding="utf-8")
    (served.out / "leakdir").symlink_to(outside, target_is_directory=True)
    (served.out / "leak.txt").symlink_to(outside / "secret.txt")
    return outside


TRAVERSALS = [
    "/blog/../secret.txt",
    "/blog/../../secret.txt",
    "/blog/static/../../secret.txt",
    "/blog/%2e%2e/secret.txt",
    "/blog/%2E%2E/%2e%2e/secret.txt",
    "/blog/.%2e/secret.txt",
    "/blog/%2e%2e%2fsecret.txt",
    "/blog/%252e%252e/secret.txt",
    "/blog/%252e%252e%252fsecret.txt",
    "/blog/..%5csecret.txt",
    "/blog/..\\secret.txt",
    "/blog/%5c..%5csecret.txt",
    "/blog/./index.html",
    "/blog//etc/passwd",
    "//etc/passwd",
    "/etc/passwd",
    "etc/passwd",
    "/blog/%2fetc/passwd",
    "http://localhost/blog/../secret.txt",
    "/blog/index.html%00.css",
    "/blog/%00",
    b"/blog/\x00/secret.txt",
    "/blog/%c0%ae%c0%ae/secret.txt",
    "/blog/" + "a/" * 3000,
    "/blog/leakdir/secret.txt",
    "/blog/leakdir/",
    "/blog/leak.txt",
]


@pytest.mark.parametrize("target", TRAVERSALS, ids=lambda t: repr(t)[:60])
def test_traversal_is_refused(served, secrets, target):
    r = request(port_of(served), target)
    assert r.status in (403, 404), r
    assert SECRET not in r.text
    assert "root:" not in r.text


def test_server_still_serves_after_traversal_attempts(served, secrets):
    for target in TRAVERSALS[:5]:
        request(port_of(served), target)
    assert request(port_of(served), "/blog/").status == 200


# ---------------------------------------------------------------------------------------------
# Edits: rebuild, reload event, error page, recovery
# ---------------------------------------------------------------------------------------------

def test_editing_a_post_rebuilds_and_tells_the_tabs(live):
    port = port_of(live)
    stream = EventStream(port)
    try:
        first = stream.next_epoch()
        page = request(port, "/blog/archives/alpha/").text
        assert f'"{first}"' in page  # the page knows the epoch it was rendered from
        (live.root / "posts" / "2024-01-02-alpha.md").write_text(
            post("Alpha post", "2024-01-02", "Freshly edited words.", slug="alpha"), encoding="utf-8")
        second = stream.next_epoch()
        assert second != first
        assert stream.seen == [("building", "1")]  # the tabs show "Rebuilding..." meanwhile
    finally:
        stream.close()
    r = wait_until(lambda: (x := request(port, "/blog/archives/alpha/")).status == 200
                   and "Freshly edited words." in x.text and x)
    assert "Alpha body text." not in r.text
    assert f'"{second}"' in r.text or live.epoch in r.text
    line = wait_until(lambda: [x for x in live.lines if "posts/2024-01-02-alpha.md modified" in x])[0]
    # the build's cache re-renders only the edited post
    assert re.search(r"posts/2024-01-02-alpha\.md modified: built 2 posts \(1 rendered\), \d+ pages in \d+\.\d\d s$",
                     line), line


def test_a_rebuild_between_two_looks_is_still_told(live):
    """On a busy machine a rebuild can begin and end while a tab's stream thread waits for the CPU
    (seen in CI): the tab must still hear "building", then the new epoch, then the all-clear. The
    rebuild is played here under the server's lock, so the stream thread can only look after it."""
    stream = EventStream(port_of(live))
    try:
        first = stream.next_epoch()
        with live._cond:  # what _rebuild does, both halves before the stream thread can look
            live._busy, live._rebuilds = True, live._rebuilds + 1
            live._cond.notify_all()
            live._serial, live._busy = live._serial + 1, False
            live._cond.notify_all()
        assert stream.next_epoch() == live.epoch != first
        assert stream.seen == [("building", "1")]
        assert stream.next_event() == ("building", "0")
    finally:
        stream.close()


def test_a_new_pages_folder_is_watched_and_built(live):
    """pages/ appears while serving: the page is built, and later edits in it rebuild too."""
    port = port_of(live)
    (live.root / "pages").mkdir()
    (live.root / "pages" / "about.md").write_text("---\ntitle: About us\n---\nFirst words.\n", encoding="utf-8")
    wait_until(lambda: "First words." in (x := request(port, "/blog/about/")).text and x)
    assert ">About us</a>" in request(port, "/blog/").text  # in the navigation
    (live.root / "pages" / "about.md").write_text("---\ntitle: About us\n---\nSecond words.\n", encoding="utf-8")
    wait_until(lambda: "Second words." in (x := request(port, "/blog/about/")).text and x)


def test_files_beside_posts_are_watched(live):
    """A post folder with a figure appears while serving; the figure is redrawn, then a new one is added."""
    port = port_of(live)
    folder = live.root / "posts" / "rope"
    folder.mkdir()
    (folder / "damped.txt").write_text("first drawing", encoding="utf-8")
    (folder / "index.md").write_text(post("Rope", "2024-02-03", "[fig](damped.txt) [new](new.txt)"),
                                     encoding="utf-8")
    wait_until(lambda: (x := request(port, "/blog/archives/rope/damped.txt")).status == 200
               and x.text == "first drawing" and x)
    (folder / "damped.txt").write_text("second drawing", encoding="utf-8")
    wait_until(lambda: request(port, "/blog/archives/rope/damped.txt").text == "second drawing")
    (folder / "new.txt").write_text("a new one", encoding="utf-8")
    wait_until(lambda: (x := request(port, "/blog/archives/rope/new.txt")).status == 200
               and x.text == "a new one" and x)


def test_saving_a_file_unchanged_does_not_reload_the_tabs(live):
    epoch, builds = live.epoch, live.builds
    stream = EventStream(port_of(live))
    try:
        assert stream.next_event() == ("epoch", epoch)
        source = live.root / "posts" / "2024-01-02-alpha.md"
        source.write_bytes(source.read_bytes())
        assert stream.next_event() == ("building", "1")
        assert stream.next_event() == ("building", "0")  # the badge goes, the page stays
    finally:
        stream.close()
    assert live.builds > builds
    assert live.epoch == epoch
    assert re.search(r"\] posts/2024-01-02-alpha\.md modified: nothing to rebuild \(\d+\.\d\d s\)$", live.lines[-1])


def test_broken_post_shows_error_page_and_fixing_it_brings_the_post_back(live):
    port = port_of(live)
    source = live.root / "posts" / "2024-02-03-beta.md"
    source.write_text("---\ntitle: Beta post\ndate: 2024-13-01\nslug: beta\n---\nBroken beta.\n", encoding="utf-8")

    r = wait_until(lambda: (x := request(port, "/blog/archives/beta/")).status == 500 and x)
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    assert "Build failed" in r.text
    assert "posts/2024-02-03-beta.md:3:" in r.text
    assert "month must be in 1..12" in r.text
    assert '<span class="here">   3 | date: 2024-13-01</span>' in r.text  # the source lines around it
    assert MARKER in r.text  # reloads by itself once fixed
    # every HTML page shows the error; assets keep coming from the last good build
    assert request(port, "/blog/").status == 500
    assert request(port, "/blog/nope/").status == 500
    css = request(port, "/blog/static/style.css")
    assert css.status == 200 and css.headers["content-type"] == "text/css; charset=utf-8"
    assert request(port, "/blog/static/fonts/test.woff2").body == WOFF2
    failed = wait_until(lambda: [x for x in live.lines if "build failed" in x])[0]
    assert "posts/2024-02-03-beta.md modified: build failed in" in failed
    assert "posts/2024-02-03-beta.md:3:" in failed

    source.write_text(post("Beta post", "2024-02-03", "Beta is back.", slug="beta"), encoding="utf-8")
    r = wait_until(lambda: (x := request(port, "/blog/archives/beta/")).status == 200 and x)
    assert "Beta is back." in r.text
    assert live.error is None


def test_broken_config_and_template_are_reported_too(live):
    port = port_of(live)
    (live.root / "templates").mkdir()
    (live.root / "templates" / "post.html").write_text("{% extends 'base.html' %}\n{% block main %}\n{{ oops( }}\n"
                                                       "{% endblock %}\n", encoding="utf-8")
    r = wait_until(lambda: (x := request(port, "/blog/archives/alpha/")).status == 500 and x)
    assert "templates/post.html:3" in r.text
    (live.root / "templates" / "post.html").unlink()
    wait_until(lambda: request(port, "/blog/archives/alpha/").status == 200)

    config = live.root / "blog.yaml"
    config.write_text(CONFIG + "titel: typo\n", encoding="utf-8")
    r = wait_until(lambda: (x := request(port, "/blog/")).status == 500 and x)
    assert "blog.yaml:5: unknown key &#x27;titel&#x27;" in r.text
    config.write_text(CONFIG.replace("Serve test", "Renamed blog"), encoding="utf-8")
    r = wait_until(lambda: (x := request(port, "/blog/")).status == 200 and "Renamed blog" in x.text and x)


def test_a_site_broken_from_the_start_is_served_as_the_error_page_until_fixed(tmp_path):
    root = make_site(tmp_path / "site")
    source = root / "posts" / "2024-01-02-alpha.md"
    source.write_text("---\ntitle: Alpha post\nslug: alpha\n", encoding="utf-8")  # never closed
    lines: list[str] = []
    with SiteServer(root, port=0, log=lines.append) as server:
        assert server.error is not None
        assert "initial build: build failed in" in lines[0]
        r = request(port_of(server), "/blog/archives/alpha/")
        assert r.status == 500 and "posts/2024-01-02-alpha.md:1" in r.text
        source.write_text(post("Alpha post", "2024-01-02", "Alpha at last.", slug="alpha"), encoding="utf-8")
        r = wait_until(lambda: (x := request(port_of(server), "/blog/archives/alpha/")).status == 200 and x)
        assert "Alpha at last." in r.text


def test_a_broken_post_with_comments_is_one_error_on_the_page_and_in_the_terminal(tmp_path):
    """A bad date in a post that has comments: its own error only, never "comments for a post
    that does not exist" as a second, wrong card (issue 22)."""
    root = make_site(tmp_path / "site")
    (root / "comments").mkdir()
    (root / "comments" / "alpha.yaml").write_text("- id: 1\n  author: A\n  date: 2024-01-03\n  body: hi\n",
                                                  encoding="utf-8")
    source = root / "posts" / "2024-01-02-alpha.md"
    source.write_text("---\ntitle: Alpha post\ndate: 2024-13-01\nslug: alpha\n---\nAlpha.\n", encoding="utf-8")
    lines: list[str] = []
    with SiteServer(root, port=0, log=lines.append) as server:
        r = request(port_of(server), "/blog/archives/alpha/")
        assert r.status == 500
        assert r.text.count("<section>") == 1, r.text
        assert "posts/2024-01-02-alpha.md:3:" in r.text
        assert "comments/alpha.yaml" not in r.text
        assert not any("comments/alpha.yaml" in line for line in lines), lines


def test_warnings_show_in_a_notice_on_their_page_only_and_never_in_the_built_site(tmp_path):
    """A post with a TeX and a link warning: its preview shows both (file:line:col and message,
    escaped, dismissible); other pages show none; `blogbuild build` of the same site has none."""
    root = make_site(tmp_path / "site")
    source = root / "posts" / "2024-02-03-beta.md"
    source.write_text("---\ntitle: Beta post\ndate: 2024-02-03\nslug: beta\n---\n"
                      "See [x](/blog/archives/nowhere/).\n\nThen $\\nosuchmacro<b>$ here.\n", encoding="utf-8")
    with SiteServer(root, port=0, log=[].append) as server:
        page = request(port_of(server), "/blog/archives/beta/")
        assert page.status == 200
        notice = page.text[page.text.index('id="blogbuild-warnings"'):]
        notice = notice[:notice.index("</aside>")]
        lines = source.read_text(encoding="utf-8").splitlines()
        link_col = lines[5].index("/blog/archives/nowhere/") + 1
        tex_col = lines[7].index("\\nosuchmacro") + 1
        assert f"<code>posts/2024-02-03-beta.md:6:{link_col}</code>" in notice and "/blog/archives/nowhere/" in notice
        assert f"<code>posts/2024-02-03-beta.md:8:{tex_col}</code>" in notice and "nosuchmacro" in notice
        assert "2 warnings" in notice and "remove()" in notice
        assert "<b>" not in notice  # the message is text, never markup
        assert page.text.index('id="blogbuild-warnings"') < page.text.rindex("</body>")
        other = request(port_of(server), "/blog/archives/alpha/")
        assert other.status == 200 and "blogbuild-warnings" not in other.text
        assert "blogbuild-warnings" not in request(port_of(server), "/blog/").text
        source.write_text(post("Beta post", "2024-02-03", "Fixed.", slug="beta"), encoding="utf-8")
        wait_until(lambda: "Fixed." in (x := request(port_of(server), "/blog/archives/beta/")).text
                   and "blogbuild-warnings" not in x.text)
    source.write_text("---\ntitle: Beta post\ndate: 2024-02-03\nslug: beta\n---\n"
                      "See [x](/blog/archives/nowhere/).\n", encoding="utf-8")
    assert main(["build", "-s", str(root), "--no-cache"]) == 0
    built = [p for p in (root / "public").rglob("*.html") if "blogbuild-warnings" in p.read_text(encoding="utf-8")]
    assert built == [] and (root / "public" / "archives" / "beta" / "index.html").is_file()


SCRATCH = (".#2024-01-02-alpha.md", "4913", "2024-01-02-alpha.md~", ".2024-01-02-alpha.md.swp")


@pytest.mark.parametrize("name", SCRATCH)
def test_the_source_filter_ignores_editor_scratch_files(tmp_path, name):
    source_filter = SourceFilter()
    posts = tmp_path / "posts"
    for change in (Change.added, Change.modified, Change.deleted):
        assert not source_filter(change, str(posts / name))
        assert source_filter(change, str(posts / "2024-01-02-alpha.md"))


def test_editor_scratch_files_do_not_trigger_rebuilds(live):
    """Scratch files (and a stray file at the root), then real edits: the builds that follow
    name only the real edits. Each watcher reports changes in order, so a scratch file that got
    through would show up in the reason of the edit's build or of an earlier one."""
    builds, seen = live.builds, len(live.lines)
    posts = live.root / "posts"
    for name in SCRATCH:
        (posts / name).write_text("scratch", encoding="utf-8")
    (live.root / "notes.txt").write_text("not a source", encoding="utf-8")
    # one real edit per watcher: posts/ (recursive) and the root (blog.yaml, saved unchanged)
    (posts / "2024-01-02-alpha.md").write_text(post("Alpha post", "2024-01-02", "Real edit.", slug="alpha"),
                                               encoding="utf-8")
    config = live.root / "blog.yaml"
    config.write_bytes(config.read_bytes())

    def reasons() -> list[str]:
        return [m.group(1) for line in live.lines[seen:]
                if (m := re.match(r"\[[\d:]+\] (.*?): (?:built|nothing to rebuild|build failed)", line))]

    edits = {"blog.yaml modified", "posts/2024-01-02-alpha.md modified"}

    def named() -> set[str] | None:
        """What the builds so far were for, once both edits are among it (or anything else is)."""
        found = {item for reason in reasons() for item in reason.split(", ")}
        return found if found >= edits or found - edits else None

    assert wait_until(named) == edits, live.lines[seen:]
    assert live.builds - builds == len(reasons()) <= 2, live.lines[seen:]


# ---------------------------------------------------------------------------------------------
# The command line
# ---------------------------------------------------------------------------------------------

def test_cli_defaults_bind_to_localhost_port_8000(tmp_path, monkeypatch, capsys):
    import blogbuild.serve.server

    calls = []
    monkeypatch.setattr(blogbuild.serve.server, "serve", lambda root, **options: calls.append((root, options)) or 0)
    assert main(["serve", "-s", str(tmp_path)]) == 0
    # client math whatever blog.yaml says: a preview shows a save at once (docs/server-math.md)
    assert calls == [(tmp_path, {"host": "127.0.0.1", "port": 8000, "drafts": False, "open_browser": False,
                                 "math": "client"})]
    with pytest.raises(SystemExit) as exit_info:
        main(["serve", "-s", str(tmp_path), "--port", "70000"])
    assert exit_info.value.code == 2
    assert "argument --port/-p: must be a number from 0 to 65535, got '70000'" in capsys.readouterr().err
    assert len(calls) == 1


def test_binds_to_127_0_0_1_by_default(served):
    """Bound to 127.0.0.1 itself, not to every address: another loopback address is refused."""
    port = port_of(served)
    assert request(port, "/blog/").status == 200
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.2", port), timeout=5).close()


@pytest.mark.parametrize("host", ["localhost", "localhost:{port}", "127.0.0.1:{port}", "127.0.0.1", "[::1]:{port}",
                                  "LOCALHOST:{port}", "localhost.", "preview.localhost:{port}"])
def test_the_names_of_this_machine_are_answered(served, host):
    port = port_of(served)
    r = request(port, "/blog/", host=host.format(port=port))
    assert r.status == 200, r
    assert "Alpha post" in r.text


@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "127.0.0.1.nip.io:{port}",
                                  "localhost.evil.example", "10.1.2.3:{port}", "0.0.0.0:{port}",
                                  "localhost:{port}@evil.example", "localhost:http", "", None])
def test_other_host_names_are_refused_after_dns_rebinding(served, host):
    """A page on evil.example whose name now resolves to 127.0.0.1 sends `Host: evil.example`: it
    reads nothing, not the pages, not the error page, not the event stream."""
    port = port_of(served)
    for target in ("/blog/", "/blog/alpha/", "/blog/atom.xml", EVENTS_PATH, "/blog/no-such-page/"):
        r = request(port, target, host=None if host is None else host.format(port=port))
        assert r.status == 403, (target, r)
        assert "Alpha" not in r.text and "alpha" not in r.text
    assert request(port, "/blog/").status == 200


def test_a_host_given_with_host_is_answered(tmp_path):
    root = make_site(tmp_path / "site")
    with SiteServer(root, host="127.0.0.1", port=0, log=lambda _line: None) as server:
        server.allowed_hosts |= {"devbox.lan"}  # what --host devbox.lan would add
        assert request(port_of(server), "/blog/", host="devbox.lan").status == 200
    assert "devbox.lan" in SiteServer(root, host="devbox.lan").allowed_hosts


def test_two_hundred_concurrent_connections_are_all_answered(served):
    """The listen backlog holds a burst: with socketserver's default (5), dozens were refused or
    waited for the kernel's SYN retries (1 s, 3 s, 7 s …)."""
    port = port_of(served)
    socks, started = [], time.monotonic()
    try:
        for _ in range(200):  # every connection opened before any request is read
            s = socket.socket()
            s.setblocking(False)
            s.connect_ex(("127.0.0.1", port))
            socks.append(s)
        results: list[float | BaseException] = [0.0] * len(socks)

        def ask(i: int, s: socket.socket) -> None:
            try:
                s.setblocking(True)
                s.settimeout(10)
                s.sendall(b"GET /blog/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                data = b""
                while chunk := s.recv(65536):
                    data += chunk
                assert data.startswith(b"HTTP/1.1 200"), data[:100]
                results[i] = time.monotonic() - started
            except BaseException as e:  # noqa: BLE001 - reported below
                results[i] = e

        threads = [threading.Thread(target=ask, args=(i, s)) for i, s in enumerate(socks)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
    finally:
        for s in socks:
            s.close()
    failed = [r for r in results if not isinstance(r, float)]
    assert not failed, f"{len(failed)} of 200 failed: {failed[:3]}"
    assert max(results) < 5, f"slowest answer after {max(results):.1f} s"


def test_port_in_use_is_a_clean_error(served):
    with pytest.raises(BlogbuildError, match=r"cannot listen on 127\.0\.0\.1:\d+"):
        SiteServer(served.root, port=port_of(served), log=lambda _line: None).start()


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_cli_serves_until_ctrl_c_and_cleans_up(tmp_path, signum):
    root = make_site(tmp_path / "site")
    env = {**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-m", "blogbuild", "serve", "-s", str(root), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    lines: list[str] = []

    def read_stdout() -> None:
        for line in proc.stdout:
            lines.append(line)  # noqa: PERF402 -- read while the test looks at it

    reader = threading.Thread(target=read_stdout, daemon=True)
    reader.start()
    try:
        wait_until(lambda: any("Serving" in x for x in lines) or proc.poll() is not None, timeout=60)
        assert proc.poll() is None, f"server exited early: {lines}"
        assert re.search(r"initial build: built 2 posts \(2 rendered\), \d+ pages in \d+\.\d\d s", "".join(lines))
        url = re.search(r"at (http://127\.0\.0\.1:(\d+)/blog/) \(Ctrl-C to stop\)", "".join(lines))
        assert url, lines
        assert request(int(url.group(2)), "/blog/").status == 200
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith("blogbuild-serve-")]
        proc.send_signal(signum)
        proc.wait(timeout=15)
        err = proc.stderr.read()
        wait_until(lambda: lines and lines[-1].strip() == "Stopped.", timeout=5)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        reader.join(5)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("blogbuild-serve-")]
