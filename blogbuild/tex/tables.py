"""A table row split into cells the way the old site's Markdown engine split it.

Engines agree on what a table is (a header row, a delimiter row) but not on which `|` ends a cell,
and that decides whether `$P(A|B)$` in a cell was one formula or two broken halves:

- 'markdown-it' (markdown-it ≤ 14, so also blogbuild's own parser): a `|` right after a `\\` is part
  of the cell, and that backslash is dropped; cells past the header's count are dropped.
- 'gfm' (GitHub's spec, marked ≥ 0.4): a `|` after an odd run of backslashes is part of the cell,
  one backslash dropped (`\\\\|` ends the cell); cells past the header's count are dropped.
- 'all' (marked 0.3, kramed): every `|` ends a cell, and every cell is shown.
- 'kramdown': a `|` inside a code span, or right after a `\\` (dropped), is part of the cell; every
  cell is shown.
"""

from __future__ import annotations

import re

_CONTAINER = re.compile(r"[ \t]*(?:>[ \t]?[ \t]*)*")
"""The blockquote markers and indentation before a row (a table inside `> `)."""
_CODE = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")


def split_row(line: str, start: int, rule: str) -> list[tuple[str, list[int]]]:
    """The cells of the table row `line` (which starts at source offset start): each cell's text as
    the engine's inline parser got it, and the source offset of each of its characters."""
    at = _CONTAINER.match(line).end()
    row = line[at:].rstrip()
    pipes = _cell_ends(row, rule)
    cells: list[tuple[str, list[int]]] = []
    begin = 0
    for end in [*pipes, len(row)]:
        text, offsets = [], []
        for k in range(begin, end):
            if row[k] == "\\" and k + 1 < len(row) and row[k + 1] == "|" and k + 1 not in pipes and rule != "all":
                continue  # the backslash of an escaped pipe
            text.append(row[k])
            offsets.append(start + at + k)
        cells.append(_strip("".join(text), offsets))
        begin = end + 1
    if cells and not cells[0][0] and pipes and pipes[0] == len(row) - len(row.lstrip()):
        cells.pop(0)  # before a leading pipe
    if cells and not cells[-1][0] and pipes and pipes[-1] == len(row) - 1:
        cells.pop()  # after a trailing pipe
    return cells


def shown(rule: str, count: int, columns: int | None) -> int:
    """How many of a row's count cells the engine showed; columns: the header's count (None: this
    is the header)."""
    return min(count, columns) if columns is not None and rule in ("markdown-it", "gfm") else count


def _cell_ends(row: str, rule: str) -> list[int]:
    """Offsets in row of the pipes that end a cell."""
    code = [m.span() for m in _CODE.finditer(row)] if rule == "kramdown" else []
    ends = []
    for k, ch in enumerate(row):
        if ch != "|" or any(a <= k < b for a, b in code):
            continue
        slashes = k - len(row[:k].rstrip("\\"))
        if rule == "all" or (rule == "gfm" and slashes % 2 == 0) or (rule != "gfm" and slashes == 0):
            ends.append(k)
    return ends


def _strip(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    lead = len(text) - len(text.lstrip())
    trail = len(text.rstrip())
    return text[lead:trail], offsets[lead:trail]
