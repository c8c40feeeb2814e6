"""What every reader (typecho.py, wordpress.py, disqus.py, hexo.py, jekyll.py) produces, and what
writer.py turns into files. The records carry no e-mail or IP address: readers drop them where they
read them, so they can never reach the site's files."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal


@dataclass
class ImportedComment:
    id: int | str
    """Kept from the old site (Typecho coid, WordPress comment_ID) so #comment-<id> anchors keep working."""
    author: str
    date: dt.datetime
    """Timezone-aware."""
    body: str
    """Markdown in blogbuild's dialect."""
    url: str | None = None
    parent: int | str | None = None
    """id of the comment this one answers (same post), or None."""


@dataclass
class ImportedEntry:
    """A post or a page of the old blog."""
    kind: Literal["post", "page"]
    record: str
    """Where it came from, for messages: 'contents cid=42', 'item post_id=7', 'source/_posts/x.md'."""
    slug: str
    title: str
    date: dt.datetime
    """Timezone-aware."""
    body: str
    """Markdown in blogbuild's dialect (formulas rewritten, `<!--more-->` kept)."""
    author: str | None = None
    updated: dt.datetime | None = None
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    readers: int | None = None
    draft: bool = False
    summary: str | None = None
    aliases: list[str] = field(default_factory=list)
    """Old URL paths (/archives/42/, /index.php/archives/42/) that must keep working."""
    comments: list[ImportedComment] = field(default_factory=list)
    nav: int | None = None
    """Pages: the place in the navigation (Typecho's `order`, WordPress's menu_order); lower first."""
    missing_uploads: list[str] = field(default_factory=list)
    """With --uploads: the files its text links to that the folder does not have (uploads.py)."""


@dataclass
class Attachment:
    """A file in the --uploads folder, copied into static/ when a post or page links to it."""
    source: str
    """Path relative to the --uploads folder."""
    target: str
    """Path under static/ where it goes; links in bodies are rewritten to /<target>."""


@dataclass
class ImportedSite:
    entries: list[ImportedEntry] = field(default_factory=list)
    settings: dict[str, object] = field(default_factory=dict)
    """blog.yaml values read from the source: title, url, timezone, permalink, description, author."""
    attachments: list[Attachment] = field(default_factory=list)
    """Every file in the --uploads folder (the writer copies those the entries link to)."""
    skipped: Counter = field(default_factory=Counter)
    """Reason → how many records were left out (e.g. 'pingback', 'spam comment', 'revision')."""
    drafts: Counter = field(default_factory=Counter)
    """Why entries were imported as drafts (the old site's status: 'draft', 'hidden', 'private', …)."""
    changed: Counter = field(default_factory=Counter)
    """What the reader had to change to make a valid site, by reason (e.g. 'invalid slug replaced')."""
    notes: list[str] = field(default_factory=list)
    """Decisions the reader made that the author should know, with the reason (the math dialect)."""
    comments: dict[str, list[ImportedComment]] = field(default_factory=dict)
    """Comments for posts and pages already on the site (Disqus), by slug: merged into
    comments/<slug>.yaml by id."""
