"""PHP's serialize() format, read only: Typecho keeps some options (routingTable in old versions,
attachment records) in it. The format is small and stable since PHP 4; the PyPI ports are
unmaintained, so these forty lines are ours."""

from __future__ import annotations

import re

from blogbuild.importers.values import load_json

_SCALAR = re.compile(rb"([ibd]):([^;]*);|N;")
MAX_DEPTH = 64
"""Arrays in arrays deeper than this are refused (Typecho's own nest three deep): the reader
recurses, and thousands of levels would end in RecursionError."""


class PHPDataError(ValueError):
    pass


def php_unserialize(data: str) -> object:
    """Arrays become dicts (keys int or str); strings are counted in UTF-8 bytes as PHP does."""
    raw = data.encode("utf-8")
    value, end = _read(raw, 0, 0)
    if raw[end:].strip():
        raise PHPDataError(f"unexpected data at byte {end}")
    return value


def _read(raw: bytes, pos: int, depth: int) -> tuple[object, int]:
    kind = raw[pos:pos + 1]
    if kind == b"s":
        m = re.compile(rb"s:([0-9]{1,10}):\"").match(raw, pos)
        if not m:
            raise PHPDataError(f"bad string at byte {pos}")
        start = m.end()
        stop = start + int(m.group(1))
        if raw[stop:stop + 2] != b'";':
            raise PHPDataError(f"string length does not match at byte {pos}")
        return raw[start:stop].decode("utf-8", "replace"), stop + 2
    if kind == b"a" or kind == b"O":
        m = re.compile(rb"(?:a|O:[0-9]{1,10}:\"[^\"]*\"):([0-9]{1,10}):\{").match(raw, pos)
        if not m:
            raise PHPDataError(f"bad array at byte {pos}")
        if depth >= MAX_DEPTH:
            raise PHPDataError(f"arrays nested more than {MAX_DEPTH} deep at byte {pos}")
        pos = m.end()
        result: dict = {}
        for _ in range(int(m.group(1))):
            at = pos
            key, pos = _read(raw, pos, depth + 1)
            if not isinstance(key, (int, str)) or isinstance(key, bool):
                raise PHPDataError(f"an array key must be an integer or a string at byte {at}")
            result[key], pos = _read(raw, pos, depth + 1)
        if raw[pos:pos + 1] != b"}":
            raise PHPDataError(f"array not closed at byte {pos}")
        return result, pos + 1
    m = _SCALAR.match(raw, pos) if kind in (b"i", b"b", b"d", b"N") else None
    if not m:
        raise PHPDataError(f"unknown value at byte {pos}")
    if m.group(0) == b"N;":
        return None, m.end()
    text = m.group(2).decode("ascii", "replace")
    try:
        value: object = int(text) if m.group(1) in (b"i", b"b") else float(text)
    except ValueError:
        raise PHPDataError(f"bad number {text!r} at byte {pos}") from None
    return (bool(value) if m.group(1) == b"b" else value), m.end()


def php_or_json(text: str) -> object:
    """Typecho writes options as JSON since 1.2 and with serialize() before."""
    text = text.strip()
    if text[:1] in ("{", "["):
        return load_json(text)
    return php_unserialize(text)

