"""The immutable records that flow between build stages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Post:
    source: str
    """Absolute path of the Markdown file (text: 10,000 Path objects cost a build ~0.3 s)."""
    display: str
    """Path as shown in messages, relative to the site root: posts/x.md"""
    slug: str
    title: str
    author: str
    date: dt.datetime
    """Timezone-aware."""
    markdown: str | None
    """The body, front matter removed; None when the post came from the cache without reading
    its file (load.with_markdown reads it)."""
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


class RenderedPost:
    """A post's HTML and excerpt. `key` names them (the build cache's key for the post), so pages
    can be compared without the HTML; with `load`, the HTML is read only when a page shows it."""

    __slots__ = ("_html", "_excerpt_html", "_has_more", "key", "_load")

    def __init__(self, html: str | None = None, excerpt_html: str | None = None, has_more: bool | None = False, *,
                 key: str = "", load: Callable[[], tuple[str, str]] | None = None) -> None:
        """has_more=None: not known yet, like the HTML (a post still being rendered: see `fill`)."""
        self._html, self._excerpt_html, self._load = html, excerpt_html, load
        self._has_more = has_more
        self.key = key

    def fill(self, html: str, excerpt_html: str, has_more: bool) -> None:
        self._html, self._excerpt_html, self._has_more, self._load = html, excerpt_html, has_more, None

    def _fill(self) -> None:
        if self._html is None:
            if self._load is None:
                raise ValueError("RenderedPost has neither HTML nor a way to load it")
            self._html, self._excerpt_html = self._load()

    @property
    def has_more(self) -> bool:
        """True when the excerpt is shorter than the post (show a 'read more' link)."""
        if self._has_more is None:
            raise ValueError("RenderedPost is still being rendered")
        return self._has_more

    @property
    def html(self) -> str:
        self._fill()
        return self._html

    @property
    def excerpt_html(self) -> str:
        self._fill()
        return self._excerpt_html

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RenderedPost):
            return NotImplemented
        return (self.html, self.excerpt_html, self.has_more) == (other.html, other.excerpt_html, other.has_more)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"RenderedPost(key={self.key!r}, has_more={self.has_more})"


@dataclass(frozen=True)
class BuildReport:
    output: Path
    pages: int
    files: int
    posts: int
    seconds: float
    rendered: int = 0
    """Posts whose Markdown was rendered in this build (the others came from the cache)."""
    cached: int = 0
    """Posts whose HTML came from the cache."""
    written: int = 0
    """Output files whose bytes changed (the others were left as they were)."""
    unchanged: int = 0
    removed: int = 0
    """Output files deleted because the new site no longer has them."""
    skipped: bool = False
    """Nothing changed since the last build: nothing was rendered or written."""

    def summary(self) -> str:
        return (f"Built {self.posts} posts: {self.pages} pages, {self.files} files in total, "
                f"into {self.output} in {self.seconds:.2f} s")
