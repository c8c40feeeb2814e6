"""What every reader must make valid the same way: slugs (unique, usable in a URL, never taking an
old URL another entry keeps) and commenters' web addresses."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import unquote, urlsplit

from blogbuild.site.slugs import check_slug
from blogbuild.site.urls import RESERVED_NAMES, taken_by_site

_NOT_SLUG = re.compile(r"[^\w\-.~]+")
REPLACED = "slug not usable in a URL, replaced (the old URL is kept as an alias)"
CLASHED = "slug used twice, made unique"
SITE_NAMES = RESERVED_NAMES | {"index.html"}
"""The first parts of the URLs the site makes itself (site/urls.py): a page is at /<slug>/, so its
slug may not be one of them (nor a post's, with permalink /{slug}/)."""
OWN_NAME = "slug is a URL blogbuild makes itself (comments, tags, page, …), made unique"


class Slugs:
    """Hands out each entry's slug. Old slugs blogbuild can use are reserved first (reserve), so a
    cleaned slug ('c++&x' → 'c-x') never takes the URL another entry keeps."""

    def __init__(self, changed: Counter) -> None:
        self.changed = changed
        self.reserved: set[str] = set()
        self.taken: set[str] = set(SITE_NAMES)
        """Given out, reserved, or blogbuild's own."""

    def reserve(self, raw: str) -> None:
        raw = raw.strip()
        if raw and check_slug(raw) is None and raw not in SITE_NAMES:
            self.reserved.add(raw)
            self.taken.add(raw)

    def assign(self, raw: str, fallback: str, key: str | int) -> str:
        """raw: the old slug (may be percent-encoded, empty or invalid); fallback: used when nothing of
        it is usable ('42', 'page-42'); key: the record's id, appended to make a clash unique."""
        raw = raw.strip()
        if raw in self.reserved:
            self.reserved.discard(raw)  # the first entry with it gets it; a second one clashes
            return raw
        wanted = _NOT_SLUG.sub("-", unquote(raw)).strip("-.~")
        if not wanted or check_slug(wanted) is not None:
            wanted = fallback
        if raw and wanted != raw:
            self.changed[REPLACED] += 1
        if wanted in self.taken:
            self.changed[OWN_NAME if wanted in SITE_NAMES else CLASHED] += 1
            base, wanted, n = wanted, f"{wanted}-{key}", 2
            while wanted in self.taken:
                wanted, n = f"{base}-{key}-{n}", n + 1
        self.taken.add(wanted)
        return wanted


def site_owned(path: str) -> bool:
    """An old URL that is one of the new site's own pages (the home page, /comments/, /tags/x/, …):
    never an alias, the site's page stays."""
    return path in ("/index.php", "/index.php/") or taken_by_site(path)


def web_url(value: object) -> str | None:
    """A commenter's home page, if it is an http(s) address (javascript: and the like are dropped)."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(
            ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    return url
