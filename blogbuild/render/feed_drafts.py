"""The feed's entries rendered while MathJax typesets (`--math server`).

A feed entry of a typeset post takes its MathML from the post's typeset page (feed_mathml.py), so
it had to wait until Node had typeset every post, and then parse the post's Markdown again on one
core while the other idled: ~0.3 s for 20 long posts of Lil'Log. Only the MathML needs the page.
So the entry is drafted meanwhile, in a thread (the build's own thread only waits on Node then):
its Markdown rendered with each formula a placeholder, and the formulas' (TeX, kind, display)
noted in order. Once the page is typeset, `fill` puts each formula's MathML in its place.

A fill gives what rendering with the same `mathml(tex, kind, block)` gives, byte for byte: the
renderer inserts what mathml returns as it is, and the placeholders hold NUL, which Markdown
never keeps (markdown-it-py makes it U+FFFD). Should a placeholder ever come out otherwise (not
once each, in order), `fill` says so (None), and the entry is rendered the plain way.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from markdown_it import MarkdownIt

from blogbuild.render.markdown import render_for_feed
from blogbuild.site.models import Post

_PLACEHOLDER = re.compile("\x00([0-9]+)\x00")


@dataclass(frozen=True)
class Draft:
    html: str
    """The entry's HTML with `\\x00N\\x00` where the N-th formula goes."""
    formulas: tuple[tuple[str, str, bool], ...]
    """Each formula's (tex, kind, block), as render_for_feed's mathml is called with them."""


def draft(md: MarkdownIt, post: Post, files_base: str | None) -> Draft:
    formulas: list[tuple[str, str, bool]] = []

    def placeholder(tex: str, kind: str, block: bool) -> str:
        formulas.append((tex, kind, block))
        return f"\x00{len(formulas) - 1}\x00"

    return Draft(render_for_feed(md, post, placeholder, files_base), tuple(formulas))


def fill(made: Draft, mathml: Callable[[str, str, bool], str]) -> str | None:
    """The entry's HTML with mathml(tex, kind, block) for each formula, called in order; None if
    the draft's placeholders are not each formula once, in order (then render it plainly)."""
    parts = _PLACEHOLDER.split(made.html)  # text, N, text, N, …, text
    if len(parts) != 2 * len(made.formulas) + 1 or any(parts[2 * n + 1] != str(n) for n in range(len(made.formulas))):
        return None
    out = [parts[0]]
    for n, formula in enumerate(made.formulas):
        out += [mathml(*formula), parts[2 * n + 2]]
    return "".join(out)


class Drafts:
    """Entries drafted ahead, by slug: made in a thread by `ahead`, taken once by the feed."""

    def __init__(self, make: Callable[[Post], Draft]) -> None:
        self.make = make
        self._made: dict[str, Draft] = {}

    @contextmanager
    def ahead(self, posts: Sequence[Post]) -> Iterator[Callable[[], None]]:
        """start(): the posts' drafts made in a thread from then on (once Node has the formulas: until
        then this thread prepares them, and a second one would only halve its share of Python's
        lock); all made (or given up) when the block ends. A post whose draft fails is left out:
        the feed renders it the plain way, and says why."""
        def make_all() -> None:
            for post in posts:
                try:
                    self._made[post.slug] = self.make(post)
                except Exception:  # noqa: BLE001 - reported where the feed renders it again
                    pass

        thread = threading.Thread(target=make_all, name="blogbuild-feed-drafts", daemon=True)
        started = []

        def start() -> None:
            if posts and not started:
                started.append(True)
                thread.start()

        try:
            yield start
        finally:
            if started:
                thread.join()

    def take(self, slug: str) -> Draft | None:
        return self._made.pop(slug, None)
