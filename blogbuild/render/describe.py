"""A page's description (`<meta name="description">`, `og:description`) as plain text.

Search engines and link previews show it as it is: no tags, no `\\(`, no `\\boldsymbol`, and none
of MathJax's output (`exp ⁡ ( A )`, with U+2061). Inline formulas become their linear text, from
their TeX (tex/linear.py: `\\exp(\\boldsymbol{A})` → `exp(A)`), typeset at build time or not;
display formulas are left out.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterable

from blogbuild.render.headings import without_anchors
from blogbuild.tex.linear import linear_text as _linear_text

LIMIT = 160
"""Characters: what search result snippets show, about."""

# A formula as the Markdown renderer wrote it (its TeX), or typeset at build time (one container
# whose data-tex attribute keeps the TeX).
_TYPESET = r'(?:[^<]*|<mjx-container\b.*?</mjx-container>)'
_DISPLAY = re.compile(r'<(span|div) class="math display">' + _TYPESET + r'</\1>', re.S)
_DISPLAY_GROUP = re.compile(r'<(span|div) class="math display">(' + _TYPESET + r')</\1>', re.S)
_INLINE = re.compile(r'<span class="math inline">(' + _TYPESET + ')</span>', re.S)
_NOWRAP = re.compile(r'<span class="nowrap">(<span class="math inline">' + _TYPESET + r'</span>[^<]*)</span>', re.S)
"""A formula and the mark after it, kept on one line (render/math.py): no word break in the text."""
linear_text = functools.lru_cache(maxsize=1 << 16)(_linear_text)
"""tex.linear.linear_text, remembered: a blog's formulas repeat (half of them, in real blogs), and
every search bundle made reads its pages' formulas again."""
_DATA_TEX = re.compile(r'<mjx-container\b[^>]*? data-tex="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_CJK_SPACE = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])")


def formula_text(formula_html: str) -> str:
    """The linear text of one formula's HTML: its TeX as written, or a typeset container's data-tex
    (a container without one, typeset from nothing we kept, gives nothing)."""
    if formula_html.startswith("<mjx-container"):
        tex = _DATA_TEX.match(formula_html)
        return linear_text(html.unescape(tex.group(1))) if tex else ""
    return linear_text(html.unescape(formula_html))


def formulas_as_text(page_html: str) -> str:
    """The page with each formula (TeX as written, or typeset) replaced by its linear text, as
    plain escaped text in a span: what a search index should read (`exp(A)`, not a hole, and not
    `\\boldsymbol`). The same as formulas_as_text_reference, found with str.find: a page typeset
    at build time is ~120 KB of MathJax markup, which the regular expressions' lazy `.*?` walks
    a character at a time (~2 ms a page, paid for every page of every search bundle made)."""
    return _replace_formulas(_replace_formulas(page_html, "display", ("span", "div")), "inline", ("span",))


def formulas_as_text_reference(page_html: str) -> str:
    """formulas_as_text with the regular expressions that say what a formula is (the plain reference)."""
    text = _DISPLAY_GROUP.sub(lambda m: _formula_span(m.group(2), False), page_html)
    return _INLINE.sub(lambda m: _formula_span(m.group(1), True), text)


def _formula_span(formula_html: str, inline: bool) -> str:
    text = html.escape(formula_text(formula_html), quote=False)
    return f"<span>{text}</span>" if inline else f" <span>{text}</span> "


_CONTAINER_END = "</mjx-container>"


def _openings(page_html: str, kind: str, tags: tuple[str, ...]):
    """(start, end, tag) of each `<tag class="math kind">` in the page, left to right."""
    marker = f' class="math {kind}">'
    i = page_html.find(marker)
    while i != -1:
        for tag in tags:
            begin = i - len(tag) - 1
            if begin >= 0 and page_html.startswith(f"<{tag}", begin):
                yield begin, i + len(marker), tag
                break
        i = page_html.find(marker, i + 1)


def _replace_formulas(page_html: str, kind: str, tags: tuple[str, ...]) -> str:
    """Each match of `<tag class="math kind">` + _TYPESET + `</tag>` replaced by _formula_span,
    leftmost first, as re.sub would: the content is text up to the next `<`, or a `<mjx-container`
    up to the first `</mjx-container>` that the closing tag follows."""
    out, done, find = [], 0, page_html.find
    for begin, start, tag in _openings(page_html, kind, tags):
        if begin < done:  # inside a formula already replaced
            continue
        close = f"</{tag}>"
        end = find("<", start)
        if end == -1:
            continue
        if not page_html.startswith(close, end):
            end = -1
            if page_html.startswith("<mjx-container", start) and _WORD_BOUNDARY.match(page_html, start + 14):
                end = find(_CONTAINER_END, start)
                while end != -1 and not page_html.startswith(close, end + len(_CONTAINER_END)):
                    end = find(_CONTAINER_END, end + 1)
                if end != -1:
                    end += len(_CONTAINER_END)
            if end == -1:
                continue
        out += [page_html[done:begin], _formula_span(page_html[start:end], kind == "inline")]
        done = end + len(close)
    out.append(page_html[done:])
    return "".join(out)


_WORD_BOUNDARY = re.compile(r"(?!\w)")
"""After `<mjx-container`: `\\b`, i.e. not another word character."""


def describe(rendered_html: str, limit: int = LIMIT) -> str:
    """Plain text of an excerpt's HTML, at most `limit` characters (cut at a space where the text
    has spaces, with '…')."""
    text = _DISPLAY.sub(" ", without_anchors(rendered_html))
    text = _NOWRAP.sub(r"\1", text)
    text = _INLINE.sub(lambda m: formula_text(m.group(1)), text)
    text = " ".join(html.unescape(_TAG.sub(" ", text)).split())
    text = _CJK_SPACE.sub("", text)  # where tags were, between Chinese characters
    return shorten(text, limit)


def describe_list(lead: str, titles: Iterable[str], separators: tuple[str, str] = (": ", ", "),
                  limit: int = LIMIT) -> str:
    """A listing page's description: what it lists, then the titles it shows, cut to `limit`
    ("标签“矩阵”下的 3 篇文章：矩阵指数、…"). separators: after the lead, between titles."""
    titles = [t for t in titles if t]
    text = lead + separators[0] + separators[1].join(titles) if titles else lead
    return shorten(" ".join(text.split()), limit)


def shorten(text: str, limit: int = LIMIT) -> str:
    """text, or its first `limit` characters (cut at a space where there is one late enough) and '…'."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space > limit * 2 // 3:
        cut = cut[:space]
    return cut.rstrip(" ,.;:，。；：") + "…"


_IMAGE = re.compile(r'<img\b[^>]*?\ssrc="([^"]+)"')


def first_image(rendered_html: str) -> str | None:
    """The address of a page's first image as written (unescaped), for `og:image`; None if it has
    none, or only inline data (a link preview cannot fetch `data:`)."""
    for m in _IMAGE.finditer(rendered_html):
        src = html.unescape(m.group(1)).strip()
        if src and not src.lower().startswith(("data:", "javascript:")):
            return src
    return None
