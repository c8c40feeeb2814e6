"""`blogbuild serve`: build, serve on localhost, rebuild on every change, reload the open tabs.

    SiteServer.start()
      ├── watcher threads   watchfiles: posts/ pages/ comments/ templates/ static/ (recursive), the
      │                     site root (blog.yaml, source folders appearing or vanishing)
      ├── builder thread    coalesces change batches → build() → epoch += 1 → wakes the SSE streams
      └── HTTP thread       ThreadingHTTPServer: files of the last good build, the error page
                            instead of HTML while the last build failed, /__blogbuild/events (SSE)

The site is built with the public `build()` into a private temporary folder, never into the
configured output: serve builds with a localhost base URL (absolute links in the feed, sitemap and
canonical tags point at this server), which must not end up in the folder that gets deployed, and
a `blogbuild build` running meanwhile must not race with the server's rebuilds. The folder is
deleted when the server stops. Rebuilding only what changed is `build()`'s job (its render cache);
serve only decides when to call it.

The live-reload script is added to HTML responses as they are sent (`livereload.inject`); the
files on disk are exactly what `build` writes.

`build()` forks its worker processes (incremental.workers) from the builder thread, while the other
threads run. A forked child has only the forking thread, and a lock another thread held at that
moment stays held in it, which is what Python 3.12's "multi-threaded, use of fork()" warning is
about. Here no other thread holds a lock a worker takes: only the builder thread prints (request
logging is off), and a worker only renders, writes its stage files and its pipe, and exits with
os._exit. Python resets its own import and logging locks in the child.
"""

from __future__ import annotations

import html
import ipaddress
import os
import queue
import re
import shutil
import signal
import socket
import socketserver
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import watchfiles

from blogbuild.build import build
from blogbuild.errors import BlogbuildError, ManyErrors
from blogbuild.serve.livereload import EVENTS_PATH, MARKER, inject
from blogbuild.site.config import CONFIG_NAME, load_config
from blogbuild.site.folders import SOURCE_DIRS

MAX_TARGET = 2048
"""Longer request targets get 404 without touching the file system."""
KEEPALIVE_SECONDS = 15.0
"""An SSE comment this often, so streams of closed tabs are noticed and their threads end."""

_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".map": "application/json",
    ".xml": "application/xml; charset=utf-8",
    ".xsl": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/plain; charset=utf-8",
    ".bib": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".eot": "application/vnd.ms-fontobject",
    ".pdf": "application/pdf",
    ".wasm": "application/wasm",
    ".mp4": "video/mp4",
    ".webm": "video/webm",
    ".mp3": "audio/mpeg",
}


def content_type(name: str) -> str:
    """A fixed table: the answer must not depend on the machine's /etc/mime.types."""
    return _TYPES.get(os.path.splitext(name)[1].lower(), "application/octet-stream")


# --------------------------------------------------------------------------------------------
# Request target → file, redirect or refusal (pure; no HTTP here)
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Target:
    status: int
    """200 (file), 302 (location), 403 or 404."""
    file: Path | None = None
    location: str | None = None


def resolve_target(out: Path, base_path: str, target: str) -> Target:
    """Map a request target onto a file inside `out`, which is served at `base_path`.

    Decodes percent-escapes exactly once (so `%252e` stays the literal name `%2e`), refuses `.`,
    `..` and empty segments, backslashes and control characters (403), and checks the real path
    of the result, symlinks resolved, against the real path of `out` (403 when it leads out).
    """
    if len(target) > MAX_TARGET:
        return Target(404)
    parts = urlsplit(target)
    raw = parts.path
    if not raw.startswith("/") or "\\" in raw:
        return Target(403)
    try:
        path = unquote(raw, errors="strict")
    except UnicodeDecodeError:
        return Target(404)
    if "\\" in path or any(ord(c) < 32 or ord(c) == 127 for c in path):
        return Target(403)
    base = unquote(base_path)
    if not path.startswith(base):
        if path == "/" or path + "/" == base:
            return Target(302, location=base_path)
        return Target(404)
    rest = path[len(base):]
    trailing = rest == "" or rest.endswith("/")
    segments = rest.split("/")[:-1] if trailing else rest.split("/")
    if any(s in ("", ".", "..") for s in segments):
        return Target(403)

    root = os.path.realpath(out)
    if not os.path.isdir(root):
        return Target(404)
    real = os.path.realpath(os.path.join(root, *segments))
    if not _inside(real, root):
        return Target(403)
    if os.path.isdir(real):
        if not trailing:
            return Target(302, location=raw + "/" + (f"?{parts.query}" if parts.query else ""))
        real = os.path.realpath(os.path.join(real, "index.html"))
        if not _inside(real, root):
            return Target(403)
    elif trailing:
        return Target(404)
    if not os.path.isfile(real):
        return Target(404)
    return Target(200, file=Path(real))


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


