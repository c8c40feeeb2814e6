"""`math.render: server`: every post's and comment's formulas typeset at build time, so a page
shows its math with no script, at first paint.

The build asks this module from inside its cached stages (render_content's `post` and `comment`
kinds, whose settings then include TypesetSettings), so an unchanged post is never typeset again.
Each post is one request to the worker: its body and its excerpt are two documents (numbering,
`\\label` and `\\eqref` per page); each comment is one document. Only the `.math` elements the
Markdown renderer wrote are sent, and their typeset HTML is put back in their place: the rest of
the page's HTML never passes through another parser.

All pages link one stylesheet, `mathjax/chtml.css`: CHTML's non-adaptive CSS (every character of
the TeX fonts, 230 kB, 25 kB gzipped) without the rules of the kinds of element, identical for
every page and every build, so a reader's browser fetches it once and an edit never rewrites it.
Each page gets the rules of the kinds it uses, inline, and preloads the woff fonts its math uses
(with_preloads), so no glyph waits for the stylesheet to be parsed before its font is fetched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from blogbuild.render.problem import Problem
from blogbuild.render.typeset import TypesetSettings, Typesetter
from blogbuild.site.models import Comment, Post, RenderedPost
from blogbuild.site.urls import Urls
from blogbuild.vendor import FONTS as FONT_DIR

if TYPE_CHECKING:
    from blogbuild.site.config import Config

STYLESHEET = "mathjax/chtml.css"
PRELOADS = "<!--blogbuild:math-preloads-->"
"""Where _math.html wants the page's font preloads; filled in by with_preloads after rendering."""

_MATH = re.compile(r'<(span|div) class="math (?:inline|display)">[^<]*</\1>')
_FONT_CLASS = re.compile(r'class="mjx-c[0-9A-F]+ TEX-([A-Z0-9]+)"')
FONTS = {
    "": "MathJax_Main-Regular", "B": "MathJax_Main-Bold", "I": "MathJax_Math-Italic", "MI": "MathJax_Main-Italic",
    "BI": "MathJax_Math-BoldItalic", "S1": "MathJax_Size1-Regular", "S2": "MathJax_Size2-Regular",
    "S3": "MathJax_Size3-Regular", "S4": "MathJax_Size4-Regular", "A": "MathJax_AMS-Regular",
    "C": "MathJax_Calligraphic-Regular", "CB": "MathJax_Calligraphic-Bold", "FR": "MathJax_Fraktur-Regular",
    "FRB": "MathJax_Fraktur-Bold", "SS": "MathJax_SansSerif-Regular", "SSB": "MathJax_SansSerif-Bold",
    "SSI": "MathJax_SansSerif-Italic", "SC": "MathJax_Script-Regular", "T": "MathJax_Typewriter-Regular",
    "V": "MathJax_Vector-Regular", "VB": "MathJax_Vector-Bold",
}
"""CHTML's font class suffix (TEX-I …; none for the main font) → its woff file (CHTML's @font-face rules)."""


@dataclass(frozen=True)
class TypesetComment:
    html: str
    problems: tuple[Problem, ...]


def settings_of(config: Config) -> TypesetSettings | None:
    """What typeset math depends on besides the formulas; None in client mode."""
    if config.math.render != "server":
        return None
    return TypesetSettings(tuple(sorted(config.mathjax.macros.items())), Urls(config).link("/mathjax/" + FONT_DIR),
                           config.math.ex_factor)


def typeset_posts(worker: Typesetter, posts: Sequence[Post], rendered: Sequence[RenderedPost],
                  source: Callable[[Post], str], sent: Callable[[], None] | None = None) -> list[RenderedPost]:
    """The posts' HTML and excerpts with their math typeset; a problem for each formula MathJax
    could not typeset (source(post): its Markdown, to find the formula's line; sent: see Typesetter.typeset)."""
    docs = worker.typeset([_formulas(html) for r in rendered for html in (r.html, r.excerpt_html)], sent=sent)
    out = []
    for i, (post, r) in enumerate(zip(posts, rendered, strict=True)):
        body, excerpt = docs[2 * i], docs[2 * i + 1]
        problems = _problems(body.errors, lambda post=post: source(post), post.display, post.body_line)
        out.append(replace(r, html=kinds_mark(body.kinds) + _splice(r.html, body.math),
                           excerpt_html=kinds_mark(excerpt.kinds) + _splice(r.excerpt_html, excerpt.math),
                           problems=r.problems + problems))
    return out


