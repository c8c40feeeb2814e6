"""What a comment server must offer blogbuild, whatever software it runs.

A provider answers three needs:

- ``fetch(threads)``: every approved comment of the given threads, as RemoteComment records (the
  commenter's Markdown, author, website, creation time, the server's own id and the id of the
  comment it answers). Deleted comments that the server keeps because replies refer to them come
  with ``deleted=True``. Any fault is one CommentServerError naming the URL.
- ``push(threads)``: put the site's existing comments on the server with their dates, authors and
  threads, skipping those already there (running it twice adds nothing). Returns how many it added.
- the live widget: the theme's ``templates/_comments_live.html`` has one branch per provider
  (``site.comments.provider``) that loads the server's own script into ``<div class="comments-live">``
  and shows it only once it has loaded its comments.

A second provider (Waline, Artalk, Remark42) is one module beside isso.py implementing
``fetch`` (Waline: ``GET /api/comment?path=…``; Artalk: ``POST /api/v2/comments``; Remark42:
``GET /api/v1/find?url=…&format=plain``), ``push`` (their import formats or admin APIs), one branch
in _comments_live.html, and its name in config.COMMENT_PROVIDERS and ``make_provider`` below.
sync.py, the YAML files and the templates of the static thread stay as they are.

Threads are named by the page's path on the site without the base path (``/archives/rope/``), so
that moving the blog to another host or subpath (``--base-url``) keeps every thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from blogbuild.progress import SILENT, Progress
from blogbuild.site.config import Config
from blogbuild.site.models import Comment
from blogbuild.site.urls import Urls


@dataclass(frozen=True)
class Thread:
    slug: str
    """comments/<slug>.yaml holds this thread's archive."""
    uri: str
    """The thread's id on the server: the page's site path, '/archives/rope/'."""
    title: str


@dataclass(frozen=True)
class RemoteComment:
    remote_id: str
    """The server's id of the comment (Isso: an integer, as text)."""
    parent: str | None
    """The server's id of the comment it answers, or None."""
    author: str | None
    website: str | None
    text: str
    """What the commenter wrote (Markdown), not the server's HTML."""
    created: float
    """UNIX time."""
    deleted: bool = False
    """Deleted on the server, kept there only because replies refer to it."""


@dataclass(frozen=True)
class LocalThread:
    """A thread as push sends it: the site's comments of one page, oldest first."""
    thread: Thread
    comments: tuple[Comment, ...]


class Provider(Protocol):
    url: str

    def fetch(self, threads: list[Thread], progress: Progress = SILENT) -> dict[str, list[RemoteComment]]:
        """thread uri → its approved comments (threads without comments may be left out); says on
        progress how many threads it has read."""

    def push(self, threads: list[LocalThread]) -> int:
        """Add the comments the server does not have yet; return how many were added."""


def thread_uri(config: Config, path: str) -> str:
    """The thread id of the page at site path `path` ('/archives/rope/'), as its HTML names it
    (templates/_comments_live.html: page_url without the base path)."""
    return "/" + Urls(config).link(path)[len(config.base_path):]


SAME_TIME = 0.001
"""Creation times this close (seconds) are the same moment: push stores a comment's date as its
creation time, and a YAML date keeps microseconds."""


def pair(local: list[Comment], remote: list[RemoteComment]) -> dict[str, RemoteComment]:
    """Which server comment each archived comment is (local id → remote), for one thread.

    A comment's identity across the two is its creation time: push gives the server the archive's
    dates, pull gives the archive the server's, and neither ever changes a creation time (an edit
    changes the text). Comments of the same moment are told apart by author, then taken in order
    (both sides list them oldest first, in the order they were created)."""
    found: dict[str, RemoteComment] = {}
    free = sorted(local, key=lambda c: (c.date.timestamp(), str(c.id)))
    for r in sorted(remote, key=lambda r: (r.created, _number(r.remote_id))):
        near = [c for c in free if abs(c.date.timestamp() - r.created) < SAME_TIME]
        if not near:
            continue
        chosen = next((c for c in near if c.author == r.author), near[0])
        found[str(chosen.id)] = r
        free.remove(chosen)
    return found


def _number(text: str) -> tuple[int, str]:
    return (int(text), "") if text.isdigit() else (0, text)
