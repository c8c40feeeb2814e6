"""JSON over HTTP for the comment server: stdlib urllib, a deadline on every request, and every
fault (cannot connect, no answer in time, an HTTP error, a broken connection, an answer that is
not JSON) turned into one CommentServerError line that names the URL.

The deadline is for the whole answer, not for each read: socket timeouts alone let a server that
sends one byte a second hold a pull forever. A timer shuts the connection's socket down when the
deadline passes, which ends whatever read is waiting (headers or body)."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
import urllib.error
import urllib.request
from typing import Any

from blogbuild.errors import CommentServerError
from blogbuild.version import __version__

MAX_BYTES = 64 * 1024 * 1024
"""A bigger answer is refused: no blog's comments come near it, a broken server might."""


def request_json(url: str, *, timeout: float, body: Any = None, deadline: float | None = None) -> Any:
    """GET url (POST body as JSON when given) and return the decoded JSON answer, all of it within
    `timeout` seconds (and before `deadline`, a time.monotonic() value, when given)."""
    data = json.dumps(body).encode("utf-8") if body is not None else None
    request = urllib.request.Request(url, data=data, headers={
        "Accept": "application/json", "Content-Type": "application/json",
        "User-Agent": f"blogbuild/{__version__}"})
    end = time.monotonic() + timeout
    if deadline is not None and deadline < end:
        end = deadline
    watch = _Watch(end)
    try:
        if watch.left() <= 0:
            raise TimeoutError
        opener = urllib.request.build_opener(_HTTPHandler(watch), _HTTPSHandler(watch))
        with opener.open(request, timeout=watch.left()) as response:
            raw = response.read(MAX_BYTES + 1)
        if watch.fired:  # cut off: what was read is a part of the answer at most
            raise TimeoutError
    except urllib.error.HTTPError as e:
        raise CommentServerError(f"HTTP {e.code} {e.reason}", url) from None
    except urllib.error.URLError as e:
        raise CommentServerError(_reason(TimeoutError() if watch.fired else e.reason, timeout), url) from None
    except (TimeoutError, socket.timeout) as e:
        raise CommentServerError(_reason(e, timeout), url) from None
    except (http.client.HTTPException, OSError) as e:
        if watch.fired:
            raise CommentServerError(_reason(TimeoutError(), timeout), url) from None
        raise CommentServerError(f"connection broken: {_text(e)}", url) from None
    finally:
        watch.cancel()
    if len(raw) > MAX_BYTES:
        raise CommentServerError(f"answer larger than {MAX_BYTES // (1024 * 1024)} MB", url)
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise CommentServerError(f"the answer is not JSON ({_text(e)})", url) from None
    except RecursionError:  # [[[[…]]]] thousands deep: no comment server nests its answer so
        raise CommentServerError("the answer is not JSON a comment server sends (nested too deeply)", url) from None


class _Watch:
    """The deadline of one request (with its redirects): shuts each connection down when it passes."""

    def __init__(self, end: float) -> None:
        self.end = end
        self.fired = False
        self._timers: list[threading.Timer] = []
        self._sockets: list[socket.socket] = []

    def left(self) -> float:
        return self.end - time.monotonic()

    def connection(self, base: type[http.client.HTTPConnection]) -> type[http.client.HTTPConnection]:
        watch = self

        class Watched(base):  # type: ignore[misc,valid-type]
            def connect(self) -> None:
                super().connect()
                watch._sockets.append(self.sock)
                timer = threading.Timer(max(0.0, watch.left()), watch.cut, (self.sock,))
                timer.daemon = True
                watch._timers.append(timer)
                timer.start()

        return Watched

    def cut(self, sock: socket.socket) -> None:
        self.fired = True
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already closed

    def cancel(self) -> None:
        """At the end of the request, answered or not: no timer left, and every connection closed
        now (a connection cut by the deadline, or left by an error, is not left to the garbage
        collector: it would warn of an unclosed socket at some later, unrelated moment)."""
        for timer in self._timers:
            timer.cancel()
        for sock in self._sockets:
            sock.close()


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, watch: _Watch) -> None:
        super().__init__()
        self.watch = watch

    def http_open(self, req):
        return self.do_open(self.watch.connection(http.client.HTTPConnection), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, watch: _Watch) -> None:
        super().__init__()
        self.watch = watch

    def https_open(self, req):
        return self.do_open(self.watch.connection(http.client.HTTPSConnection), req, context=self._context)


def _reason(reason: object, timeout: float) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, OSError):
        return f"cannot connect: {reason.strerror or _text(reason)}"
    return f"cannot connect: {_text(reason)}"


def _text(e: object) -> str:
    return " ".join(str(e).split()) or type(e).__name__
