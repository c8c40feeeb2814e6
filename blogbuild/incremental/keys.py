"""Digests of template data: equal digests mean equal data, as templates see it.

Page keys (blogbuild/pages.py) use it for the variables every page shares (the config, labels,
recent comments, all tags, the URL helpers); what a page alone shows is keyed by cheaper post
identities there. Objects are digested once per Fingerprinter (memoised by identity), and a post's
HTML is stood for by the key it is cached under (`RenderedPost.key`), never hashed or loaded.

An object is digested as the repr() of a flat tuple: its class, and for each of its values either
the value itself, if repr() shows it faithfully (str, numbers, dates: `_PLAIN`), or the digest of
that value, computed the same way. repr() runs in C.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import operator
import pickle
from typing import Any

from markupsafe import Markup

from blogbuild.site.models import RenderedPost

_PLAIN = frozenset({str, int, float, bool, type(None), bytes, dt.datetime, dt.date, Markup})
"""Types whose repr() is exact (equal reprs mean equal values, and the type shows)."""
_GETTERS: dict[type, tuple[str, operator.attrgetter, int]] = {}


def _blake(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def short_digest(text: str) -> str:
    """A 32-character digest that stands for text in keys (keys stay short)."""
    return _blake(text).hex()


class Fingerprinter:
    """digest(obj) for the plain data of template contexts (the _PLAIN types, lists, tuples, dicts,
    dataclasses, bound methods; anything else is pickled). Composite objects are memoised by
    identity: digest them only after they stop changing, and keep the Fingerprinter no longer
    than the objects live."""

    def __init__(self) -> None:
        self._memo: dict[int, bytes] = {}
        self._keep: list[Any] = []  # memo keys are ids: keep the objects alive while memoised

    def digest(self, *objs: Any) -> str:
        return self._flat(objs).hex()

    def _flat(self, values: Any, tag: str = "") -> bytes:
        plain = _PLAIN
        return _blake(repr((tag, *[v if type(v) in plain else self._encode(v) for v in values])))

    def _encode(self, obj: Any) -> bytes:
        key = id(obj)
        found = self._memo.get(key)
        if found is not None:
            return found
        cls = type(obj)
        if cls is list or cls is tuple:
            out = self._flat(obj, cls.__name__)
        elif cls is dict:
            out = self._flat([x for item in obj.items() for x in item], "dict")
        elif cls is RenderedPost:
            out = _blake(repr(("RenderedPost", obj.key)))  # the key covers everything that makes the HTML
        elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            getter = _GETTERS.get(cls)
            if getter is None:
                names = tuple(f.name for f in dataclasses.fields(obj))
                getter = _GETTERS[cls] = (f"{cls.__module__}.{cls.__qualname__}", operator.attrgetter(*names),
                                          len(names))
            values = getter[1](obj)
            out = self._flat(values if getter[2] > 1 else (values,), getter[0])
        elif hasattr(obj, "__self__") and hasattr(obj, "__func__"):  # a bound method: function and object
            out = self._flat([obj.__func__.__qualname__, vars(obj.__self__)], "method")
        elif type(obj) in _PLAIN:
            out = _blake(repr(obj))
        else:  # anything else (time zones, enums): pickled, which names the class and its state
            out = _blake(repr(("pickle", pickle.dumps(obj, protocol=5))))
        self._memo[key] = out
        self._keep.append(obj)
        return out
