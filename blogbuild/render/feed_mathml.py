"""The feed's MathML when formulas are typeset at build time: MathJax's own, taken from the post's page.

Each typeset formula carries the MathML MathJax made of it (`<mjx-assistive-mml>`, what screen
readers read). A feed built with `--math server` gives feed readers that MathML rather than
latex2mathml's: it is what the page shows (every macro, package and environment MathJax knows,
blog.yaml's macros included, where latex2mathml gives up and leaves the TeX), and it costs nothing
more (latex2mathml costs ~1 ms a formula: most of a cold build's feed on a long math blog).

The feed renders the post's Markdown again, and its formulas come in the page's order: the n-th
formula of the feed takes the n-th `mjx-container` of the page. If the counts differ, or a
formula's MathML is missing or not well-formed, the post's feed falls back to latex2mathml whole
(`PageMathml.complete`), so one post never mixes the two.
"""

from __future__ import annotations

from blogbuild.render.feed import annotated, tex_to_mathml

_CONTAINER, _CONTAINER_END = "<mjx-container", "</mjx-container>"
_ASSISTIVE, _ASSISTIVE_END = "<mjx-assistive-mml", "</mjx-assistive-mml>"


def typeset_mathml(page_html: str) -> list[str | None]:
    """The MathML of each typeset formula of the page (`<math …>…</math>`), in page order; None for
    a formula without one. MathJax never nests a container in another."""
    found: list[str | None] = []
    find = page_html.find
    start = find(_CONTAINER)
    while start != -1:
        end = find(_CONTAINER_END, start)
        if end == -1:
            break
        found.append(_assistive(page_html, start, end))
        start = find(_CONTAINER, end)
    return found


def _assistive(page_html: str, start: int, end: int) -> str | None:
    at = page_html.find(_ASSISTIVE, start, end)
    if at == -1:
        return None
    close = page_html.find(_ASSISTIVE_END, at, end)
    math = page_html.find("<math", at, close)
    math_end = page_html.rfind("</math>", at, close)
    if -1 in (close, math, math_end):
        return None
    return page_html[math:math_end + len("</math>")]


class PageMathml:
    """render_for_feed's `mathml(tex, kind, block)`: the page's typeset formulas' MathML in turn, each
    with its TeX as the annotation (as tex_to_mathml gives it). `complete` says whether every formula
    of the feed took one, and all of the page's were taken.

    An `\\eqref` is a link to its equation on the page (`href="#mjx-eqn%3A…"`): in a feed entry it
    leads to the page's address with that fragment (page_url), where the equation is."""

    def __init__(self, page_html: str, page_url: str) -> None:
        self.found = [m.replace(' href="#', f' href="{page_url}#') if m else m for m in typeset_mathml(page_html)]
        self.used = 0
        self.missing = False

    def __call__(self, tex: str, kind: str, block: bool) -> str:
        mathml = self.found[self.used] if self.used < len(self.found) else None
        self.used += 1
        out = annotated(mathml, tex, kind, block) if mathml else None
        if out is None:
            self.missing = True
            return tex_to_mathml(tex, kind, block)
        return out

    @property
    def complete(self) -> bool:
        return not self.missing and self.used == len(self.found)