# --------------------------------------------------------------------------------------------
# Host header (DNS rebinding)
# --------------------------------------------------------------------------------------------

_HOST = re.compile(r"(?:\[([0-9a-f:.]+)\]|([^:\[\]/@\s]+))(?::\d{1,5})?")
"""A Host header: a name or address, or an IPv6 address in brackets, and an optional port."""


_EVERY_INTERFACE = ("", "0.0.0.0", "::")


def allowed_hosts(host: str) -> frozenset[str]:
    """The names a request may give in its Host header: localhost, the loopback addresses, the
    host serve was started for and, when it listens on every interface, this machine's own name
    (any IP address is then accepted too: host_allowed)."""
    names = {"localhost", "127.0.0.1", "::1", host.strip("[]").lower()}
    if host in _EVERY_INTERFACE:
        machine = socket.gethostname().lower()
        names |= {machine, machine + ".local", "*"}
    return frozenset(n for n in names if n)


def host_allowed(header: str | None, allowed: frozenset[str]) -> bool:
    """Whether a Host header names this server (its port is not checked: the socket decided it).
    A web page on evil.example that rebinds its name to 127.0.0.1 still sends `Host: evil.example`,
    which is refused, as Vite and webpack-dev-server refuse it; so is a request with no Host."""
    if not header:
        return False
    m = _HOST.fullmatch(header.strip().lower())
    if m is None:
        return False
    name = (m.group(1) or m.group(2)).rstrip(".")
    if name in allowed or name.endswith(".localhost"):  # *.localhost never leaves the machine (RFC 6761)
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    # a bare address names no site an attacker controls; only the ones serve listens on are answered
    return address.is_loopback or "*" in allowed


# --------------------------------------------------------------------------------------------
# Error page
# --------------------------------------------------------------------------------------------

def _excerpt(root: Path | None, error: BlogbuildError, around: int = 2) -> str:
    """The lines around error.line of the file it names (inside the site only), the line marked."""
    if root is None or not error.path or not error.line:
        return ""
    path = (root / error.path).resolve()
    if not _inside(str(path), str(root)) or not path.is_file():
        return ""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    first, last = max(1, error.line - around), min(len(lines), error.line + around)
    rows = []
    for n in range(first, last + 1):
        mark = ' class="here"' if n == error.line else ""
        rows.append(f"<span{mark}>{n:>4} | {html.escape(lines[n - 1])}</span>")
    return f'<pre class="source">{chr(10).join(rows)}</pre>' if rows else ""


