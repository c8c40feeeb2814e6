"""Slugs that are stable across builds and safe in URLs and file names."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}-")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_VALID_SLUG = re.compile(r"^[\w\-.~]+$")


def slug_from_filename(stem: str) -> str:
    """'2019-03-01-my-post' -> 'my-post'; a name with CJK keeps an ASCII part plus a short hash.

    The hash is of the file name, so the URL is stable as long as the file keeps its name, and
    two Chinese file names never share a slug.
    """
    base = _DATE_PREFIX.sub("", stem) or stem
    ascii_part = _NOT_SLUG.sub("-", unicodedata.normalize("NFKD", base).encode("ascii", "ignore")
                               .decode().lower()).strip("-")
    if base.isascii() and ascii_part:
        return ascii_part
    digest = hashlib.sha1(base.encode("utf-8")).hexdigest()[:8]
    return f"{ascii_part}-{digest}" if ascii_part else digest


def check_slug(slug: str) -> str | None:
    """Return why a user-given slug is unusable in a URL, or None."""
    if not slug:
        return "is empty"
    if slug in (".", "..") or "/" in slug or "\\" in slug:
        return "must not contain '/', '\\' or be '.' or '..'"
    if not _VALID_SLUG.fullmatch(slug):  # fullmatch: '$' would accept a trailing newline
        return "may only contain letters, digits, '-', '_', '.' and '~'"
    return None


@functools.lru_cache(maxsize=65536)
def term_slug(term: str) -> str:
    """Tag/category URL part: keeps CJK (browsers show it), lowercases, dashes for the rest."""
    s = unicodedata.normalize("NFKC", term).strip().lower()
    s = re.sub(r"[\s/\\?#%&+<>\"'`|^{}\[\]:;@=$,]+", "-", s).strip("-.")
    return s or hashlib.sha1(term.encode("utf-8")).hexdigest()[:8]