def typeset_comments(worker: Typesetter, comments: Sequence[Comment], html: Sequence[str]) -> list[TypesetComment]:
    docs = worker.typeset([_formulas(h) for h in html], comment=True)
    return [TypesetComment(kinds_mark(d.kinds) + _splice(h, d.math),
                           _problems(d.errors, lambda c=c: c.body, c.source, c.line))
            for c, h, d in zip(comments, html, docs, strict=True)]


def _formulas(html: str) -> list[str]:
    return [m.group(0) for m in _MATH.finditer(html)]


def _splice(html: str, typeset: Sequence[str]) -> str:
    """html with each `.math` element's text replaced by its typeset HTML (same order as _formulas)."""
    parts = iter(typeset)

    def put(m: re.Match) -> str:
        element = m.group(0)
        open_end = element.index(">") + 1
        return element[:open_end] + next(parts) + f"</{m.group(1)}>"

    return _MATH.sub(put, html)


def _problems(errors, source, display: str, first_line: int) -> tuple[Problem, ...]:
    """file:line:col of each formula MathJax could not typeset (its first occurrence in source())."""
    if not errors:
        return ()
    text = source()
    found = []
    for tex, message in errors:
        line, col = first_line, 1
        at = text.find(_inner(tex))
        if at != -1:
            line = first_line + text.count("\n", 0, at)
            col = at - text.rfind("\n", 0, at)
        found.append(Problem(display, line, col, f"MathJax cannot typeset this formula: {message}"))
    return tuple(found)


def _inner(tex: str) -> str:
    for opener, closer in (("\\(", "\\)"), ("\\[", "\\]")):
        if tex.startswith(opener) and tex.endswith(closer):
            return tex[2:-2]
    return tex


def page_fonts(html: str) -> list[str]:
    """The woff files (without .woff) a page's typeset math uses: MathJax_Zero (every CHTML font
    stack starts with it) and the main font whenever there is math, then the others it names."""
    if "<mjx-container" not in html:
        return []
    used = dict.fromkeys(["MathJax_Zero", FONTS[""]])
    for suffix in dict.fromkeys(_FONT_CLASS.findall(html)):  # (a post's page: ~20,000 characters, a few fonts)
        name = FONTS.get(suffix)
        if name:
            used[name] = None
    if "<mjx-stretchy" in html:  # stretchy delimiters draw their parts from the size fonts
        used.update(dict.fromkeys([FONTS["S1"], FONTS["S4"], FONTS["A"]]))
    return list(used)


KINDS = re.compile(r"<!--mjx-kinds:([a-zA-Z,-]*)-->")
"""Typeset HTML starts with the kinds of MathJax element it uses; with_preloads collects them."""


def kinds_mark(kinds) -> str:
    return f"<!--mjx-kinds:{','.join(sorted(kinds))}-->" if kinds else ""


def kinds_in(html: str) -> set[str]:
    return {kind for m in KINDS.finditer(html) for kind in m.group(1).split(",") if kind}


def with_preloads(page: bytes, font_url: str, kind_rules: dict[str, list[str]]) -> bytes:
    """The page with its PRELOADS comment replaced by a preload link for each font its math uses
    and the CSS of the kinds of MathJax element it uses (its typeset HTML and the sidebar's recent
    comments say which). The browser's MathJax writes a kind's CSS only once a page uses it, and some
    of those rules reach beyond their kind (msubsup's pads every mjx-script), so this is what makes
    a page's boxes the browser's; the rest (every glyph, 230 kB) is the one cached stylesheet."""
    marker = PRELOADS.encode()
    if b"<!--mjx-kinds:" not in page and marker not in page:
        return page
    text = page.decode("utf-8")
    kinds = kinds_in(text)
    text = KINDS.sub("", text)
    if PRELOADS not in text:  # a fragment (comments/recent.html): the page it goes into has the CSS
        return text.encode("utf-8")
    links = "".join(f'<link rel="preload" href="{font_url}/{name}.woff" as="font" type="font/woff" crossorigin>\n'
                    for name in page_fonts(text))
    rules = [rule for kind, kind_css in kind_rules.items() if kind in kinds for rule in kind_css]
    if rules:
        links += "<style>\n" + "\n".join(dict.fromkeys(rules)) + "\n</style>"
    return text.replace(PRELOADS, links.rstrip("\n"), 1).encode("utf-8")
