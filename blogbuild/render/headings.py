"""Section headings: an id and a visible anchor link on each (h2–h4), and the table of contents.

Readers cite a section by its link (`…/archives/rope/#证明一三角化`), so ids are readable and stable:
the heading's text, lower-cased, spaces as dashes (as mdit-py-plugins' anchors plugin makes them,
so links made before stay right), formulas as their linear text (tex/linear.py) rather than
dropped, a second heading of the same text `-1`, `-2`…. An id never takes one the page already
uses for something else: MathJax's equation ids (`mjx-eqn:…`), footnotes (`fn1`, `fnref1`), the
comments (`comment-N`) and the theme's own (`cite`, `comments`, `main`, …); such a heading and one
with no text at all get `section-…`.

The table of contents is read from the finished HTML (after build-time math, so its formulas are
typeset as the headings' are).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

from blogbuild.tex.linear import linear_text

LEVELS = (2, 3, 4)
"""Headings that get ids and anchors and are listed in the contents (h1 is the post's title)."""
TOC_MIN_HEADINGS = 3
"""A post with at least this many gets a table of contents unless it says `toc: false`."""

THEME_IDS = frozenset({"main", "cite", "comments", "isso-thread", "search-query", "search-results",
                       "search-status", "MathJax-script", "toc"})
"""Ids the theme's templates give elements of a post's page."""
_TAKEN = re.compile(r"mjx-.*|fn\d+|fnref\d+(?::\d+)?|comment-.*|section-.*")
"""Id patterns of MathJax, footnotes and comments (and `section-`, which a fallback id starts with)."""


def heading_ids_plugin(md: MarkdownIt) -> None:
    """Give h2–h4 headings their ids and an anchor link after their text."""
    md.core.ruler.push("heading_ids", _heading_ids)


def _heading_ids(state) -> None:
    used: set[str] = set()
    tokens = state.tokens
    for i, token in enumerate(tokens):
        if token.type != "heading_open" or int(token.tag[1]) not in LEVELS:
            continue
        inline = tokens[i + 1]
        ident = _unique(heading_slug(inline.children or []), used)
        token.attrSet("id", ident)
        link = Token("link_open", "a", 1, attrs={"class": "heading-anchor", "href": f"#{ident}",
                                                 "data-pagefind-ignore": ""})
        text = Token("text", "", 0, content="#")
        inline.children = [*(inline.children or []), Token("text", "", 0, content=" "), link, text,
                           Token("link_close", "a", -1)]


def heading_slug(children: list[Token]) -> str:
    """The id a heading's text asks for (before it is made unique)."""
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "math_inline":
            parts.append(linear_text(child.content))
    slug = re.sub(r"[^\w\u4e00-\u9fff\- ]", "", "".join(parts).strip().lower().replace(" ", "-"))
    if not slug or slug in THEME_IDS or _TAKEN.fullmatch(slug):
        return f"section-{slug}" if slug else "section"
    return slug


def _unique(slug: str, used: set[str]) -> str:
    """slug, or slug-1, slug-2… if the page has it already (the anchors plugin's numbering)."""
    ident, n = slug, 1
    while ident in used:
        ident = f"{slug}-{n}"
        n += 1
    used.add(ident)
    return ident


@dataclass(frozen=True)
class TocEntry:
    level: int
    id: str
    html: str
    """The heading's content as HTML, without its anchor and links (an entry is one link)."""


_HEADING = re.compile(r'<h([2-4]) id="([^"]+)">(.*?)</h\1>', re.S)
_ANCHOR = re.compile(r' ?<a class="heading-anchor" href="[^"]*" data-pagefind-ignore="">#</a>')
_LINK_TAG = re.compile(r"</?a\b[^>]*>")


def without_anchors(html: str) -> str:
    """The HTML without the headings' anchor links: for feeds and descriptions, which show no '#'."""
    return _ANCHOR.sub("", html)


def table_of_contents(html: str) -> list[TocEntry]:
    """The h2–h4 headings of a post's HTML, in order."""
    return [TocEntry(int(m.group(1)), m.group(2), _LINK_TAG.sub("", _ANCHOR.sub("", m.group(3))).strip())
            for m in _HEADING.finditer(html)]


def shows_toc(setting: bool | None, entries: list[TocEntry]) -> bool:
    """`toc: true` shows the contents whenever there is a heading, `false` never; unset, from
    TOC_MIN_HEADINGS on."""
    if setting is None:
        return len(entries) >= TOC_MIN_HEADINGS
    return setting and bool(entries)
