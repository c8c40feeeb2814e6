"""The formula cache's memory (render/formula_cache.py) in the build cache's store: each entry a
page-independent formula's typeset HTML, kept between builds under its key (never pruned: an
edit's build looks up only its post's formulas, and the others stay good)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from blogbuild.incremental.store import Store

KIND = "formula"


class StoredFormulas:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._new: dict[str, Any] = {}  # this build's, until the store commits them

    def get(self, keys: Sequence[str]) -> dict[str, Any]:
        found = {k: self._new[k] for k in keys if k in self._new}
        rest = [k for k in keys if k not in found]
        if rest:
            found.update(self.store.entries(KIND, rest))
        return found

    def put(self, entries: dict[str, Any]) -> None:
        for key, entry in entries.items():
            self._new[key] = entry
            self.store.put(KIND, key, entry)
