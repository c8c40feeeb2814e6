"""The parts of an old HTML post that Markdown cannot say exactly, kept as raw HTML blocks.

markdownify turns a table whose cells hold an image into a Markdown table without the image, drops
iframes, figures' structure and the classes a theme styled. Those elements are set aside before it
runs and written back as they were (CommonMark passes an HTML block through untouched), so a reader
sees what the old site showed, and no Markdown escape ever lands in an attribute or a raw block.

A formula inside a kept element is written back as `\\(…\\)`, `\\[…\\]` or its environment,
HTML-escaped: blogbuild takes TeX in the text of a raw HTML block as math (render/html_math.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bs4 import BeautifulSoup, Tag

from blogbuild.importers.dialects.markers import Placeholders

ALWAYS_RAW = frozenset({"iframe", "embed", "object", "video", "audio", "figure", "svg", "canvas", "map", "dl"})
"""Elements Markdown has no spelling for."""
STYLED = frozenset({"div", "section", "aside", "article", "center"})
"""Blocks kept when they carry a class, id or style (the theme styled them)."""
_RICH_CELL = frozenset({"img", "iframe", "p", "div", "ul", "ol", "table", "pre", "blockquote", "br",
                        "h1", "h2", "h3", "h4", "h5", "h6", "figure", "hr"})
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


class RawBlocks(Placeholders):
    def __init__(self, html: str) -> None:
        super().__init__("BBRAWPLACEHOLDER", html)

    def set_aside(self, soup: BeautifulSoup, formulas: re.Pattern, spell: Callable[[re.Match], str]) -> None:
        """Each outermost element Markdown cannot say replaced in soup by a paragraph holding this
        set's placeholder; spell(m) writes the formula of placeholder m as raw HTML."""
        for element in list(soup.find_all(_kept)):
            if element.parent is None or any(_kept(a) for a in element.parents if isinstance(a, Tag)):
                continue  # inside an element already kept
            text = formulas.sub(spell, str(element))
            holder = soup.new_tag("p")
            holder.string = self.add(_one_block(text))
            element.replace_with(holder)

    def restore_blocks(self, markdown: str) -> str:
        """Each placeholder (a paragraph of its own) back as its HTML, with blank lines around."""
        around = re.compile(r"\s*" + self.pattern.pattern + r"\s*")
        return around.sub(lambda m: f"\n\n{self.items[int(m.group(1))]}\n\n", markdown).strip() + "\n"


def _kept(element: Tag) -> bool:
    name = element.name
    if name in ALWAYS_RAW:
        return True
    if name in STYLED:
        return any(element.get(a) for a in ("class", "id", "style"))
    if name == "table":
        return not _simple_table(element)
    return False


def _simple_table(table: Tag) -> bool:
    """A GFM table says it exactly: a header row of <th>, cells of inline text, no spans."""
    rows = table.find_all("tr")
    if not rows or any(cell.name != "th" for cell in rows[0].find_all(["td", "th"], recursive=False)):
        return False
    for cell in table.find_all(["td", "th"]):
        if cell.get("colspan") or cell.get("rowspan") or cell.find(_RICH_CELL):
            return False
    return True


def _one_block(html: str) -> str:
    """html as one CommonMark HTML block: a blank line would end the block and turn the rest into
    Markdown, so blank lines become single newlines (inside <pre> a newline stays, as `&#10;`)."""
    def pre(m: re.Match) -> str:
        return m.group().replace("\n", "&#10;") if _BLANK_LINES.search(m.group()) else m.group()
    html = re.sub(r"<pre\b.*?</pre\s*>", pre, html, flags=re.IGNORECASE | re.DOTALL)
    return _BLANK_LINES.sub("\n", html.strip())
