"""What pages the site has and what each template gets. Pure: no I/O, no rendering of templates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import math
import operator
import re
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from blogbuild.render.describe import describe, describe_list, first_image
from blogbuild.render.headings import TocEntry, shows_toc, table_of_contents
from blogbuild.render.lazy_comments import CommentList, PostComments
from blogbuild.render.mathjax_files import mathjax_src
from blogbuild.render.page_outputs import Page, check_outputs, redirects
from blogbuild.render.server_math import kinds_in
from blogbuild.render.typeset import comment_tex_script, requirable
from blogbuild.site.config import Config
from blogbuild.site.digests import digest_of
from blogbuild.site.models import Comment, Post, RenderedPost, Site
from blogbuild.site.slugs import term_slug
from blogbuild.site.urls import Urls, is_site_page, post_path
from blogbuild.vendor import FONTS

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_TAG_RE = re.compile(r"<[^>]+>")
THREAD_DEPTH = 4
"""Nested lists shown at most this deep: deeper replies join the list of their ancestor at the
last level, each still with its "回复 @name" link to the comment it answers."""


# What templates see. Each page's context is plain data with no links back into the site graph
# (a post page holds its neighbours as PostLinks, not as full posts), so a page's context and its
# template alone decide its bytes.

@dataclass
class PostLink:
    """A post as lists, neighbours and comments show it."""
    slug: str
    title: str
    url: str
    abs_url: str
    author: str
    date: dt.datetime | None
    """None only for a page written without a date."""
    date_str: str
    readers: int | None
    updated: dt.datetime | None


@dataclass
class TermLink:
    name: str
    slug: str
    url: str
    count: int


@dataclass
class Term:
    """A tag or category page: its posts, newest first."""
    name: str
    slug: str
    url: str
    posts: list[PostLink] = field(default_factory=list)


@dataclass
class ReplyTo:
    """The comment a reply answers, as its "回复 @name" link shows it."""
    id: str
    author: str


@dataclass
class CommentView:
    id: str
    author: str
    author_url: str | None
    date: dt.datetime
    date_str: str
    html: str
    text: str
    """Short HTML preview for the sidebar box (inline math kept whole)."""
    post: PostLink
    """The post (or page) it is on."""
    url: str
    reply_to: ReplyTo | None = None
    replies: list[CommentView] = field(default_factory=list)
    """The replies shown under it, oldest first (see THREAD_DEPTH)."""


@dataclass
class PostView(PostLink):
    """A post with its body: the post page and the index's entries."""
    body: RenderedPost | None = None
    """Its HTML (or a stand-in with the same attributes that reads it when a page shows it)."""
    tags: list[TermLink] = field(default_factory=list)
    categories: list[TermLink] = field(default_factory=list)
    comments: list[CommentView] | CommentList = field(default_factory=list)
    """Every comment, oldest first (a CommentList, made when first read, if there are any)."""
    threads: list[CommentView] | CommentList = field(default_factory=list)
    """The comments that answer no other, oldest first, each with its replies."""
    prev: PostLink | None = None
    next: PostLink | None = None
    cite_text: str = ""
    bibtex: str = ""
    toc_setting: bool | None = None
    """`toc:` of its front matter."""

    @property
    def html(self) -> str:
        return self.body.html if self.body is not None else ""

    @property
    def excerpt_html(self) -> str:
        return self.body.excerpt_html if self.body is not None else ""

    @property
    def has_more(self) -> bool:
        return self.body.has_more if self.body is not None else False

    @property
    def description(self) -> str:
        """The excerpt (or the summary) as plain text, for search engines and link previews."""
        return describe(self.excerpt_html)

    @property
    def toc(self) -> list[TocEntry]:
        """Its table of contents, if it shows one (read from its HTML only when a page asks)."""
        entries = table_of_contents(self.html)
        return entries if shows_toc(self.toc_setting, entries) else []

    @property
    def has_code(self) -> bool:
        """Whether it has a code block (its page then loads the copy button's script)."""
        return "<pre" in self.html

    @property
    def image(self) -> str | None:
        """The absolute address of the post's first image (for link previews), if it has one."""
        src = first_image(self.html)
        return urljoin(self.abs_url, src) if src else None


