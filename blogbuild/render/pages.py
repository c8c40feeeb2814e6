"""What pages the site has and what each template gets. Pure: no I/O, no rendering of templates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

from blogbuild.render.mathjax_files import mathjax_src
from blogbuild.render.server_math import has_msubsup
from blogbuild.site.config import Config
from blogbuild.site.models import Comment, Post, RenderedPost, Site
from blogbuild.site.slugs import term_slug
from blogbuild.vendor import FONTS

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_TAG_RE = re.compile(r"<[^>]+>")
_URL_SAFE = re.compile(r"[A-Za-z0-9/~\-._#]*")
"""What quote(url, safe="/~-._#%") leaves as it is, '%' aside (it may start an escape)."""


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
    date: dt.datetime
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
    url: str


@dataclass
class PostView(PostLink):
    """A post with its body: the post page and the index's entries."""
    body: RenderedPost | None = None
    """Its HTML (or a stand-in with the same attributes that reads it when a page shows it)."""
    tags: list[TermLink] = field(default_factory=list)
    categories: list[TermLink] = field(default_factory=list)
    comments: list[CommentView] = field(default_factory=list)
    prev: PostLink | None = None
    next: PostLink | None = None
    cite_text: str = ""
    bibtex: str = ""

    @property
    def html(self) -> str:
        return self.body.html if self.body is not None else ""

    @property
    def excerpt_html(self) -> str:
        return self.body.excerpt_html if self.body is not None else ""

    @property
    def has_more(self) -> bool:
        return self.body.has_more if self.body is not None else False


@dataclass(frozen=True)
class Page:
    output: str
    """Output file, relative posix path: 'archives/x/index.html'."""
    template: str
    context: dict
    """What this page alone has (its template sees it over SitePlan.common)."""


@dataclass(frozen=True)
class SitePlan:
    common: dict
    """What every page's template sees (site, labels, recent comments, ...)."""
    pages: list[Page]


class Urls:
    """Site-relative paths ('/archives/x/') → links with the base path, absolute URLs, output files."""

    def __init__(self, config: Config) -> None:
        self.base = config.base_path
        parts = urlsplit(config.url)
        self.origin = f"{parts.scheme}://{parts.netloc}"

    def link(self, path: str) -> str:
        url = self.base + path.lstrip("/")
        return url if _URL_SAFE.fullmatch(url) else quote(url, safe="/~-._#%")

    def absolute(self, path: str) -> str:
        return self.origin + self.link(path)

    @staticmethod
    def output(path: str) -> str:
        path = path.lstrip("/")
        return path + "index.html" if path == "" or path.endswith("/") else path


def post_path(config: Config, post: Post) -> str:
    d = post.date
    return config.permalink.format(slug=post.slug, year=f"{d.year:04d}", month=f"{d.month:02d}",
                                   day=f"{d.day:02d}")


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


def short_html(rendered_html: str, limit: int = 80) -> str:
    """A short one-line preview that keeps inline formulas whole (never cut inside math).

    Tags other than inline math are dropped; display math becomes '[…]'. Returns safe HTML.
    """
    text = _DISPLAY_MATH.sub(" […] ", rendered_html)
    out: list[str] = []
    length = 0
    for i, part in enumerate(_INLINE_MATH.split(text)):
        if i % 2:  # an inline formula, already escaped HTML
            out.append(part)
            tex = _DATA_TEX.search(part)  # typeset: its TeX counts, as it does untypeset
            length += len(html.unescape(tex.group(1))) if tex else len(html.unescape(_TAG_RE.sub("", part))) - 4
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
                 comments: dict[str, list[Comment]], comment_html: dict[str, str]) -> None:
        """terms: {"tags"/"categories": {slug: (name as first written, number of posts)}}."""
        self.site, self.config, self.urls, self.rendered = site, config, urls, rendered
        self.terms = terms
        self.comments, self.comment_html = comments, comment_html
        self.posts = {post.slug: post for post in site.posts}
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
                author=post.author or config.author, date=post.date, date_str=post.date.strftime(config.date_format),
                readers=post.readers, updated=post.updated)
        return found

    def term_link(self, kind: str, name: str) -> TermLink:
        slug = term_slug(name)
        found = self._terms.get((kind, slug))
        if found is None:
            first_name, count = self.terms[kind][slug]
            found = self._terms[(kind, slug)] = TermLink(first_name, slug, self.urls.link(f"/{kind}/{slug}/"), count)
        return found

    def comment(self, c: Comment) -> CommentView:
        found = self._comments.get(id(c))
        if found is None:
            found = self._comments[id(c)] = _comment_view(c, self.link(c.post_slug), self.comment_html[str(c.id)],
                                                          self.config.date_format)
        return found

    def view(self, slug: str) -> PostView:
        found = self._views.get(slug)
        if found is None:
            post, link = self.posts[slug], self.link(slug)
            cite_text, bibtex = citation(self.config, post, link.abs_url)
            newer, older = self.newer.get(slug), self.older.get(slug)
            found = self._views[slug] = PostView(
                **{f: getattr(link, f) for f in _LINK_FIELDS}, body=self.rendered[slug],
                tags=[self.term_link("tags", name) for name in post.tags],
                categories=[self.term_link("categories", name) for name in post.categories],
                comments=[self.comment(c) for c in self.comments.get(slug, ())],
                prev=self.link(older) if older else None, next=self.link(newer) if newer else None,
                cite_text=cite_text, bibtex=bibtex)
        return found


