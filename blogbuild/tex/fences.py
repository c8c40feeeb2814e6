"""Fenced code blocks found line by line, for the scans that read a post a line at a time.

kramdown's attribute lists (importers/kramdown_attrs.py) and its math blocks (tex/view.py) are
looked for line by line, and neither may be found inside a fenced code block: both ask `Fences`.
"""

from __future__ import annotations

import re

_OPENING = re.compile(r"^ {0,3}(`{3,}|~{3,})")


class Fences:
    """Whether each line given, in order, belongs to a fenced code block (outside containers): its
    opening line, its content or its closing line (a run of the same character, at least as long)."""

    def __init__(self) -> None:
        self._closing: re.Pattern[str] | None = None

    def code(self, line: str) -> bool:
        if self._closing is not None:
            if self._closing.match(line):
                self._closing = None
            return True
        opening = _OPENING.match(line)
        if opening:
            self._closing = re.compile(r"^ {0,3}" + re.escape(opening.group(1)) + r"+[ \t]*$")
            return True
        return False
