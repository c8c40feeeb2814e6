"""Reading source files: UTF-8 (a BOM is accepted), CRLF normalised, bad bytes located."""

from __future__ import annotations

from pathlib import Path

from blogbuild.errors import BlogbuildError


def read_bytes(path: Path | str, display: str | Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        raise BlogbuildError(f"cannot read file: {e.strerror}", display) from None


def read_text(path: Path | str, display: str | Path) -> str:
    return decode_text(read_bytes(path, display), display)


def decode_text(data: bytes, display: str | Path) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise BlogbuildError(f"not valid UTF-8: byte 0x{data[e.start]:02x} at offset {e.start}",
                             display, line, hint="save the file as UTF-8") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
