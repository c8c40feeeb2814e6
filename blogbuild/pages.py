"""What pages the site has and what each template gets. Pure: no I/O, no rendering of templates."""

from __future__ import annotations

import datetime as dt
import html
import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from blogbuild.config import Config
from blogbuild.fingerprint import Fingerprinter
from blogbuild.models import Comment, Post, RenderedPost, Site
from blogbuild.slugs import term_slug

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_TAG_RE = re.compile(r"<[^>]+>")


# What templates see. Each page's context is plain data with no links back into the site graph
# (a post page holds its neighbours as PostLinks, not as full posts), so a page's context alone
# decides its bytes: PageSpec.key hashes it, and a build skips pages whose key did not change.

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
    """Its HTML, read from the build cache only if a page that shows it is rendered."""
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
class PageSpec:
    output: str
    """Output file, relative posix path: 'archives/x/index.html'."""
    template: str
    context: dict
    """What this page alone has; templates see it over SitePlan.common."""
    key: str = ""
    """Digest of what the template can see: equal keys (with equal templates) mean equal output."""


@dataclass(frozen=True)
class SitePlan:
    common: dict
    """What every page's template sees (site, labels, recent comments, ...)."""
    pages: list[PageSpec]


class Urls:
    """Site-relative paths ('/archives/x/') → links with the base path, absolute URLs, output files."""

    def __init__(self, config: Config) -> None:
        self.base = config.base_path
        parts = urlsplit(config.url)
        self.origin = f"{parts.scheme}://{parts.netloc}"

    def link(self, path: str) -> str:
        return quote(self.base + path.lstrip("/"), safe="/~-._#%")

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


_INLINE_MATH = re.compile(r'(<span class="math inline">[^<]*</span>)')
_DISPLAY_MATH = re.compile(r'<(span|div) class="math display">[^<]*</\1>')


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
            length += len(html.unescape(_TAG_RE.sub("", part))) - 4
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


def _link(view: PostView) -> PostLink:
    return PostLink(slug=view.slug, title=view.title, url=view.url, abs_url=view.abs_url, author=view.author,
                    date=view.date, date_str=view.date_str, readers=view.readers, updated=view.updated)


