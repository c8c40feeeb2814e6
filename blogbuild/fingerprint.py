"""Digests of template contexts: equal digests mean a template renders equal bytes.

A page's key is the digest of what its template can see. It is computed for every page on every
build, so it must be cheap: objects shared between pages (a post's link appears on its neighbours'
pages, on index, tag and archive pages) are digested once per build, and a post's HTML is stood for
by the key it is cached under (`RenderedPost.key`), never hashed or even loaded.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import pickle
from typing import Any

from blogbuild.models import RenderedPost

_FIELDS: dict[type, tuple[str, ...]] = {}


class Fingerprinter:
    """digest(obj) for the plain data of template contexts (str, numbers, dates, lists, dicts,
    dataclasses, bound methods). Composite objects are memoised by identity: digest them only
    after they stop changing, and keep the Fingerprinter no longer than the objects live."""

    def __init__(self) -> None:
        self._memo: dict[int, bytes] = {}
        self._keep: list[Any] = []  # memo keys are ids: keep the objects alive while memoised

    def digest(self, *objs: Any) -> str:
        h = hashlib.blake2b(digest_size=16)
        for obj in objs:
            h.update(self._encode(obj))
        return h.hexdigest()

    def _composite(self, obj: Any, parts: list[bytes]) -> bytes:
        h = hashlib.blake2b(digest_size=16)
        for part in parts:
            h.update(part)
        out = b"h" + h.digest()
        self._memo[id(obj)] = out
        self._keep.append(obj)
        return out

    def _encode(self, obj: Any) -> bytes:
        cls = type(obj)
        if cls is str:
            data = obj.encode("utf-8", "surrogatepass")
            return b"s%d:" % len(data) + data
        if obj is None or cls is bool:
            return b"N" if obj is None else (b"T" if obj else b"F")
        if cls is int:
            return b"i%d;" % obj
        memo = self._memo.get(id(obj))
        if memo is not None:
            return memo
        if cls is list or cls is tuple:
            return self._composite(obj, [b"l" if cls is list else b"u", b"%d;" % len(obj)]
                                   + [self._encode(x) for x in obj])
        if cls is dict:
            parts = [b"d%d;" % len(obj)]
            for k, v in obj.items():
                parts += [self._encode(k), self._encode(v)]
            return self._composite(obj, parts)
        if cls is RenderedPost:
            return self._composite(obj, [b"R", obj.key.encode(), b"T" if obj.has_more else b"F"])
        if cls is dt.datetime or cls is dt.date:
            return self._encode(f"{cls.__name__} {obj.isoformat()} {obj.tzinfo if cls is dt.datetime else ''}")
        if isinstance(obj, str):  # Markup and other str types render differently from str
            return self._encode((cls.__qualname__, str(obj)))
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            names = _FIELDS.get(cls)
            if names is None:
                names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(obj))
            return self._composite(obj, [b"c", cls.__qualname__.encode(), b";"]
                                   + [self._encode(getattr(obj, name)) for name in names])
        if hasattr(obj, "__self__") and hasattr(obj, "__func__"):  # a bound method: its function and object
            return self._composite(obj, [b"m", obj.__func__.__qualname__.encode(), b";",
                                         self._encode(vars(obj.__self__))])
        if cls is float:
            return b"f" + repr(obj).encode() + b";"
        # Anything else (time zones, enums): pickled, which names the class and its state.
        data = pickle.dumps(obj, protocol=5)
        return b"p%d:" % len(data) + data
