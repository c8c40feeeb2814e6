"""The immutable records that flow between build stages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Post:
    source: Path
    """Absolute path of the Markdown file."""
    display: str
    """Path as shown in messages, relative to the site root: posts/x.md"""
    slug: str
    title: str
    author: str
    date: dt.datetime
    """Timezone-aware."""
    markdown: str
    """The body, front matter removed."""
    body_line: int
    """Line of the source file where the body starts (for messages about the body)."""
    digest: str
    """sha256 of the whole source file; feeds caches."""
    readers: int | None = None
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    summary: str | None = None
    draft: bool = False
    updated: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Comment:
    id: int | str
    post_slug: str
    author: str
    date: dt.datetime
    body: str
    url: str | None
    source: str
    line: int


@dataclass(frozen=True, slots=True)
class Site:
    root: Path
    posts: tuple[Post, ...]
    """Newest first."""
    comments: tuple[Comment, ...] = field(default=())
    """Oldest first."""


@dataclass(frozen=True, slots=True)
class RenderedPost:
    html: str
    excerpt_html: str
    has_more: bool
    """True when the excerpt is shorter than the post (show a 'read more' link)."""