def error_page(error: BaseException, root: Path | None = None) -> bytes:
    """The page shown instead of every HTML page while the last build failed (Zola-style): each
    error's file:line:col and message, and the lines of that file around it."""
    if isinstance(error, ManyErrors):
        items = list(error.errors)
    else:
        items = [error]
    blocks = []
    for item in items:
        excerpt = ""
        if isinstance(item, BlogbuildError):
            where = item.location if item.path else ""
            text = str(item)
            excerpt = _excerpt(root, item)
        else:
            where = ""
            text = "".join(traceback.format_exception(type(item), item, item.__traceback__))
        head = f'<p class="where">{html.escape(where)}</p>' if where else ""
        blocks.append(f"<section>{head}<pre>{html.escape(text)}</pre>{excerpt}</section>")
    count = f"{len(items)} errors" if len(items) > 1 else "1 error"
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Build failed · blogbuild serve</title>
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #fff5f5; color: #222; }}
header {{ background: #b3261e; color: #fff; padding: 1rem 2rem; }}
h1 {{ margin: 0; font-size: 1.4rem; }}
main {{ padding: 1rem 2rem; }}
.where {{ font: 600 1rem ui-monospace, monospace; margin: 1rem 0 .25rem; }}
pre {{ white-space: pre-wrap; background: #fff; border-left: 4px solid #b3261e; padding: .75rem 1rem;
       font: .95rem/1.45 ui-monospace, monospace; }}
pre.source {{ border-left-color: #999; color: #555; }}
pre.source .here {{ color: #b3261e; font-weight: 600; }}
footer {{ color: #666; padding: 0 2rem 2rem; font-size: .9rem; }}
</style>
</head>
<body>
<header><h1>Build failed: {count}</h1></header>
<main id="blogbuild-error">
{''.join(blocks)}
</main>
<footer>Fix the file and save: this page reloads by itself. Until then other files are served from
the last good build.</footer>
</body>
</html>
"""
    return page.encode("utf-8")


# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------

class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512
    """The listen backlog (socketserver's default is 5): a page with many assets, or a burst of
    200 connections, waits in the kernel's queue instead of being refused."""
    block_on_close = False  # idle keep-alive connections must not hold up stop()
    site: SiteServer

    def server_bind(self) -> None:
        # HTTPServer.server_bind does a reverse DNS lookup (getfqdn), which can hang; skip it.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def handle_error(self, request, client_address) -> None:
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return  # the browser went away; nothing to report
        super().handle_error(request, client_address)


class _HTTPServer6(_HTTPServer):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    protocol_version = "HTTP/1.1"
    timeout = 60  # idle keep-alive connections end after a minute
    server_version = "blogbuild-serve"

    def do_GET(self) -> None:
        self._respond(head=False)

    def do_HEAD(self) -> None:
        self._respond(head=True)

    def log_message(self, format: str, *args) -> None:
        pass  # one line per rebuild is what the terminal shows; not one per request

    def _respond(self, *, head: bool) -> None:
        site = self.server.site
        if not host_allowed(self.headers.get("Host"), site.allowed_hosts):
            names = ", ".join(sorted(site.allowed_hosts - {"*"}))
            body = f"403 Forbidden: this server answers only to the host names {names} (serve --host NAME)\n".encode()
            self._send(403, body, "text/plain; charset=utf-8", head)
            return
        if not head and self.path.split("?", 1)[0] == EVENTS_PATH:
            self._events(site)
            return
        epoch, error, base_path = site.snapshot()
        target = resolve_target(site.out, base_path, self.path)
        if target.status == 302:
            self._send(302, b"", "text/plain; charset=utf-8", head, location=target.location)
        elif target.status == 403:
            self._send(403, b"403 Forbidden\n", "text/plain; charset=utf-8", head)
        elif error is not None and (target.status == 404 or target.file.suffix in (".html", ".htm")):
            self._send(500, inject(error_page(error, site.root), epoch), "text/html; charset=utf-8", head)
        elif target.status == 404:
            self._not_found(site, epoch, base_path, head)
        else:
            self._file(target.file, epoch, head, site, base_path)

    def _not_found(self, site: SiteServer, epoch: str, base_path: str, head: bool) -> None:
        try:
            body = (site.out / "404.html").read_bytes()
        except OSError:
            body = f"404 Not Found (this site is served at {base_path})\n".encode()
            self._send(404, body, "text/plain; charset=utf-8", head)
            return
        self._send(404, inject(body, epoch), "text/html; charset=utf-8", head)

    def _file(self, path: Path, epoch: str, head: bool, site: SiteServer, base_path: str) -> None:
        ctype = content_type(path.name)
        try:
            # not `with open(...)`: only open()'s OSError means 404; `with f:` below closes the file
            f = open(path, "rb")  # noqa: SIM115
        except OSError:  # gone between resolving and opening (a rebuild removed or replaced it)
            self._not_found(site, epoch, base_path, head)
            return
        with f:
            if ctype.startswith("text/html"):
                self._send(200, inject(f.read(), epoch), ctype, head)
                return
            size = os.fstat(f.fileno()).st_size
            self._headers(200, ctype, size)
            if not head:
                shutil.copyfileobj(f, self.wfile)

    def _headers(self, status: int, ctype: str, length: int, location: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(length))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        if location is not None:
            self.send_header("Location", location)
        self.end_headers()

    def _send(self, status: int, body: bytes, ctype: str, head: bool, location: str | None = None) -> None:
        self._headers(status, ctype, len(body), location)
        if not head:
            self.wfile.write(body)

    def _events(self, site: SiteServer) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        last: tuple[str, bool] | None = None
        try:
            self.wfile.write(b"retry: 500\n\n")
            while True:
                state = site.wait_for_state(last, KEEPALIVE_SECONDS)
                if state is None:
                    return
                if state == last:
                    self.wfile.write(b": ping\n\n")
                    continue
                epoch, busy = state
                if last is None or epoch != last[0]:
                    self.wfile.write(f"event: epoch\ndata: {epoch}\n\n".encode())
                if busy != (last[1] if last is not None else False):
                    self.wfile.write(f"event: building\ndata: {int(busy)}\n\n".encode())
                last = state
        except OSError:
            return


class _Either:
    """stop_event for watchfiles: set when either event is."""

    def __init__(self, *events: threading.Event) -> None:
        self.events = events

    def is_set(self) -> bool:
        return any(e.is_set() for e in self.events)


class SourceFilter(watchfiles.DefaultFilter):
    """DefaultFilter (.git, *.swp, *~, ...) plus Emacs lock files and Vim's '4913' probe."""

    ignore_entity_patterns = (*watchfiles.DefaultFilter.ignore_entity_patterns, r"^\.#", r"^4913$")


def describe_changes(root: Path, changes: Iterable[tuple[object, str]]) -> str:
    """'posts/a.md modified' or 'posts/a.md modified, static/x.css added (+3 more)'."""
    names = {1: "added", 2: "modified", 3: "deleted"}
    seen: dict[str, str] = {}
    for change, path in changes:
        try:
            rel = Path(path).relative_to(root).as_posix()
        except ValueError:
            rel = path
        seen[rel] = names.get(int(change), "changed")  # type: ignore[call-overload]
    items = [f"{rel} {kind}" for rel, kind in sorted(seen.items())]
    if len(items) <= 3:
        return ", ".join(items) or "no change"
    return ", ".join(items[:2]) + f" (+{len(items) - 2} more)"


def _default_log(line: str) -> None:
    print(line, flush=True)


class SiteServer:
    """A running `blogbuild serve`: start() builds once and serves; stop() ends everything."""

    def __init__(self, root: Path | str = ".", *, host: str = "127.0.0.1", port: int = 8000,
                 drafts: bool = False, log: Callable[[str], None] = _default_log, math: str = "client") -> None:
        """math: "client" (the default whatever blog.yaml says: a save shows at once, no
        typesetting at build time) or "server" (previews what `build --math server` deploys)."""
        self.root = Path(root).resolve()
        self.host = host
        self.allowed_hosts = allowed_hosts(host)
        self.port = port
        self.drafts = drafts
        self.math = math
        self.log = log
        self._tmp: Path | None = None
        self.out = Path()
        self._cond = threading.Condition()
        self._serial = 0
        self._instance = os.urandom(4).hex()
        self._error: BaseException | None = None
        self._base_path = "/"
        self._stop = threading.Event()
        self._restart_dirs = threading.Event()
        self._busy = False
        self._changes: queue.Queue = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._httpd: _HTTPServer | None = None
        self.origin = ""
        self.builds = 0

    # -- state shared with the request threads ------------------------------------------------

    @property
    def epoch(self) -> str:
        return f"{self._instance}-{self._serial}"

    def snapshot(self) -> tuple[str, BaseException | None, str]:
        with self._cond:
            return self.epoch, self._error, self._base_path

    def wait_for_state(self, last: tuple[str, bool] | None, timeout: float) -> tuple[str, bool] | None:
        """(epoch, rebuilding) once it differs from `last` or `timeout` passed; None when stopping."""
        with self._cond:
            if not self._stop.is_set() and (self.epoch, self._busy) == last:
                self._cond.wait(timeout)
            return None if self._stop.is_set() else (self.epoch, self._busy)

    @property
    def url(self) -> str:
        return self.origin + self._base_path

    @property
    def error(self) -> BaseException | None:
        return self._error

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> SiteServer:
        if not (self.root / CONFIG_NAME).is_file():
            raise BlogbuildError(f"no {CONFIG_NAME} in {self.root}", hint="is this the site's root folder?")
        cls = _HTTPServer6 if ":" in self.host else _HTTPServer
        try:
            self._httpd = cls((self.host, self.port), _Handler)
        except OSError as e:
            raise BlogbuildError(f"cannot listen on {self.host}:{self.port}: {e.strerror or e}",
                                 hint="is another server running there? try --port") from None
        self._httpd.site = self
        port = self._httpd.server_address[1]
        shown = self.host
        if shown in ("", "0.0.0.0", "::"):
            shown = "127.0.0.1"
        if ":" in shown:
            shown = f"[{shown}]"
        self.origin = f"http://{shown}:{port}"
        self._tmp = Path(tempfile.mkdtemp(prefix="blogbuild-serve-"))
        self.out = self._tmp / "site"

        ready = [threading.Event(), threading.Event()]
        self._spawn(self._watch_root, ready[0], name="blogbuild-watch-root")
        self._spawn(self._watch_dirs, ready[1], name="blogbuild-watch-dirs")
        for event in ready:
            event.wait(5)
        self._rebuild("initial build")
        self._spawn(self._build_loop, name="blogbuild-builder")
        self._spawn(self._httpd.serve_forever, 0.1, name="blogbuild-http")
        return self

    def stop(self) -> None:
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        self._changes.put(None)
        if self._httpd is not None:
            if any(t.name == "blogbuild-http" for t in self._threads):
                self._httpd.shutdown()
            self._httpd.server_close()
        if self._busy:
            self.log("Waiting for the running build to finish...")
        for t in self._threads:
            t.join(60 if t.name == "blogbuild-builder" else 5)
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)

    def __enter__(self) -> SiteServer:  # noqa: PYI034 -- start() returns self
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _spawn(self, target: Callable, *args: object, name: str) -> None:
        t = threading.Thread(target=target, args=args, name=name, daemon=True)
        t.start()
        self._threads.append(t)

    # -- building -----------------------------------------------------------------------------

    def _rebuild(self, reason: str) -> None:
        started = time.perf_counter()
        error: BaseException | None = None
        base_path = None
        report = None
        try:
            config = load_config(self.root)
            base_path = config.base_path
            report = build(self.root, drafts=self.drafts, base_url=self.origin + base_path, output=self.out,
                           search=False, math=self.math)
        except Exception as e:  # noqa: BLE001 -- nothing a build does may kill the server
            error = e
        seconds = time.perf_counter() - started
        # nothing changed, or a build that wrote and deleted nothing (a file saved unchanged)
        skipped = report is not None and (getattr(report, "skipped", False) or (
            getattr(report, "written", 1) == 0 and getattr(report, "removed", 1) == 0))
        with self._cond:
            # a build that found nothing changed (and ends no error) leaves the tabs alone
            reload = not (skipped and self._error is None)
            self._error = error
            if error is None and base_path is not None:
                self._base_path = base_path
            if reload:
                self._serial += 1
            self.builds += 1
            self._busy = False
            self._cond.notify_all()
        stamp = time.strftime("%H:%M:%S")
        if skipped:
            self.log(f"[{stamp}] {reason}: nothing to rebuild ({seconds:.2f} s)")
        elif report is not None:
            rendered = getattr(report, "rendered", None)
            posts = f"{report.posts} posts" + (f" ({rendered} rendered)" if rendered is not None else "")
            self.log(f"[{stamp}] {reason}: built {posts}, {report.pages} pages in {seconds:.2f} s")
        else:
            if isinstance(error, BlogbuildError):
                text = str(error)
            else:
                text = "".join(traceback.format_exception(type(error), error, error.__traceback__)).rstrip()
            lines = text.splitlines() or [""]
            self.log(f"[{stamp}] {reason}: build failed in {seconds:.2f} s: {lines[0]}")
            for line in lines[1:]:
                self.log(f"    {line}")

    def _build_loop(self) -> None:
        while True:
            batch = self._changes.get()
            if batch is None:
                return
            changes = set(batch)
            while True:  # coalesce whatever else arrived meanwhile
                try:
                    more = self._changes.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    return
                changes |= set(more)
            if self._stop.is_set():
                return
            with self._cond:
                self._busy = True  # open tabs show "Rebuilding..." until the new epoch or the all-clear
                self._cond.notify_all()
            self._rebuild(describe_changes(self.root, changes))

    # -- watching -----------------------------------------------------------------------------

    def _watch_root(self, ready: threading.Event) -> None:
        """blog.yaml, and the source folders appearing or vanishing (not recursive)."""
        names = {CONFIG_NAME, *SOURCE_DIRS}

        def wanted(_change: object, path: str) -> bool:
            return Path(path).name in names and Path(path).parent == self.root

        ready.set()
        for changes in watchfiles.watch(self.root, recursive=False, watch_filter=wanted,
                                        stop_event=self._stop, raise_interrupt=False):
            if any(Path(p).name in SOURCE_DIRS and int(c) != 2 for c, p in changes):
                self._restart_dirs.set()
            self._changes.put(changes)

    def _watch_dirs(self, ready: threading.Event) -> None:
        """posts/ pages/ comments/ templates/ static/ (SOURCE_DIRS), recursively; restarted when one appears or goes."""
        restarted = False
        while not self._stop.is_set():
            self._restart_dirs.clear()
            dirs = [self.root / d for d in SOURCE_DIRS if (self.root / d).is_dir()]
            ready.set()
            if not dirs:
                self._restart_dirs.wait(0.2)
                restarted = True
                continue
            try:
                # A file written while the watch restarts (templates/ made, then a template saved in
                # it) is seen by no watcher: once the new watch runs (its first timeout), rebuild.
                catch_up, restarted = restarted, True
                for changes in watchfiles.watch(*dirs, watch_filter=SourceFilter(),
                                                stop_event=_Either(self._stop, self._restart_dirs),
                                                raise_interrupt=False, rust_timeout=100, yield_on_timeout=True):
                    if catch_up:
                        changes = changes or {(watchfiles.Change.modified, os.fspath(d)) for d in dirs}
                        catch_up = False
                    if changes:
                        self._changes.put(changes)
            except (FileNotFoundError, OSError):  # a folder vanished while starting to watch it
                self._stop.wait(0.2)


def serve(root: Path | str = ".", *, host: str = "127.0.0.1", port: int = 8000, drafts: bool = False,
          open_browser: bool = False, math: str = "client") -> int:
    """The CLI's `serve`: runs until Ctrl-C (or SIGTERM), then stops cleanly and returns 0."""
    server = SiteServer(root, host=host, port=port, drafts=drafts, math=math)
    previous = None
    if threading.current_thread() is threading.main_thread():
        owner = os.getpid()

        def _term(signum: int, _frame: object) -> None:
            if os.getpid() != owner:  # a forked build worker that inherited this handler: just die
                signal.signal(signum, signal.SIG_DFL)
                os.kill(os.getpid(), signum)
                return
            raise KeyboardInterrupt
        previous = signal.signal(signal.SIGTERM, _term)
    stop_signals = {signal.SIGINT: None, signal.SIGTERM: None}
    try:
        server.start()  # Ctrl-C here interrupts the initial build (KeyboardInterrupt)
        print(f"Serving {server.root} at {server.url} (Ctrl-C to stop)", flush=True)
        if host in ("", "0.0.0.0", "::"):
            print(f"Listening on all interfaces ({host or '0.0.0.0'}): anyone on your network can read "
                  "this site", flush=True)
        if open_browser:
            import webbrowser

            threading.Thread(target=webbrowser.open, args=(server.url,), daemon=True).start()
        requested: list[int] = []
        if threading.current_thread() is threading.main_thread():
            # From now on a signal only sets a flag: a KeyboardInterrupt raised inside a lock's
            # wait (Event.wait) can leave that lock held, and stop() would then wait for it forever.
            def _request_stop(signum: int, _frame: object) -> None:
                if os.getpid() != owner:  # a forked build worker that inherited this handler: just die
                    signal.signal(signum, signal.SIG_DFL)
                    os.kill(os.getpid(), signum)
                    return
                requested.append(signum)

            for signum in stop_signals:
                stop_signals[signum] = signal.signal(signum, _request_stop)
        while not requested and not server._stop.is_set():
            time.sleep(0.1)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        for signum, handler in stop_signals.items():
            if handler is not None:
                signal.signal(signum, handler)
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    print("Stopped.", flush=True)
    return 0


__all__ = ["MARKER", "SiteServer", "Target", "content_type", "describe_changes", "error_page",
           "resolve_target", "serve"]