@dataclass(frozen=True)
class SitePlan:
    common: dict
    """What every page's template sees (site, labels, recent comments, ...)."""
    pages: list[Page]


def _bibtex_escape(text: str) -> str:
    return re.sub(r"([&%#])", r"\\\1", text)


def citation(config: Config, post: Post, abs_url: str) -> tuple[str, str]:
    d = post.date
    author = post.author or config.author
    if config.language == "zh":
        text = f"{author}. ({_MONTHS[d.month - 1]}. {d.day:02d}, {d.year}). 《{post.title}》[Blog post]. " \
               f"Retrieved from {abs_url}"
    else:
        text = f"{author}. ({d.year}, {_MONTHS[d.month - 1]} {d.day:02d}). {post.title} [Blog post]. " \
               f"{config.title}. {abs_url}"
    host = re.sub(r"[^a-z0-9]", "", urlsplit(config.url).netloc.lower()) or "blog"
    key = f"{host}-{post.slug}"
    bibtex = (f"@online{{{key},\n"
              f"        title={{{_bibtex_escape(post.title)}}},\n"
              f"        author={{{_bibtex_escape(author)}}},\n"
              f"        year={{{d.year}}},\n"
              f"        month={{{_MONTHS[d.month - 1]}}},\n"
              f"        url={{\\url{{{abs_url}}}}},\n"
              f"}}")
    return text, bibtex


# A formula as the Markdown renderer wrote it (TeX text), or typeset at build time (one container).
_TYPESET = r'(?:[^<]*|<mjx-container\b.*?</mjx-container>)'
_INLINE_MATH = re.compile(r'(<span class="math inline">' + _TYPESET + '</span>)', re.S)
_DISPLAY_MATH = re.compile(r'<(span|div) class="math display">' + _TYPESET + r'</\1>', re.S)
_DATA_TEX = re.compile(r' data-tex="([^"]*)"')


PREVIEW_FORMULA = 80
"""Characters of TeX an inline formula of a recent comment's preview may have; a longer one is '[…]'."""
PREVIEW_FORMULA_HTML = 16_000
"""And of typeset HTML (a short TeX may expand: `\\def` and friends): the box every page fetches
stays small."""


def short_html(rendered_html: str, limit: int = 80) -> str:
    """A short one-line preview that keeps short inline formulas whole (never cut inside math).

    Tags other than inline math are dropped; display math and long formulas become '[…]'.
    Returns safe HTML.
    """
    text = _DISPLAY_MATH.sub(" […] ", rendered_html)
    out: list[str] = []
    length = 0
    for i, part in enumerate(_INLINE_MATH.split(text)):
        if i % 2:  # an inline formula, already escaped HTML
            tex = _DATA_TEX.search(part)  # typeset: its TeX counts, as it does untypeset
            size = len(html.unescape(tex.group(1))) if tex else len(html.unescape(_TAG_RE.sub("", part))) - 4
            if size > PREVIEW_FORMULA or len(part) > PREVIEW_FORMULA_HTML:  # every page loads the box
                part, size = "[…]", 3
            out.append(part)
            length += size
        else:
            words = " ".join(html.unescape(_TAG_RE.sub("", part)).split())
            if i and part[:1].isspace():
                words = " " + words
            if part[-1:].isspace() and words:
                words += " "
            room = limit - length
            if len(words) > room:
                out.append(html.escape(words[:max(room, 0)].rstrip()) + "…")
                return "".join(out).strip()
            out.append(html.escape(words))
            length += len(words)
        if length >= limit:
            return "".join(out).strip() + "…"
    return "".join(out).strip()


