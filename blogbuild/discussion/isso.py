"""Isso (https://isso-comments.de/): read through its public REST API, import through its own
database layer.

Reading: ``POST /count`` with every thread's id tells which threads have comments; ``GET
/?uri=<thread>&plain=1`` then returns each of those threads whole, with the commenters' Markdown
(plain=1) rather than Isso's HTML. Only approved comments (mode 1) and deleted ones kept for their
replies (mode 4) are public; comments waiting for moderation never reach the archive.

Importing: Isso's REST API stamps a new comment with the time it is posted, and its importers
(``isso import``: Disqus, WordPress, generic JSON) read dates as the server's local time, drop
threads (generic) and ask before writing into a database that has comments. So push does what
``isso import`` does, with Isso's own ``isso.db.SQLite3`` on the server's configuration file
(``--isso-config``), on the machine where Isso's database lives: threads created with their
titles, each comment added with its date, author, website and the comment it answers. Comments
already there (same thread, same creation time to the millisecond, same author) are skipped, so
pushing twice adds nothing.

Isso keeps threads two levels deep: a reply to a reply is stored as a reply to the top comment.
The archive keeps the exact parent it had; comments written on Isso come back with Isso's.
"""

from __future__ import annotations

import html
import math
import time
from typing import Any
from urllib.parse import quote

from blogbuild.discussion.http import request_json
from blogbuild.discussion.provider import LocalThread, RemoteComment, Thread, pair
from blogbuild.errors import CommentServerError
from blogbuild.progress import SILENT, Progress

APPROVED, DELETED = 1, 4
"""Isso's comment modes (2: waiting for moderation, never public)."""
COUNT_BATCH = 1000
WHOLE_PULL = 30
"""A fetch as a whole gives up after this many times the timeout of one answer: a server that
answers each request just in time must not hold the hourly deploy for hours either."""
"""Threads per /count request: Isso refuses request bodies over 256 KB."""


class Isso:
    def __init__(self, url: str, *, timeout: float = 10.0, isso_config: str | None = None) -> None:
        self.url = url if url.endswith("/") else url + "/"
        self.timeout = timeout
        self.isso_config = isso_config

    # ------------------------------------------------------------------ reading (REST API)

    def fetch(self, threads: list[Thread], progress: Progress = SILENT) -> dict[str, list[RemoteComment]]:
        if not threads:
            return {}
        url = self.url + "count"
        deadline = time.monotonic() + WHOLE_PULL * self.timeout
        counts: list[int] = []
        for start in range(0, len(threads), COUNT_BATCH):
            uris = [t.uri for t in threads[start:start + COUNT_BATCH]]
            answer = request_json(url, timeout=self.timeout, body=uris, deadline=deadline)
            if not isinstance(answer, list) or len(answer) != len(uris) or not all(map(_is_int, answer)):
                raise CommentServerError(f"malformed answer: expected a list of {len(uris)} numbers", url)
            counts += answer
        found: dict[str, list[RemoteComment]] = {}
        busy = [thread for thread, count in zip(threads, counts, strict=True) if count > 0]
        progress.stage("pulling comments: threads")
        for done, thread in enumerate(busy):
            progress.count(done, len(busy))
            found[thread.uri] = self.fetch_thread(thread.uri, deadline)
        return found

    def fetch_thread(self, uri: str, deadline: float | None = None) -> list[RemoteComment]:
        url = f"{self.url}?uri={quote(uri, safe='')}&plain=1"
        answer = request_json(url, timeout=self.timeout, deadline=deadline)
        if not isinstance(answer, dict) or not isinstance(answer.get("replies"), list):
            raise CommentServerError("malformed answer: expected an object with 'replies'", url)
        comments: list[RemoteComment] = []
        todo = list(answer["replies"])
        while todo:
            item = todo.pop(0)
            comments.append(_comment(item, url))
            todo.extend(item.get("replies") or [])
        return comments

    # ------------------------------------------------------------------ importing (Isso's database)

    def push(self, threads: list[LocalThread]) -> int:
        database = self._database()
        added = 0
        for local in threads:
            if not local.comments:
                continue
            uri = local.thread.uri
            if uri not in database.threads:
                database.threads.new(uri, local.thread.title)
            there = [_comment(dict(row, text=row["text"] or "", replies=None), "database")
                     for row in database.comments.fetch(uri, mode=7)]
            remote_of = {key: r.remote_id for key, r in pair(list(local.comments), there).items()}
            for comment in _parents_first(local.comments):
                key = str(comment.id)
                if key in remote_of:
                    continue
                parent = remote_of.get(str(comment.parent)) if comment.parent is not None else None
                row = database.comments.add(uri, {
                    "parent": int(parent) if parent is not None else None,
                    "created": comment.date.timestamp(),
                    "mode": APPROVED,
                    "remote_addr": "0.0.0.0",  # Isso's anonymised form; imported comments have none
                    "text": comment.body,
                    # Isso's API stores these HTML-escaped (its widget inserts them as HTML): the same here
                    "author": html.escape(comment.author, quote=False),
                    "email": None,
                    "website": html.escape(comment.url, quote=True) if comment.url else None,
                    "notification": 0,
                })
                remote_of[key] = str(row["id"])
                added += 1
        return added

    def _database(self) -> Any:
        if not self.isso_config:
            raise CommentServerError("pushing writes into Isso's database: run it where Isso runs, with "
                                     "--isso-config pointing at the server's isso.cfg", self.url)
        try:
            from isso import config as isso_config
            from isso import db as isso_db
        except ImportError:
            raise CommentServerError("pushing needs the isso package beside blogbuild (pip install isso)",
                                     self.url) from None
        try:
            conf = isso_config.load(isso_config.default_file(), self.isso_config)
            return isso_db.SQLite3(conf.get("general", "dbpath"), conf)
        except Exception as e:  # noqa: BLE001 - configparser, sqlite3, OSError: one line all the same
            raise CommentServerError(f"cannot open Isso's database: {' '.join(str(e).split())}",
                                     self.isso_config) from None


