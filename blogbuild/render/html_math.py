"""TeX inside raw HTML blocks: an old post's `<table>` with `$x^2$` in a cell, a `<div class="note">`
holding `\\begin{aligned}…`. MathJax is configured to look only inside `.math` elements, so without
this such a formula would reach readers as its TeX, in both math modes.

A block's text (never its tags, attribute values or comments, nor what is inside `<script>`,
`<style>`, `<pre>`, `<code>`, `<textarea>`, `<math>`, `<svg>` or an element of class
`mathjax_ignore`/`tex2jax_ignore`: what MathJax itself skips) is searched with blogbuild's own math
rules (tex/findtex.find_blogbuild, those of Markdown text). A block with formulas becomes an inline
token whose children are the HTML around them, byte for byte, and math tokens, so the formulas are
rendered, checked (`blogbuild check`), typeset at build time and written into feeds like any other.
"""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from blogbuild.render.math import DISPLAY, ENV, INLINE, NO_LINE_START
from blogbuild.tex.findtex import find_blogbuild

_MAY_HOLD = re.compile(r"\$|\\[(\[]|\\begin\{|\\(?:eq)?ref\{")
"""What any formula starts with: a block without it is left alone (nearly all of them)."""
_MARKUP = re.compile(r"""<!--.*?(?:-->|\Z)|<[!?/]?[A-Za-z](?:"[^"]*"|'[^']*'|[^'">])*>?""", re.S)
"""A comment, or a tag with its attributes (a quoted `>` does not end it)."""
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
_SKIPPED = frozenset({"script", "noscript", "style", "textarea", "pre", "code", "math", "svg",
                      "annotation", "annotation-xml"})
"""Elements whose text is never math (MathJax's skipHtmlTags, and MathML and SVG themselves)."""
_CLASS = re.compile(r"""\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.I)
_IGNORED = frozenset({"mathjax_ignore", "tex2jax_ignore", "math"})
"""Classes whose element's text is never searched: what MathJax is told to ignore, and a formula
blogbuild wrote already (`<span class="math inline">`, as an importer keeps one in raw HTML)."""
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                   "track", "wbr"})


def html_math_plugin(md: MarkdownIt) -> None:
    """After the inline rule (so the new inline tokens are not parsed again as Markdown)."""
    md.core.ruler.after("inline", "html_math", _html_math)


def _html_math(state: StateCore) -> None:
    for i, token in enumerate(state.tokens):
        if token.type == "html_block" and _MAY_HOLD.search(token.content):
            children = html_with_math(token.content)
            if children is not None:
                inline = Token("inline", "", 0, content=token.content, map=token.map, level=token.level,
                               block=True, children=children)
                state.tokens[i] = inline


def html_with_math(source: str) -> list[Token] | None:
    """The HTML as html_inline tokens (its own bytes) around math_inline tokens, or None when its
    text holds no formula."""
    children: list[Token] = []
    done = 0  # source[:done] is in children
    for start, end in _text_runs(source):
        for found in find_blogbuild(source[start:end]):
            at, until = start + found.start, start + found.end
            if at > done:
                children.append(Token("html_inline", "", 0, content=source[done:at]))
            tex = html.unescape(found.tex(source[start:end]))
            kind = ENV if found.kind == "env" else DISPLAY if found.display else INLINE
            children.append(Token("math_inline", "math", 0, content=tex, info=kind,
                                  markup=found.open or "\\ref"))
            done = until
            if kind == INLINE and source[until:until + 1] in NO_LINE_START and source[until:until + 1]:
                # as in Markdown text: the math rule writes the mark with the formula (one nowrap span)
                children.append(Token("text", "", 0, content=source[until]))
                done = until + 1
    if not children:
        return None
    if done < len(source):
        children.append(Token("html_inline", "", 0, content=source[done:]))
    return children


def _text_runs(source: str):
    """(start, end) of each run of text between markup, outside the elements never searched."""
    pos = 0
    for m in _MARKUP.finditer(source):
        if m.start() < pos:
            continue  # inside a skipped element
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
        tag = _TAG.match(m.group())
        if tag is None or tag.group(1):
            continue
        name = tag.group(2).lower()
        if name in _SKIPPED or (name not in _VOID and _ignored(m.group())):
            pos = _element_end(source, pos, name)
    if pos < len(source):
        yield pos, len(source)


def _ignored(tag: str) -> bool:
    found = _CLASS.search(tag)
    return found is not None and not _IGNORED.isdisjoint("".join(g for g in found.groups() if g).lower().split())


def _element_end(source: str, pos: int, name: str) -> int:
    """Where the element whose start tag ends at pos ends (after its end tag; the end of the block
    if it has none), counting nested elements of the same name."""
    depth = 1
    pattern = re.compile(rf"<(/?){re.escape(name)}(?=[\s/>])", re.I)
    for m in pattern.finditer(source, pos):
        depth += -1 if m.group(1) else 1
        if depth == 0:
            close = source.find(">", m.end())
            return len(source) if close == -1 else close + 1
    return len(source)
