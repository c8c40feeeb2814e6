"""A short digest of plain data and long texts, for keys made without incremental/keys.py's
Fingerprinter (which digests any object, one part at a time: too slow for 20,000 comments)."""

from __future__ import annotations

import hashlib
from typing import Any


def digest_of(inputs: Any, texts: list[str]) -> str:
    """The digest of inputs, made of plain values (str, numbers, dates, None, tuples, lists) whose
    repr() shows every value and type exactly, and of texts (long ones: repr() would escape every
    backslash of their TeX, at ~3 times the cost of hashing them)."""
    head = repr((inputs, [len(text) for text in texts])).encode("utf-8", "surrogatepass")
    h = hashlib.blake2b(len(head).to_bytes(8, "little") + head, digest_size=16)
    h.update("".join(texts).encode("utf-8", "surrogatepass"))
    return h.hexdigest()
