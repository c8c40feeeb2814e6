"""What the old site did to a `$`: which Markdown engine ran first, and how its MathJax paired delimiters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

COMMONMARK_ESCAPES = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
"""CommonMark and marked ≥ 0.4: a backslash escapes any ASCII punctuation (so `\\,` became `,`)."""
OLD_MARKED_ESCAPES = "\\`*{}[]()#+-.!_>~|"
"""marked 0.3 (hexo-renderer-marked 0.x, kramed), GFM mode: `\\,` `\\;` `\\%` stayed as written."""
KRAMDOWN_ESCAPES = "\\.*_+-`()[]{}#!:|\"'$=<>"
"""kramdown's ESCAPED_CHARS: `\\,` `\\;` `\\%` `\\^` stayed as written."""
KRAMDOWN_GFM_ESCAPES = KRAMDOWN_ESCAPES + "~"
"""kramdown's GFM parser (Jekyll's default input): `\\~` too."""


@dataclass(frozen=True)
class Dialect:
    pairing: Literal["mathjax", "blogbuild"] = "mathjax"
    """How the old site found formulas: MathJax's FindTeX rules (`$ x $` is math, `$5 and $6` pairs)
    or already blogbuild's own (pandoc's) rules, in which case nothing needs rewriting."""
    markdown_escaped: bool = False
    r"""The old Markdown engine ate one backslash before ASCII punctuation everywhere, formulas
    included (marked, kramdown outside `$$`): authors wrote `\_`, `\\\\`, `\\{` for `_`, `\\`, `\{`."""
    kramdown: bool = False
    """kramdown found `$$…$$` itself, before Markdown and MathJax: inline in a paragraph, display when it
    is a paragraph of its own; its TeX is raw (no escapes eaten) and stripped."""
    inline_dollars: bool = True
    """`$…$` was an inline delimiter for the old site's MathJax (off in MathJax's defaults; Typecho and
    Hexo themes turn it on)."""
    escapes: str = COMMONMARK_ESCAPES
    """With markdown_escaped: the characters whose backslash the engine ate."""
    process_escapes: bool = True
    r"""MathJax's processEscapes: `\$` is a literal dollar sign (MathJax 3's default; MathJax 2's was off)."""
    process_environments: bool = True
    r"""MathJax's processEnvironments: `\begin{X}…\end{X}` in prose is math."""
    table_pipes: Literal["markdown-it", "gfm", "all", "kramdown"] = "markdown-it"
    """Which `|` of a table row ended a cell, and which cells were shown (tex/tables.py)."""
    dollar_blocks: Literal["kramdown", "kramed"] = "kramdown"
    """With kramdown: when its `$$…$$` was display. kramdown: a paragraph of its own; kramed: `$$` at
    the start of a line to `$$` at the end of one, even inside a paragraph (it ends the paragraph)."""
    html_blocks: Literal["commonmark", "kramdown", "kramed", "marked-0.3"] = "commonmark"
    """Where an HTML block ended (at a blank line, or at its closing tag) and whether its text was
    then read as Markdown (marked 0.3); tex/html_blocks.py."""
    html_tags: Literal["commonmark", "kramed"] = "commonmark"
    """Inline HTML: CommonMark's tags, or kramed's (anything from `<word` to the next `>`; a
    block-level element's content left raw)."""
    backslash_breaks: bool = False
    r"""kramdown: `\\` at the end of a line is a line break; both backslashes are gone."""
    lazy_links: bool = False
    """marked 0.3's links: the destination ends at the first `)` (`[a](x_(y)_z)` links to `x_(y`)."""
    name: str = ""
    """For messages: 'Typecho', 'hexo-renderer-marked', …"""


TYPECHO = Dialect(name="Typecho (MathJax with $…$)")
"""Typecho's Markdown posts as its MathJax plugins showed them: the plugins keep formulas away from
the Markdown parser, and configure `$…$` as inline math."""
WORDPRESS = Dialect(name="WordPress (MathJax with $…$)")
HEXO_MARKED = Dialect(markdown_escaped=True, table_pipes="gfm", name="hexo-renderer-marked")
r"""marked eats the backslash of `\_` and `\\` inside formulas too."""
HEXO_MARKED_OLD = Dialect(markdown_escaped=True, escapes=OLD_MARKED_ESCAPES, table_pipes="all", lazy_links=True,
                          html_blocks="marked-0.3", name="hexo-renderer-marked 0.x")
"""Hexo 3's marked (0.3): ate the backslash of `\\_` and `\\\\`, left `\\,` alone."""
KRAMED_ESCAPES = OLD_MARKED_ESCAPES + "$"
"""kramed (marked 0.3's fork): `\\$` too."""
HEXO_KRAMED = Dialect(kramdown=True, markdown_escaped=True, escapes=KRAMED_ESCAPES, table_pipes="all",
                      lazy_links=True, dollar_blocks="kramed", html_blocks="kramed", html_tags="kramed",
                      name="hexo-renderer-kramed")
HEXO_PROTECTED = Dialect(name="hexo with math-aware renderer")
"""hexo-renderer-markdown-it with a math plugin, hexo-renderer-pandoc, hexo-math: formulas reach MathJax raw."""
KRAMDOWN = Dialect(kramdown=True, markdown_escaped=True, escapes=KRAMDOWN_GFM_ESCAPES, inline_dollars=False,
                   table_pipes="kramdown", backslash_breaks=True, html_blocks="kramdown", name="kramdown")
"""Jekyll's kramdown (GFM input, Jekyll's default) with math_engine mathjax and the page's MathJax left at
its defaults."""
KRAMDOWN_DOLLARS = Dialect(kramdown=True, markdown_escaped=True, escapes=KRAMDOWN_GFM_ESCAPES, table_pipes="kramdown",
                           backslash_breaks=True, html_blocks="kramdown", name="kramdown with $…$")
"""Jekyll's kramdown with a MathJax configuration that adds `$…$` (most math themes)."""
BLOGBUILD = Dialect(pairing="blogbuild", name="blogbuild")