def plan_site(
    site: Site,
    config: Config,
    rendered: dict[str, RenderedPost],
    comment_html: dict[str, str],
    feed_html: dict[str, str],
    uses: Callable[[str], frozenset[str] | None] | None = None,
) -> SitePlan:
    """All pages of the site. feed_html holds the feed's rendering of the newest posts.

    uses(template) names the common variables a template (with what it includes) can read, None
    if that is unknown: a page's key covers only those, so that e.g. a new comment, which changes
    the sidebar's recent comments, changes the key of no page whose template does not read them.
    """
    urls = Urls(config)
    fmt = config.date_format
    tags: dict[str, Term] = {}
    categories: dict[str, Term] = {}

    def term(table: dict[str, Term], kind: str, name: str) -> Term:
        slug = term_slug(name)
        found = table.get(slug)
        if found is None:
            found = table[slug] = Term(name=name, slug=slug, url=urls.link(f"/{kind}/{slug}/"))
        return found

    views: list[PostView] = []
    links: dict[str, PostLink] = {}
    for post in site.posts:
        r = rendered[post.slug]
        path = post_path(config, post)
        abs_url = urls.absolute(path)
        cite_text, bibtex = citation(config, post, abs_url)
        view = PostView(
            slug=post.slug, title=post.title, url=urls.link(path), abs_url=abs_url,
            author=post.author or config.author, date=post.date, date_str=post.date.strftime(fmt),
            readers=post.readers, updated=post.updated, body=r, cite_text=cite_text, bibtex=bibtex,
        )
        link = links[post.slug] = _link(view)
        for name in post.tags:
            term(tags, "tags", name).posts.append(link)
        for name in post.categories:
            term(categories, "categories", name).posts.append(link)
        views.append(view)
    tag_links = {slug: TermLink(t.name, t.slug, t.url, len(t.posts)) for slug, t in tags.items()}
    category_links = {slug: TermLink(t.name, t.slug, t.url, len(t.posts)) for slug, t in categories.items()}
    for view, post in zip(views, site.posts):
        view.tags = [tag_links[term_slug(name)] for name in post.tags]
        view.categories = [category_links[term_slug(name)] for name in post.categories]
    for newer, older in zip(views, views[1:]):
        older.next, newer.prev = links[newer.slug], links[older.slug]

    by_slug = {view.slug: view for view in views}
    comment_views = [_comment_view(c, links[c.post_slug], comment_html[str(c.id)], fmt) for c in site.comments]
    for cv in comment_views:
        by_slug[cv.post.slug].comments.append(cv)
    recent = list(reversed(comment_views))

    now = max((v.updated or v.date for v in views), default=dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc))
    common = {
        "site": config,
        "labels": config.labels,
        "url_for": urls.link,
        "abs_url": urls.absolute,
        "mathjax_src": urls.link("/mathjax/tex-chtml.js") if config.mathjax.copy_from else config.mathjax.src,
        "mathjax_macros": config.mathjax.macros,
        "recent_comments": recent[:config.recent_comments],
        "all_tags": sorted(tag_links.values(), key=lambda t: (-t.count, t.name)),
        "all_categories": sorted(category_links.values(), key=lambda t: (-t.count, t.name)),
        "build_date": now,
    }
    fingerprint = Fingerprinter()
    seen_by: dict[str, list[tuple[str, Any]]] = {}

    def page(path: str, template: str, **context: Any) -> PageSpec:
        context["page_url"] = urls.link(path)
        shared = seen_by.get(template)
        if shared is None:
            names = (uses(template) if uses else None)
            shared = seen_by[template] = [(name, value) for name, value in common.items()
                                          if names is None or name in names]
        return PageSpec(urls.output(path), template, context, fingerprint.digest(template, shared, context))

    pages: list[PageSpec] = []
    per_page = config.posts_per_page
    total = max(1, math.ceil(len(views) / per_page))
    for n in range(1, total + 1):
        path = "/" if n == 1 else f"/page/{n}/"
        pagination = {
            "number": n, "total": total,
            "newer": (urls.link("/" if n == 2 else f"/page/{n - 1}/") if n > 1 else None),
            "older": urls.link(f"/page/{n + 1}/") if n < total else None,
        }
        pages.append(page(path, "index.html", posts=views[(n - 1) * per_page:n * per_page],
                          pagination=pagination))
    for view, post in zip(views, site.posts):
        pages.append(page(post_path(config, post), "post.html", post=view))
    pages.append(page("/comments/", "comments.html", comments=recent[:config.recent_comments * 5]))
    pages.append(page("/comments/recent.html", "_recent_comments.html", comments=recent[:config.recent_comments]))

    months: dict[tuple[int, int], list[PostLink]] = defaultdict(list)
    for view in views:
        months[(view.date.year, view.date.month)].append(links[view.slug])
    month_list = [{"year": y, "month": m, "url": urls.link(f"/archive/{y:04d}/{m:02d}/"), "posts": ps}
                  for (y, m), ps in months.items()]
    pages.append(page("/archive/", "archives.html", months=month_list))
    for month in month_list:
        pages.append(page(f"/archive/{month['year']:04d}/{month['month']:02d}/", "archive_month.html",
                          month=month))
    for kind, table, term_links in (("tags", tags, tag_links), ("categories", categories, category_links)):
        pages.append(page(f"/{kind}/", "terms.html", kind=kind,
                          terms=sorted(term_links.values(), key=lambda t: t.name)))
        for t in table.values():
            pages.append(page(f"/{kind}/{t.slug}/", "term.html", kind=kind, term=t))
    pages.append(page("/atom.xml", "atom.xml",
                      entries=[(v, feed_html[v.slug]) for v in views if v.slug in feed_html]))
    pages.append(page("/404.html", "404.html"))
    pages.append(page("/robots.txt", "robots.txt"))
    pages.append(page("/sitemap.xml", "sitemap.xml", posts=[links[v.slug] for v in views],
                      other_urls=[urls.absolute("/"), urls.absolute("/archive/"), urls.absolute("/comments/")]
                      + [urls.absolute(f"/tags/{t.slug}/") for t in tags.values()]
                      + [urls.absolute(f"/categories/{t.slug}/") for t in categories.values()]))
    return SitePlan(common, pages)


def _comment_view(c: Comment, post: PostLink, body_html: str, fmt: str) -> CommentView:
    return CommentView(
        id=str(c.id), author=c.author, author_url=c.url, date=c.date,
        date_str=c.date.strftime(fmt + " %H:%M"), html=body_html, text=short_html(body_html),
        post=post, url=f"{post.url}#comment-{c.id}",
    )
