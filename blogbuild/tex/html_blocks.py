"""Where the old engine ended an HTML block.

CommonMark ends `<div>` or `<details>` at the first blank line, and what follows is Markdown again.
Older engines read the block to its closing tag, blank lines included, so a paragraph written
inside `<details>…</details>` was raw HTML there (its `\\_` and `$$…$$` untouched by Markdown):

- 'kramdown': to the line holding the first closing tag (kramdown's block HTML, parse_block_html off).
- 'kramed', 'marked-0.3': to a closing tag followed by a blank line or the end (marked 0.3's `closed`
  block, kept by its fork kramed); failing that, the opening tag alone if a blank line follows it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

SPAN_TAGS = frozenset("a em strong small s cite q dfn abbr data time code var samp kbd sub sup i b u mark ruby "
                      "rt rp bdi bdo span br wbr ins del img".split())
"""marked 0.3's inline tags: a line starting with one of these is a paragraph there, not a block."""
_OPEN = re.compile(r" {0,3}<([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])")


def block_end(source: str, line_starts: list[int], first: int, last: int, rule: str) -> int:
    """The line after the old engine's HTML block that CommonMark starts on line first and ends
    before line last (never before last)."""
    if rule == "commonmark" or first >= len(line_starts):
        return last
    start = line_starts[first]
    tag = _OPEN.match(source, start)
    if tag is None or tag.group(1).lower() in SPAN_TAGS:
        return last
    name = re.escape(tag.group(1))
    if rule == "kramdown":
        close = re.compile(r"</" + name + r"\s*>", re.IGNORECASE).search(source, tag.end())
        end = close.end() if close else None
    else:
        at = tag.start(1) - 1
        closed = re.compile(r"(<" + name + r"[\s\S]+?</" + name + r">) *(?:\n{2,}|\s*$)").match(source, at)
        closing = re.compile(r"(<" + name + r"""(?:"[^"]*"|'[^']*'|[^'">])*?>) *\n{2,}""").match(source, at)
        found = closed or closing
        end = found.end(1) if found else None
    if end is None:
        return last
    return max(bisect_right(line_starts, end - 1), last)
