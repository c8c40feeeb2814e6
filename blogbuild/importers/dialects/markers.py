"""Placeholders standing for a piece of text while the rest of a document is converted.

Each is made from a marker that occurs nowhere in the document, nor in its entity-decoded form
(the HTML parser decodes `&#80;` into `P`): a post that happens to contain `BBMATHPLACEHOLDER7X`
(a post about this importer, or a hostile export) is never taken for one of ours.
"""

from __future__ import annotations

import html as htmllib
import re


def unused_marker(stem: str, *texts: str) -> str:
    """stem, or stem with a suffix, occurring in none of texts (nor their entity-decoded forms).
    A suffix ends in a letter, so the number a placeholder appends stays apart from it."""
    forms = [t for text in texts for t in (text, htmllib.unescape(text) if "&" in text else text)]
    marker, n = stem, 0
    while any(marker in text for text in forms):
        n += 1
        marker = f"{stem}Q{n}Q"
    return marker


class Placeholders:
    """Numbered placeholders `<marker><n>X`, each standing for one kept item."""

    def __init__(self, stem: str, *texts: str) -> None:
        self.marker = unused_marker(stem, *texts)
        self.pattern = re.compile(re.escape(self.marker) + r"(\d+)X")
        self.items: list = []

    def add(self, item: object) -> str:
        self.items.append(item)
        return f"{self.marker}{len(self.items) - 1}X"

    def item(self, m: re.Match) -> object:
        return self.items[int(m.group(1))]

    def restore(self, text: str) -> str:
        """text with each placeholder replaced by its item (a str)."""
        return self.pattern.sub(lambda m: str(self.item(m)), text)
