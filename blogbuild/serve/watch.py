"""What serve watches: editor scratch files ignored, a batch of changes named in one line."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

import watchfiles


class Either:
    """stop_event for watchfiles: set when either event is."""

    def __init__(self, *events: threading.Event) -> None:
        self.events = events

    def is_set(self) -> bool:
        return any(e.is_set() for e in self.events)


class SourceFilter(watchfiles.DefaultFilter):
    """DefaultFilter (.git, *.swp, *~, ...) plus Emacs lock files and Vim's '4913' probe."""

    ignore_entity_patterns = (*watchfiles.DefaultFilter.ignore_entity_patterns, r"^\.#", r"^4913$")


def describe_changes(root: Path, changes: Iterable[tuple[object, str]]) -> str:
    """'posts/a.md modified' or 'posts/a.md modified, static/x.css added (+3 more)'."""
    names = {1: "added", 2: "modified", 3: "deleted"}
    seen: dict[str, str] = {}
    for change, path in changes:
        try:
            rel = Path(path).relative_to(root).as_posix()
        except ValueError:
            rel = path
        seen[rel] = names.get(int(change), "changed")  # type: ignore[call-overload]
    items = [f"{rel} {kind}" for rel, kind in sorted(seen.items())]
    if len(items) <= 3:
        return ", ".join(items) or "no change"
    return ", ".join(items[:2]) + f" (+{len(items) - 2} more)"
