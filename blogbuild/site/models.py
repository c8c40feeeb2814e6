"""The immutable records that flow between build stages."""

from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass, field, fields
from pathlib import Path


def _pickled_by_fields(cls: type) -> type:
    """cls pickled as its class and its fields' values, so that unpickling calls __init__: twice as
    fast as the __setstate__ dataclasses give a frozen slots class, which looks up the fields for
    each object. The build cache unpickles every post and every comment on every build (20,000
    comments: ~0.14 s, now ~0.08 s)."""
    values = operator.attrgetter(*(f.name for f in fields(cls)))

    def __reduce__(self):  # noqa: N807
        return cls, values(self)

    cls.__reduce__ = __reduce__
    return cls


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Post:
    source: str
    """Absolute path of the Markdown file (text: 10,000 Path objects cost a build ~0.3 s)."""
    display: str
    """Path as shown in messages, relative to the site root: posts/x.md"""
    slug: str
    title: str
    author: str
    date: dt.datetime | None
    """Timezone-aware. None only for a page written without a date."""
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
    aliases: tuple[str, ...] = ()
    """Old URL paths (/archives/6463/, WordPress's /?p=42) that redirect to this post: links on the
    web keep working."""
    page: bool = False
    """A page (pages/*.md: 关于, 留言板): its own URL /{slug}/, in the navigation, in no listing."""
    nav: int | None = None
    """A page's place in the navigation (lower first); None: not in it. Always None for posts."""
    toc: bool | None = None
    """`toc:` in the front matter: a table of contents always (true) or never (false); None: when
    the post has enough headings (render/headings.py)."""
    number: int | None = None
    """`id:` in the front matter: the post's number for a permalink with {id} (Typecho's
    /archives/6463/; `blogbuild new` writes the next free one)."""


@_pickled_by_fields
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
    parent: int | str | None = None
    """id of the comment this one replies to (same post), or None for a top-level comment."""


@dataclass(frozen=True, slots=True)
class Site:
    root: Path
    posts: tuple[Post, ...]
    """Newest first."""
    pages: tuple[Post, ...] = field(default=())
    """In navigation order: by `nav`, then title."""
    comments: tuple[Comment, ...] = field(default=())
    """Oldest first."""


@dataclass(frozen=True, slots=True)
class RenderedPost:
    """A post's HTML, its excerpt, and what `blogbuild check` found in it."""
    html: str
    excerpt_html: str
    has_more: bool
    """True when the excerpt is shorter than the post (show a 'read more' link)."""
    problems: tuple = ()
    """render.problem.Problem records about the post on its own."""
    links: tuple = ()
    """(render.problem.Problem, slug) for each link to a post: a problem only if no post has that slug."""
    files: tuple = ()
    """Files beside the post it names (render/files.file_records): published if they exist."""


@dataclass(frozen=True)
class BuildOptions:
    """How a build was asked for, from the CLI, serve or a caller of build(): one record that
    travels whole into the speed layer, whose no-op key is made of every field (run_key)."""
    drafts: bool = False
    base_url: str | None = None
    """Over blog.yaml's `url`."""
    output: str | None = None
    """Over blog.yaml's `output`."""
    strict: bool = False
    """What `blogbuild check` finds is an error, not a warning."""
    search: bool = True
    """A search index when Pagefind is installed (serve's preview makes none)."""
    math: str | None = None
    """"client" or "server" over blog.yaml's math.render."""
    jobs: int | None = None
    """Processes for the speed layer (default: one per core): how the build runs, not what it makes."""
    cache: bool = True
    """False: the reference build, remembering nothing (the output is the same either way)."""

    def run_key(self) -> tuple:
        """Every field that can change what a build makes (all but jobs and cache), by name: a
        field added here is in the key without anyone remembering to add it."""
        return tuple((f.name, getattr(self, f.name)) for f in fields(self) if f.name not in _HOW_IT_RUNS)


_HOW_IT_RUNS = frozenset({"jobs", "cache"})


@dataclass(frozen=True)
class BuildReport:
    output: Path
    pages: int
    files: int
    posts: int
    seconds: float
    rendered: int = 0
    """Posts whose Markdown was rendered in this build (the others came from the cache); pages
    are rendered the same way but not counted here."""
    cached: int = 0
    """Posts whose HTML came from the cache."""
    written: int = 0
    """Output files whose bytes changed (the others were left as they were)."""
    unchanged: int = 0
    removed: int = 0
    """Output files deleted because the new site no longer has them."""
    warnings: tuple = ()
    """What the build printed as warnings (render.problem.Problem: path, line, col, message)."""
    skipped: bool = False
    """Nothing changed since the last build: nothing was rendered or written."""

    def summary(self) -> str:
        return (f"Built {self.posts} posts: {self.pages} pages, {self.files} files in total, "
                f"into {self.output} in {self.seconds:.2f} s")
