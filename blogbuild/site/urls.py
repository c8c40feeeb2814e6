"""The site's URLs: where each post and page lives (its permalink), links with the base path, and
the one list of the URLs the site makes itself, which posts, pages, aliases and every importer
must leave alone.

A site path is relative to the base path of `url:` in blog.yaml ('/archives/x/'); Urls turns it
into a link ('/blog/archives/x/'), an absolute URL, or the file written for it.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote, urlsplit

from blogbuild.site.config import Config
from blogbuild.site.models import Post

_URL_SAFE = re.compile(r"[A-Za-z0-9/~\-._#]*")
"""What quote(url, safe="/~-._#%") leaves as it is, '%' aside (it may start an escape)."""


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


def entry_path(permalink: str, slug: str, date, page: bool, number: int | None = None) -> str:
    """The site path of a post (permalink filled in; number: its `id:`, for {id}) or of a page (/{slug}/)."""
    if page:
        return f"/{slug}/"
    return permalink.format(slug=slug, id=number, year=f"{date.year:04d}", month=f"{date.month:02d}",
                            day=f"{date.day:02d}")


def post_path(config: Config, post: Post) -> str:
    """The site path of a post (its permalink) or of a page (/{slug}/)."""
    return entry_path(config.permalink, post.slug, post.date, post.page, post.number)


def numbered(permalink: str) -> bool:
    """Posts are told apart in this permalink by their `id:` number (/archives/{id}/), not their slug."""
    return "{slug}" not in permalink


# -- the URLs the site makes itself --------------------------------------------------------------

SITE_PAGES = (
    "/", "/page/{n}/",
    "/archive/", "/archive/{year}/{month}/",
    "/tags/", "/tags/{slug}/", "/categories/", "/categories/{slug}/",
    "/comments/", "/comments/recent.html",
    "/search/",
    "/atom.xml", "/sitemap.xml", "/robots.txt", "/404.html", "/_redirects",
)
"""Every page render/pages.py plans besides posts, pages and their aliases (it checks that it
makes no other), as patterns: {n} a page number from 2, {year}/{month} digits, {slug} a name."""
SITE_FOLDERS = ("static", "mathjax", "pagefind")
"""Folders of files the build copies or makes (the theme's and the site's static/, MathJax,
the search index): nothing else may live under them."""

_PATTERN = {"{n}": r"[0-9]+", "{year}": r"[0-9]{4}", "{month}": r"[0-9]{2}", "{slug}": r"[^/]+"}


def _regex(pattern: str) -> str:
    out = re.escape(pattern)
    for name, regex in _PATTERN.items():
        out = out.replace(re.escape(name), regex)
    return out


_SITE_PAGE = re.compile("|".join(_regex(p) for p in SITE_PAGES))
RESERVED_NAMES = frozenset(p.strip("/").split("/")[0] for p in SITE_PAGES if p != "/") | frozenset(SITE_FOLDERS)
"""First path parts the site uses for its own pages or folders ('tags', 'search', 'atom.xml'): a
page (at /<slug>/) or a post with permalink /{slug}/ must not take one."""


def taken_by_site(path: str) -> bool:
    """Whether a post, page or alias at this site path would clash with the site's own pages, now
    or later: it is one of them, or it needs one of them to be a folder (/atom.xml/)."""
    if is_site_page(path):
        return True
    parts = unquote(path).strip("/").split("/")
    return any(is_site_page("/" + "/".join(parts[:i])) for i in range(1, len(parts) + path.endswith("/")))


def is_site_page(path: str) -> bool:
    """Whether a site path ('/tags/x/', '/page/2/') is one the site makes itself, now or once a
    tag, a month or a page of the index exists (percent escapes read as a server reads them)."""
    path = unquote(path)
    return bool(_SITE_PAGE.fullmatch(path)) or path.lstrip("/").split("/")[0] in SITE_FOLDERS
