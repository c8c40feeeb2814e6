"""`blogbuild import disqus export.xml -s SITE`: comments only, from a Disqus export (Admin →
Moderation → Export), attached to the site's existing posts and pages through their old URLs.

A thread's <link> is matched, by its path, against every post's and page's current URL and its
`aliases:` (so import the posts first, with their old URLs). Threads that match nothing are
counted and skipped, not an error: a Disqus forum keeps threads for test pages, previews and
deleted posts. Deleted and spam comments are skipped and counted; a reply to a skipped comment
answers that comment's nearest kept ancestor. Commenters' e-mail and IP addresses are never read.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import parse_qs, unquote

from blogbuild.errors import ImportSourceError, show
from blogbuild.importers.dialects import BLOGBUILD, html_to_markdown
from blogbuild.importers.records import ImportedComment, ImportedSite
from blogbuild.importers.values import DATE_RANGE, split_url, usable_date, whole
from blogbuild.importers.xmlexport import parse_export
from blogbuild.site.config import load_config
from blogbuild.site.load import load_site
from blogbuild.site.query_links import query_alias
from blogbuild.site.urls import post_path

DSQ = "{http://disqus.com/disqus-internals}id"
ANONYMOUS = "Anonymous"


def read(source: Path, *, display: str, site: Path, uploads: Path | None = None) -> ImportedSite:
    """uploads: unused (a Disqus export has no files)."""
    root = parse_export(source, display)
    ns = root.tag[:-len("disqus")] if root.tag.endswith("disqus") else None
    if ns is None:
        raise ImportSourceError("not a Disqus export (the root element is not <disqus>)", display)
    urls, tz = _site_urls(site)
    result = ImportedSite()
    threads: dict[str, str | None] = {}  # dsq:id → slug, None when it matches no post
    for thread in root.iter(ns + "thread"):
        if thread.get(DSQ) is None or thread.find(ns + "link") is None:
            continue  # a post's <thread dsq:id/> reference
        threads[thread.get(DSQ)] = _match(thread.findtext(ns + "link") or "", urls)
    rows: list[tuple[str, str, str | None, ImportedComment | None]] = []
    unmatched_threads: set[str] = set()
    for post in root.iter(ns + "post"):
        rows.append(_comment(post, ns, display, threads, tz, result, unmatched_threads))
    if unmatched_threads:
        result.skipped["Disqus thread matching no post or page"] += len(unmatched_threads)
    parents = {pid: parent for pid, _slug, parent, _c in rows}
    for _pid, slug, _parent, comment in rows:
        if comment is not None:
            result.comments.setdefault(slug, []).append(comment)
    for comments in result.comments.values():
        ids = {str(c.id) for c in comments}
        for comment in comments:
            parent, seen = parents.get(str(comment.id)), set()
            while parent is not None and parent not in ids and parent not in seen:
                seen.add(parent)
                parent = parents.get(parent)
            comment.parent = int(parent) if parent in ids and parent != str(comment.id) else None
    return result


def _site_urls(root: Path) -> tuple[dict[str, str], dt.tzinfo]:
    """Every path a post or page of the site answers to (its URL and its aliases) → its slug."""

    config = load_config(root)
    site = load_site(root, config, drafts=True)
    urls: dict[str, str] = {}
    for post in (*site.posts, *site.pages):
        for path in (post_path(config, post), *post.aliases):
            urls.setdefault(_key(path), post.slug)
            urls.setdefault(_key(config.base_path.rstrip("/") + path), post.slug)
    return urls, config.tzinfo


def _key(path: str) -> str:
    """Paths compared decoded, without a trailing slash or index.html: /archives/42/ = /archives/42"""
    path = unquote(path)
    path = path[:-len("index.html")] if path.endswith("/index.html") else path
    return path.rstrip("/") or "/"


def _match(link: str, urls: dict[str, str]) -> str | None:
    """The slug of the post or page at link: by its path, or for WordPress's /?p=42 (/?page_id=42)
    by the alias of that form a WordPress import gave it (site/query_links.py)."""
    parts = split_url(link.strip())
    home = (parts.path[:-len("index.php")] if parts.path.endswith("/index.php") else parts.path).rstrip("/")
    values = parse_qs(parts.query)
    for key in ("p", "page_id"):
        if len(values.get(key, ())) == 1 and query_alias(alias := f"/?{key}={values[key][0]}"):
            return urls.get(home + alias)  # the site's home, under its base path or not
    if parts.query and not home:
        return None  # the home page with another query: no post
    return urls.get(_key(parts.path or "/"))


def _comment(post: ET.Element, ns: str, display: str, threads: dict[str, str | None], tz: dt.tzinfo,
             result: ImportedSite, unmatched: set[str]) -> tuple[str, str, str | None, ImportedComment | None]:
    """(id, slug or thread id, parent id, the comment or None when skipped)."""

    pid = post.get(DSQ) or ""
    record = f"post dsq:id={show(pid)[1:-1]}" if pid else "post without dsq:id"
    if whole(pid) is None or pid.startswith(("-", "+")):
        raise ImportSourceError(f"dsq:id must be a number, got {show(pid)}", display, record)
    thread_el = post.find(ns + "thread")
    thread = thread_el.get(DSQ) if thread_el is not None else None
    parent_el = post.find(ns + "parent")
    parent = parent_el.get(DSQ) if parent_el is not None else None
    if thread not in threads:
        raise ImportSourceError(f"its thread {show(thread)} is not in the export", display, record)
    slug = threads[thread]
    if (post.findtext(ns + "isDeleted") or "").strip() == "true":
        result.skipped["deleted comment"] += 1
        return pid, slug or thread, parent, None
    if (post.findtext(ns + "isSpam") or "").strip() == "true":
        result.skipped["spam comment"] += 1
        return pid, slug or thread, parent, None
    if slug is None:
        unmatched.add(thread)
        result.skipped["comment in a thread matching no post or page"] += 1
        return pid, thread, parent, None
    created = (post.findtext(ns + "createdAt") or "").strip()
    try:
        date = dt.datetime.fromisoformat(created.replace("Z", "+00:00"))
    except ValueError:
        raise ImportSourceError(f"createdAt must be a date like 2013-01-02T03:04:05Z, got {show(created)}",
                                display, record) from None
    if date.tzinfo is None:
        date = date.replace(tzinfo=dt.timezone.utc)
    if not usable_date(date):
        raise ImportSourceError(f"createdAt must be a date {DATE_RANGE}, got {show(created)}", display, record)
    author = post.find(ns + "author")
    name = " ".join((author.findtext(ns + "name") or author.findtext(ns + "username") or "").split()) \
        if author is not None else ""
    # Disqus showed comments in its own frame, where the page's MathJax never ran: blogbuild's own
    # rules read them (a `$` pair is a formula only as pandoc would see one).
    try:
        body = html_to_markdown(post.findtext(ns + "message") or "", BLOGBUILD)
    except ValueError as e:  # HTML nested too deeply
        raise ImportSourceError(str(e), display, record) from None
    return pid, slug, parent, ImportedComment(id=int(pid), author=name or ANONYMOUS, date=date.astimezone(tz),
                                              body=body)