def _comment(item: Any, url: str) -> RemoteComment:
    """One comment of Isso's JSON, checked: a malformed one is an error naming the URL."""
    def bad(what: str) -> CommentServerError:
        ident = item.get("id") if isinstance(item, dict) else None
        return CommentServerError(f"malformed answer: comment {ident!r}: {what}", url)

    if not isinstance(item, dict):
        raise CommentServerError("malformed answer: a comment is not an object", url)
    ident, parent, created = item.get("id"), item.get("parent"), item.get("created")
    if not _is_int(ident):
        raise bad("'id' is not a number")
    if parent is not None and not _is_int(parent):
        raise bad("'parent' is not a number")
    if not isinstance(created, (int, float)) or isinstance(created, bool) or not math.isfinite(created) \
            or not 0 <= created < 253402128000:  # before year 10000 in every time zone (the last 2 days out)
        raise bad("'created' is not a time")
    for key in ("text", "author", "website"):
        if item.get(key) is not None and not isinstance(item[key], str):
            raise bad(f"'{key}' is not text")
    if not _is_int(item.get("mode")):
        raise bad("'mode' is not a number")
    if item.get("replies") is not None and not isinstance(item["replies"], list):
        raise bad("'replies' is not a list")
    return RemoteComment(
        remote_id=str(ident), parent=str(parent) if parent is not None else None,
        author=html.unescape(item["author"]) if item.get("author") else None,
        website=html.unescape(item["website"]) if item.get("website") else None,
        text=item.get("text") or "", created=float(created), deleted=item["mode"] == DELETED)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _parents_first(comments: tuple) -> list:
    """Oldest first, but never a reply before the comment it answers (imported dates can disagree)."""
    ordered = sorted(comments, key=lambda c: (c.date, str(c.id)))
    ids = {str(c.id) for c in ordered}
    placed: set[str] = set()
    result = []
    while ordered:
        for i, c in enumerate(ordered):
            if c.parent is None or str(c.parent) not in ids or str(c.parent) in placed:
                result.append(ordered.pop(i))
                placed.add(str(c.id))
                break
        else:  # a cycle of replies: load.py refuses self-replies, not longer loops; keep the rest flat
            result.extend(ordered)
            break
    return result
