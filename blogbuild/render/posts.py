"""Posts and comments to HTML: each a pure function of its inputs, so the build may run them in
any order, in any process, or take their result from a cache."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from markdown_it import MarkdownIt

from blogbuild.errors import ContentError
from blogbuild.render.check import post_checker
from blogbuild.render.feed import rebase_links, tex_to_mathml
from blogbuild.render.feed_drafts import Draft, Drafts, draft, fill
from blogbuild.render.feed_mathml import PageMathml
from blogbuild.render.files import file_records, files_base
from blogbuild.render.headings import without_anchors
from blogbuild.render.markdown import render_comment, render_for_feed, render_post
from blogbuild.render.server_math import settings_of
from blogbuild.site.config import Config
from blogbuild.site.models import Comment, Post, RenderedPost
from blogbuild.site.urls import Urls, entry_path


@dataclass(frozen=True)
class PostSettings:
    """Everything of the config that a post's HTML or its check findings depend on."""
    base_path: str
    permalink: str
    url: str
    macros: tuple
    math: Any = None
    """server_math.TypesetSettings when formulas are typeset at build time, else None."""

    @classmethod
    def of(cls, config: Config) -> PostSettings:

        return cls(config.base_path, config.permalink, config.url, tuple(sorted(config.mathjax.macros.items())),
                   settings_of(config))


@dataclass(frozen=True)
class FeedSettings:
    """What a post's feed HTML depends on besides the post: absolute links, MathML or not."""
    prefix: str
    mathml: bool
    permalink: str = "/{slug}/"
    math: Any = None
    """server_math.TypesetSettings when formulas are typeset at build time: the feed's MathML is then
    MathJax's, from the post's page (render/feed_mathml.py)."""

    @classmethod
    def of(cls, config: Config) -> FeedSettings:
        return cls(Urls(config).absolute("/"), config.feed.mathml, config.permalink, settings_of(config))

    def drafts(self, md: MarkdownIt, load: Callable[[Post], Post]) -> Drafts:
        """Drafts of feed entries, to be made while MathJax typesets (load(post): the post with its Markdown)."""
        def make(post: Post) -> Draft:
            page_path = entry_path(self.permalink, post.slug, post.date, post.page, post.number)
            return draft(md, load(post), files_base(page_path))

        return Drafts(make)


def post_renderer(md: MarkdownIt, settings: PostSettings) -> Callable[[Post], RenderedPost]:
    """render(post): its HTML (links rebased onto the site's path) and what `check` finds in it.
    Given PostSettings, not the config: the cache keys posts by them, so nothing else may count."""
    check = post_checker(permalink=settings.permalink, url=settings.url, base_path=settings.base_path,
                         macros=[name for name, _definition in settings.macros])
    base_path = settings.base_path

    def render(post: Post) -> RenderedPost:
        found: list = []
        page_path = entry_path(settings.permalink, post.slug, post.date, post.page, post.number)
        try:
            r = render_post(md, post, lambda tokens: found.append(check(post, tokens)), files_base(page_path))
        except Exception as e:  # a parser bug must still name the post
            raise ContentError(f"cannot render post: {type(e).__name__}: {e}", post.display, post.body_line) from e
        html, excerpt = r.html, r.excerpt_html
        if base_path != "/":
            html, excerpt = rebase_links(html, base_path), rebase_links(excerpt, base_path)
        problems, links = found[0]
        return RenderedPost(html, excerpt, r.has_more, tuple(problems), tuple(links),
                            file_records(post, r.files, page_path))

    return render


def feed_renderer(md: MarkdownIt, settings: FeedSettings, typeset: Mapping[str, RenderedPost] | None = None,
                  drafts: Drafts | None = None) -> Callable[[Post], str]:
    """render(post): its HTML for feed readers: absolute links, math as MathML unless turned off.
    typeset: each post's RenderedPost by slug, its formulas typeset at build time (settings.math),
    whose MathML the feed then takes (latex2mathml's otherwise, or where that fails); drafts: its
    Markdown rendered while they were typeset (render/feed_drafts.py), if it was."""
    mathml: Any = tex_to_mathml if settings.mathml else None
    from_page = settings.mathml and settings.math is not None and typeset is not None

    def render(post: Post) -> str:
        try:
            page_path = entry_path(settings.permalink, post.slug, post.date, post.page, post.number)
            html = None
            if from_page:
                made = (drafts.take(post.slug) if drafts else None) or draft(md, post, files_base(page_path))
                page_mathml = PageMathml(typeset[post.slug].html, settings.prefix.rstrip("/") + page_path)
                html = fill(made, page_mathml)
                if html is None:  # (never seen: a placeholder not where the formula was) the plain way
                    page_mathml = PageMathml(typeset[post.slug].html, settings.prefix.rstrip("/") + page_path)
                    html = render_for_feed(md, post, page_mathml, files_base(page_path))
                html = html if page_mathml.complete else fill(made, mathml)
            if html is None:
                html = render_for_feed(md, post, mathml, files_base(page_path))
        except Exception as e:
            raise ContentError(f"cannot render post: {type(e).__name__}: {e}", post.display, post.body_line) from e
        return rebase_links(without_anchors(html), settings.prefix)

    return render


def comment_renderer(md: MarkdownIt) -> Callable[[Comment], str]:
    """render(comment): its sanitised HTML; its \\label keys renamed so they never clash with its post's."""
    return lambda c: render_comment(md, c.body, f"comment-{c.id}")
