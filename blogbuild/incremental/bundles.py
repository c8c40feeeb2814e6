"""The search index's memory (write/search_index.py) in the build cache's store: for each bundle's
place, the content key of the pages it was last made from and its files. One entry a place, so
the store holds one index's worth, however many builds re-indexed a bundle; a key made by other
code (another blogbuild, another Pagefind: code_fingerprint) never matches."""

from __future__ import annotations

from blogbuild.incremental.keys import code_fingerprint
from blogbuild.incremental.store import Store

KIND = "search-bundle"


class StoredBundles:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.code = code_fingerprint()

    def get(self, prefix: str) -> tuple[str, list[tuple[str, bytes]]] | None:
        found = self.store.entries(KIND, [prefix]).get(prefix)
        if not (isinstance(found, tuple) and len(found) == 3 and found[0] == self.code):
            return None
        return found[1], found[2]

    def put(self, prefix: str, key: str, files: list[tuple[str, bytes]]) -> None:
        self.store.put(KIND, prefix, (self.code, key, files))
