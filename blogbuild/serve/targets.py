"""Request target → file, redirect or refusal, and the content type of a file: pure, no HTTP here."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

MAX_TARGET = 2048
"""Longer request targets get 404 without touching the file system."""
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
    if not inside(real, root):
        return Target(403)
    if os.path.isdir(real):
        if not trailing:
            return Target(302, location=raw + "/" + (f"?{parts.query}" if parts.query else ""))
        real = os.path.realpath(os.path.join(real, "index.html"))
        if not inside(real, root):
            return Target(403)
    elif trailing:
        return Target(404)
    if not os.path.isfile(real):
        return Target(404)
    return Target(200, file=Path(real))


def inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)