class _Views:
    """The posts as templates see them, each built once and shared by every page that shows it."""

    def __init__(self, site: Site, config: Config, urls: Urls, rendered: dict[str, RenderedPost],
                 terms: dict[str, dict[str, tuple[str, int]]],
                 comments: dict[str, list[Comment]], comment_html: dict[str, str],
                 previews: dict[str, str] | None = None) -> None:
        """terms: {"tags"/"categories": {slug: (name as first written, number of posts)}}."""
        self.site, self.config, self.urls, self.rendered = site, config, urls, rendered
        self.terms = terms
        self.comments, self.comment_html, self.previews = comments, comment_html, previews or {}
        self.posts = {post.slug: post for post in site.posts + site.pages}
        order = [post.slug for post in site.posts]
        self.newer = dict(zip(order[1:], order, strict=False))   # slug -> the next newer post's slug
        self.older = dict(zip(order, order[1:], strict=False))
        self._links: dict[str, PostLink] = {}
        self._views: dict[str, PostView] = {}
        self._terms: dict[tuple[str, str], TermLink] = {}
        self._comments: dict[int, CommentView] = {}

    def link(self, slug: str) -> PostLink:
        found = self._links.get(slug)
        if found is None:
            post, config, urls = self.posts[slug], self.config, self.urls
            path = post_path(config, post)
            found = self._links[slug] = PostLink(
                slug=slug, title=post.title, url=urls.link(path), abs_url=urls.absolute(path),
                author=post.author or config.author, date=post.date,
                date_str=post.date.strftime(config.date_format) if post.date is not None else "",
                readers=post.readers, updated=post.updated)
        return found

    def term_link(self, kind: str, name: str) -> TermLink:
        slug = term_slug(name)
        found = self._terms.get((kind, slug))
        if found is None:
            first_name, count = self.terms[kind][slug]
            found = self._terms[(kind, slug)] = TermLink(first_name, slug, self.urls.link(f"/{kind}/{slug}/"), count)
        return found

    def shared_comment(self, c: Comment) -> CommentView:
        """comment(c), for a page other than its post's (the recent comments): its post's lists are
        made first, so that the view has its replies and reply_to as in any build (those of a post
        whose page is not rendered are otherwise never made)."""
        view = self.view(c.post_slug)
        if isinstance(view.comments, CommentList):
            view.comments.make()
        return self.comment(c)

    def comment(self, c: Comment) -> CommentView:
        found = self._comments.get(id(c))
        if found is None:
            key = str(c.id)
            body = self.comment_html[key]
            preview = self.previews[key] if key in self.previews else short_html(body)
            found = self._comments[id(c)] = _comment_view(c, self.link(c.post_slug), body, preview,
                                                          self.config.date_format)
        return found

    def threads(self, comments: list[Comment]) -> list[CommentView]:
        """The top-level comments with their replies set under them (at most THREAD_DEPTH deep).
        load.py made sure every parent is in the same list and that no thread goes in a circle."""
        by_id = {str(c.id): c for c in comments}
        depths: dict[str, int] = {}

        def depth_of(c: Comment) -> int:  # a top-level comment: 0; each answered once (long threads)
            chain = []
            while c.parent is not None and str(c.id) not in depths:
                chain.append(str(c.id))
                c = by_id[str(c.parent)]
            d = depths.setdefault(str(c.id), 0)
            for key in reversed(chain):
                d += 1
                depths[key] = d
            return depths[chain[0]] if chain else d

        top: list[CommentView] = []
        for c in comments:
            view = self.comment(c)
            if c.parent is None:
                top.append(view)
                continue
            parent = by_id[str(c.parent)]
            view.reply_to = ReplyTo(str(parent.id), parent.author)
            holder = parent
            while depth_of(holder) > THREAD_DEPTH - 2:  # the last level's list holds what is deeper
                holder = by_id[str(holder.parent)]
            self.comment(holder).replies.append(view)
        return top

    def view(self, slug: str) -> PostView:
        found = self._views.get(slug)
        if found is None:
            post, link = self.posts[slug], self.link(slug)
            cite_text, bibtex = citation(self.config, post, link.abs_url) if not post.page else ("", "")
            newer, older = self.newer.get(slug), self.older.get(slug)
            comments, threads = self._comment_lists(link, self.comments.get(slug, []))
            found = self._views[slug] = PostView(
                **{f: getattr(link, f) for f in _LINK_FIELDS}, body=self.rendered[slug],
                tags=[self.term_link("tags", name) for name in post.tags],
                categories=[self.term_link("categories", name) for name in post.categories],
                comments=comments, threads=threads,
                prev=self.link(older) if older else None, next=self.link(newer) if newer else None,
                cite_text=cite_text, bibtex=bibtex, toc_setting=post.toc)
        return found

    def _comment_lists(self, link: PostLink, comments: list[Comment]) -> tuple[list | CommentList, list | CommentList]:
        """A post's comments (every one, and the threads), made when first read (lazy_comments.py)."""
        if not comments:
            return [], []
        html = self.comment_html
        inputs = (self.config.date_format, THREAD_DEPTH, _LINK_VALUES(link),
                  [(c.id, c.author, c.url, c.date, c.parent) for c in comments])
        return PostComments(lambda: ([self.comment(c) for c in comments], self.threads(comments)),
                            digest_of(inputs, [html[str(c.id)] for c in comments]), len(comments)).views()


