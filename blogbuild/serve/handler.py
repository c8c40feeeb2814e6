"""The HTTP side of `blogbuild serve`: the files of the last good build, the error page, the
live-reload event stream (Server-Sent Events)."""

from __future__ import annotations

import os
import shutil
import socket
import socketserver
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING

from blogbuild.serve.error_page import error_page
from blogbuild.serve.hosts import host_allowed
from blogbuild.serve.livereload import EVENTS_PATH, inject
from blogbuild.serve.notice import with_notice
from blogbuild.serve.targets import content_type, resolve_target

if TYPE_CHECKING:
    from blogbuild.serve.server import SiteServer

KEEPALIVE_SECONDS = 15.0
"""An SSE comment this often, so streams of closed tabs are noticed and their threads end."""


class SiteHTTPServer(ThreadingHTTPServer):
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


class SiteHTTPServer6(SiteHTTPServer):
    address_family = socket.AF_INET6


class Handler(BaseHTTPRequestHandler):
    server: SiteHTTPServer
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
                body = inject(f.read(), epoch)
                notes = site.notices.get(os.path.relpath(path, site.out).replace(os.sep, "/"))
                self._send(200, with_notice(body, notes) if notes else body, ctype, head)
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
        last: tuple[str, bool, int] | None = None
        try:
            self.wfile.write(b"retry: 500\n\n")
            while True:
                state = site.wait_for_state(last, KEEPALIVE_SECONDS)
                if state is None:
                    return
                if state == last:
                    self.wfile.write(b": ping\n\n")
                    continue
                epoch, busy, rebuilds = state
                # a rebuild that began and ended while this thread waited for the CPU (a busy
                # machine): the tab still hears "building", then the epoch, then the all-clear
                missed = last is not None and rebuilds != last[2] and not busy and not last[1]
                if missed:
                    self.wfile.write(b"event: building\ndata: 1\n\n")
                if last is None or epoch != last[0]:
                    self.wfile.write(f"event: epoch\ndata: {epoch}\n\n".encode())
                if missed or busy != (last[1] if last is not None else False):
                    self.wfile.write(f"event: building\ndata: {int(busy)}\n\n".encode())
                last = state
        except OSError:
            return
