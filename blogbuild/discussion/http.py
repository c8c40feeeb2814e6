"""JSON over HTTP for the comment server: stdlib urllib, a timeout on every request, and every
fault (cannot connect, no answer in time, an HTTP error, a broken connection, an answer that is
not JSON) turned into one CommentServerError line that names the URL."""

from __future__ import annotations

import http.client
import json
import socket
import urllib.error
import urllib.request
from typing import Any

from blogbuild import __version__
from blogbuild.errors import CommentServerError

MAX_BYTES = 64 * 1024 * 1024
"""A bigger answer is refused: no blog's comments come near it, a broken server might."""


def request_json(url: str, *, timeout: float, body: Any = None) -> Any:
    """GET url (POST body as JSON when given) and return the decoded JSON answer."""
    data = json.dumps(body).encode("utf-8") if body is not None else None
    request = urllib.request.Request(url, data=data, headers={
        "Accept": "application/json", "Content-Type": "application/json",
        "User-Agent": f"blogbuild/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) only (config)
            raw = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as e:
        raise CommentServerError(f"HTTP {e.code} {e.reason}", url) from None
    except urllib.error.URLError as e:
        raise CommentServerError(_reason(e.reason, timeout), url) from None
    except (TimeoutError, socket.timeout) as e:
        raise CommentServerError(_reason(e, timeout), url) from None
    except (http.client.HTTPException, OSError) as e:
        raise CommentServerError(f"connection broken: {_text(e)}", url) from None
    if len(raw) > MAX_BYTES:
        raise CommentServerError(f"answer larger than {MAX_BYTES // (1024 * 1024)} MB", url)
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise CommentServerError(f"the answer is not JSON ({_text(e)})", url) from None


def _reason(reason: object, timeout: float) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, OSError):
        return f"cannot connect: {reason.strerror or _text(reason)}"
    return f"cannot connect: {_text(reason)}"


def _text(e: object) -> str:
    return " ".join(str(e).split()) or type(e).__name__