_LINK_FIELDS = [f.name for f in dataclasses.fields(PostLink)]
_LINK_VALUES = operator.attrgetter(*_LINK_FIELDS)


def _collect_terms(site: Site, kind: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """A kind of term ("tags", "categories"): slug → its first-seen name, and slug → its posts' slugs."""
    names: dict[str, str] = {}
    posts: dict[str, list[str]] = defaultdict(list)
    for post in site.posts:
        for name in getattr(post, kind):
            names.setdefault(term_slug(name), name)
            posts[term_slug(name)].append(post.slug)
    return names, posts


def _common_context(site: Site, config: Config, urls: Urls, views: _Views, tag_links: list[TermLink],
                    category_links: list[TermLink], recent_comments: list[Comment], comment_html: dict[str, str]
                    ) -> dict:
    """What every page's template sees."""
    now = max((p.updated or p.date for p in site.posts),
              default=dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc))
    common = {
        "site": config,
        "labels": config.labels,
        "url_for": urls.link,
        "describe_list": describe_list,
        "abs_url": urls.absolute,
        "mathjax_src": mathjax_src(config, urls.link),
        "mathjax_macros": config.mathjax.macros,
        "mathjax_requirable": dict.fromkeys(requirable(), True),
        "comment_tex_js": comment_tex_script() if config.math.render != "server" else "",
        "math_render": config.math.render,
        "math_fonts": urls.link("/mathjax/" + FONTS),
        # the browser typesets the recent comments into every page: their CSS is the page's too
        "recent_math_kinds": ",".join(sorted(set().union(
            *(kinds_in(comment_html[str(c.id)]) for c in recent_comments[:config.recent_comments])))),
        "recent_comments": [views.shared_comment(c) for c in recent_comments[:config.recent_comments]],
        "all_tags": sorted(tag_links, key=lambda t: (-t.count, t.name)),
        "all_categories": sorted(category_links, key=lambda t: (-t.count, t.name)),
        "build_date": now,
        "nav_pages": [views.link(p.slug) for p in site.pages if p.nav is not None],
    }
    return common