_LINK_FIELDS = [f.name for f in dataclasses.fields(PostLink)]


def plan_site(site: Site, config: Config, rendered: dict[str, RenderedPost], comment_html: dict[str, str],
              feed_html: dict[str, str]) -> SitePlan:
    """Every page of the site and the context its template gets.

    rendered: every post's HTML by slug; comment_html: each comment's HTML by id; feed_html: the
    feed's HTML of its entries (the newest `feed.entries` posts) by slug.
    """
    urls = Urls(config)
    tag_names: dict[str, str] = {}
    category_names: dict[str, str] = {}
    tag_posts: dict[str, list[str]] = defaultdict(list)
    category_posts: dict[str, list[str]] = defaultdict(list)
    for post in site.posts:
        for name in post.tags:
            tag_names.setdefault(term_slug(name), name)
            tag_posts[term_slug(name)].append(post.slug)
        for name in post.categories:
            category_names.setdefault(term_slug(name), name)
            category_posts[term_slug(name)].append(post.slug)
    by_post: dict[str, list[Comment]] = defaultdict(list)
    for c in site.comments:
        by_post[c.post_slug].append(c)
    terms = {"tags": {slug: (name, len(tag_posts[slug])) for slug, name in tag_names.items()},
             "categories": {slug: (name, len(category_posts[slug])) for slug, name in category_names.items()}}
    views = _Views(site, config, urls, rendered, terms, by_post, comment_html)

    recent_comments = list(reversed(site.comments))
    tag_links = [views.term_link("tags", name) for name in tag_names.values()]
    category_links = [views.term_link("categories", name) for name in category_names.values()]
    now = max((p.updated or p.date for p in site.posts), default=dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc))
    common = {
        "site": config,
        "labels": config.labels,
        "url_for": urls.link,
        "abs_url": urls.absolute,
        "mathjax_src": mathjax_src(config, urls.link),
        "mathjax_macros": config.mathjax.macros,
        "math_render": config.math.render,
        "math_fonts": urls.link("/mathjax/" + FONTS),
        # the browser typesets the recent comments into every page: their CSS is the page's too
        "recent_msubsup": any(has_msubsup(comment_html[str(c.id)]) for c in recent_comments[:config.recent_comments]),
        "recent_comments": [views.comment(c) for c in recent_comments[:config.recent_comments]],
        "all_tags": sorted(tag_links, key=lambda t: (-t.count, t.name)),
        "all_categories": sorted(category_links, key=lambda t: (-t.count, t.name)),
        "build_date": now,
    }
    pages: list[Page] = []

    def page(path: str, template: str, context: dict) -> None:
        pages.append(Page(urls.output(path), template, {**context, "page_url": urls.link(path)}))

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
    for post in site.posts:
        page(post_path(config, post), "post.html", {"post": views.view(post.slug)})
    page("/comments/", "comments.html",
         {"comments": [views.comment(c) for c in recent_comments[:config.recent_comments * 5]]})
    page("/comments/recent.html", "_recent_comments.html",
         {"comments": [views.comment(c) for c in recent_comments[:config.recent_comments]]})

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
                name=name, slug=slug, url=urls.link(f"/{kind}/{slug}/"), posts=[views.link(s) for s in members[slug]])})
    page("/atom.xml", "atom.xml", {"entries": [(views.view(s), feed_html[s]) for s in slugs if s in feed_html]})
    page("/404.html", "404.html", {})
    page("/robots.txt", "robots.txt", {})
    other_urls = ([urls.absolute("/")] + [urls.absolute(f"/page/{n}/") for n in range(2, total + 1)]
                  + [urls.absolute("/archive/")]
                  + [urls.absolute(f"/archive/{y:04d}/{m:02d}/") for (y, m) in months]
                  + [urls.absolute("/comments/"), urls.absolute("/tags/"), urls.absolute("/categories/")]
                  + [urls.absolute(f"/tags/{slug}/") for slug in tag_names]
                  + [urls.absolute(f"/categories/{slug}/") for slug in category_names])
    page("/sitemap.xml", "sitemap.xml", {"posts": [views.link(s) for s in slugs], "other_urls": other_urls})
    return SitePlan(common, pages)


def _comment_view(c: Comment, post: PostLink, body_html: str, fmt: str) -> CommentView:
    return CommentView(
        id=str(c.id), author=c.author, author_url=c.url, date=c.date,
        date_str=c.date.strftime(fmt + " %H:%M"), html=body_html, text=short_html(body_html),
        post=post, url=f"{post.url}#comment-{c.id}",
    )
