"""kramdown's attribute lists and extensions in Jekyll posts, which blogbuild's Markdown does not have.

kramdown (Jekyll's default engine) sets attributes with `{: …}`: on a line of its own before or
after a block (`{: style="width: 80%;" class="center"}` under an image, `{: class="info"}` over a
table), or right after a span (`*Fig. 1.*{:.image-caption}`). `* TOC` followed by `{:toc}` is its
table of contents, `{::comment}…{:/comment}` hides text, `{::options … /}` sets parser options.
blogbuild's Markdown reads none of them, so each would show on the page as text (one imported blog
showed 850). The import leaves them out: the table of contents with its list (blogbuild makes its
own for a post with headings), a comment with its text, an attribute list with nothing in its
place (the theme's own style applies: images never wider than the column). Code (fenced, indented,
or in backticks) is left as it is.
"""

from __future__ import annotations

import re

from blogbuild.tex.fences import Fences

_BLOCK_IAL = re.compile(r"^ {0,3}\{:(?!/)[^{}\n]*\}[ \t]*$")
"""A line that is one attribute list (`{: .x}`), reference definition (`{:ref: .x}`) or one-line
extension (`{::options key="v" /}`)."""
_TOC = re.compile(r"^ {0,3}\{:\s*toc\s*\}[ \t]*$")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[*+-]|[0-9]+[.)])[ \t]+\S")
_COMMENT_OPEN = re.compile(r"^ {0,3}\{::comment\}")
_COMMENT_CLOSE = re.compile(r"\{:/(?:comment)?\}")
_NOMARKDOWN = re.compile(r"^ {0,3}\{:(?::nomarkdown|/nomarkdown|/)\}[ \t]*$")
"""`{::nomarkdown}` and its end: the tags go, the raw HTML between stays (blogbuild passes it as is)."""
_SPAN_IAL = re.compile(r"(?<=[^\s\\{])\{:(?![:/])[^{}\n]*\}")


def without_attribute_lists(text: str) -> tuple[str, int]:
    """text without kramdown's attribute lists and extensions (see the module), and how many went."""
    if "{:" not in text:
        return text, 0
    out: list[str] = []
    fences = Fences()
    in_comment = False
    dropped = 0
    for line in text.split("\n"):
        if fences.code(line):
            out.append(line)
            continue
        if in_comment:
            in_comment = not _COMMENT_CLOSE.search(line)
            continue
        if _COMMENT_OPEN.match(line):
            in_comment = not _COMMENT_CLOSE.search(line, line.index("}") + 1)
            dropped += 1
            continue
        if _TOC.match(line):
            while out and _LIST_ITEM.match(out[-1]):  # the list kramdown replaces with the contents
                out.pop()
            dropped += 1
            continue
        if _NOMARKDOWN.match(line) or _BLOCK_IAL.match(line):
            dropped += 1
            continue
        line, n = _without_span_lists(line)
        dropped += n
        out.append(line)
    return "\n".join(out), dropped


def _without_span_lists(line: str) -> tuple[str, int]:
    """The line without attribute lists right after a span, outside backtick code; not in an
    indented code line (four spaces or a tab)."""
    if "{:" not in line or line.startswith(("    ", "\t")):
        return line, 0
    parts, last, n = [], 0, 0
    for m in _SPAN_IAL.finditer(line):
        if line.count("`", 0, m.start()) % 2:  # inside a code span
            continue
        parts.append(line[last:m.start()])
        last, n = m.end(), n + 1
    if not n:
        return line, 0
    parts.append(line[last:])
    return "".join(parts), n