def plan_site(site: Site, config: Config, rendered: dict[str, RenderedPost], comment_html: dict[str, str],
              feed_html: dict[str, str]) -> SitePlan:
    """Every page of the site and the context its template gets.

    rendered: every post's HTML by slug; comment_html: each comment's HTML by id; feed_html: the
    feed's HTML of its entries (the newest `feed.entries` posts) by slug.
    """
    return Planner(site, config, rendered, comment_html, feed_html).plan()


class Planner:
    """plan_site in two steps: a few posts' pages first, then every page. A build renders the pages
    of the posts it changed before planning the rest, so that Pagefind can start on their search
    bundle early (write/search_ahead.py); the pages it plans first are the very Page objects of the
    plan, since each view is built once."""

    def __init__(self, site: Site, config: Config, rendered: dict[str, RenderedPost],
                 comment_html: dict[str, str], feed_html: dict[str, str],
                 previews: dict[str, str] | None = None) -> None:
        """As plan_site's arguments; previews: each comment's short_html by id, if it was kept with
        its HTML (else made here)."""
        self.site, self.config, self.feed_html = site, config, feed_html
        self.urls = urls = Urls(config)
        self.tag_names, self.tag_posts = _collect_terms(site, "tags")
        self.category_names, self.category_posts = _collect_terms(site, "categories")
        by_post: dict[str, list[Comment]] = defaultdict(list)
        for c in site.comments:
            by_post[c.post_slug].append(c)
        terms = {"tags": {slug: (name, len(self.tag_posts[slug])) for slug, name in self.tag_names.items()},
                 "categories": {slug: (name, len(self.category_posts[slug]))
                                for slug, name in self.category_names.items()}}
        self.views = views = _Views(site, config, urls, rendered, terms, by_post, comment_html, previews)
        self.recent_comments = list(reversed(site.comments))
        self.tag_links = [views.term_link("tags", name) for name in self.tag_names.values()]
        self.category_links = [views.term_link("categories", name) for name in self.category_names.values()]
        self.common = _common_context(site, config, urls, views, self.tag_links, self.category_links,
                                      self.recent_comments, comment_html)
        self._post_pages: dict[str, Page] = {}

    def _page(self, path: str, template: str, context: dict, source: Post | None = None) -> Page:
        urls = self.urls
        return Page(urls.output(path), template,
                    {**context, "page_url": urls.link(path), "page_abs_url": urls.absolute(path)}, source)

    def post_page(self, post: Post) -> Page:
        """The page of a post (post.html) or of a site page (page.html)."""
        found = self._post_pages.get(post.slug)
        if found is None:
            kind = "page" if post.page else "post"
            found = self._post_pages[post.slug] = self._page(post_path(self.config, post), f"{kind}.html",
                                                              {kind: self.views.view(post.slug)}, post)
        return found

    def post_pages(self, slugs: set[str]) -> list[Page]:
        """The pages of the posts and site pages with these slugs, as the plan will have them."""
        return [self.post_page(post) for post in self.site.pages + self.site.posts if post.slug in slugs]

    def search_order(self) -> list[str]:
        """write.search_index.search_order(self.plan().pages), without planning: the site's pages,
        then the posts oldest first."""
        output = self.urls.output
        return ([output(post_path(self.config, p)) for p in self.site.pages]
                + [output(post_path(self.config, p)) for p in reversed(self.site.posts)])

    def plan(self) -> SitePlan:
        """Every page of the site."""
        site, config, urls, views = self.site, self.config, self.urls, self.views
        tag_names, tag_posts = self.tag_names, self.tag_posts
        category_names, category_posts = self.category_names, self.category_posts
        recent_comments, feed_html = self.recent_comments, self.feed_html
        pages: list[Page] = []

        def page(path: str, template: str, context: dict) -> None:
            pages.append(self._page(path, template, context))

        slugs = [post.slug for post in site.posts]
        per_page = config.posts_per_page
        total = max(1, math.ceil(len(slugs) / per_page))
        for n in range(1, total + 1):
            page("/" if n == 1 else f"/page/{n}/", "index.html", {
                "posts": [views.view(s) for s in slugs[(n - 1) * per_page:n * per_page]],
                "pagination": {
                    "number": n, "total": total,
                    "newer": (urls.link("/" if n == 2 else f"/page/{n - 1}/") if n > 1 else None),
                    "older": urls.link(f"/page/{n + 1}/") if n < total else None,
                }})
        pages += [self.post_page(post) for post in site.posts]
        pages += [self.post_page(post) for post in site.pages]
        page("/comments/", "comments.html",
             {"comments": [views.shared_comment(c) for c in recent_comments[:config.recent_comments * 5]]})
        page("/comments/recent.html", "_recent_comments.html",
             {"comments": [views.shared_comment(c) for c in recent_comments[:config.recent_comments]]})

        months: dict[tuple[int, int], list[str]] = defaultdict(list)
        zone = config.tzinfo
        for post in site.posts:  # the month on the blog's own calendar, not in the offset the date was written with
            local = post.date.astimezone(zone)
            months[(local.year, local.month)].append(post.slug)
        month_list = [{"year": y, "month": m, "url": urls.link(f"/archive/{y:04d}/{m:02d}/"),
                       "posts": [views.link(s) for s in members]} for (y, m), members in months.items()]
        page("/archive/", "archives.html", {"months": month_list})
        for month in month_list:
            page(f"/archive/{month['year']:04d}/{month['month']:02d}/", "archive_month.html", {"month": month})
        for kind, names, members in (("tags", tag_names, tag_posts), ("categories", category_names, category_posts)):
            page(f"/{kind}/", "terms.html", {"kind": kind, "terms": sorted(
                (views.term_link(kind, name) for name in names.values()), key=lambda t: t.name)})
            for slug, name in names.items():
                page(f"/{kind}/{slug}/", "term.html", {"kind": kind, "term": Term(
                    name=name, slug=slug, url=urls.link(f"/{kind}/{slug}/"),
                    posts=[views.link(s) for s in members[slug]])})
        page("/atom.xml", "atom.xml", {"entries": [(views.view(s), feed_html[s]) for s in slugs if s in feed_html]})
        page("/404.html", "404.html", {})
        page("/search/", "search.html", {})
        page("/robots.txt", "robots.txt", {})
        other_urls = ([urls.absolute("/")] + [urls.absolute(f"/page/{n}/") for n in range(2, total + 1)]
                      + [urls.absolute("/archive/")]
                      + [urls.absolute(f"/archive/{y:04d}/{m:02d}/") for (y, m) in months]
                      + [urls.absolute("/comments/"), urls.absolute("/tags/"), urls.absolute("/categories/")]
                      + [urls.absolute(f"/tags/{slug}/") for slug in tag_names]
                      + [urls.absolute(f"/categories/{slug}/") for slug in category_names])
        page("/sitemap.xml", "sitemap.xml", {"posts": [views.link(s) for s in slugs], "other_urls": other_urls,
                                             "pages": [views.link(p.slug) for p in site.pages]})
        _check_listed(pages)
        pages += redirects(urls, config, site.pages + site.posts, views.link)
        check_outputs(pages)
        return SitePlan(self.common, pages)


def _check_listed(pages: list[Page]) -> None:
    """The importers know the site's own pages from site/urls.py: it must list every one of them."""
    for own in pages:
        if own.source is None and not is_site_page("/" + own.output.removesuffix("index.html")):
            raise AssertionError(f"the site's page {own.output} is not in site/urls.py's SITE_PAGES")


def _comment_view(c: Comment, post: PostLink, body_html: str, preview: str, fmt: str) -> CommentView:
    return CommentView(
        id=str(c.id), author=c.author, author_url=c.url, date=c.date,
        date_str=c.date.strftime(fmt + " %H:%M"), html=body_html, text=preview,
        post=post, url=f"{post.url}#comment-{c.id}",
    )
