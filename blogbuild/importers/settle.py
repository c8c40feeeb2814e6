"""What the importer writes, the build accepts: the last pass over every reader's entries before
the writer writes them, so no export, however odd, leaves a site that does not build.

The build refuses (site/load.py, render/pages.py) a post or page at a URL the site makes itself
(/search/, /tags/, …: site/urls.py) or at another's URL, an alias that is another entry's URL, a
comment id used twice, and replies whose parent is missing from their thread or that go round in a
circle. Each is mended here the way the old site's readers would least notice, and counted in the
import's summary:

- a slug whose URL is taken is made unique (`<slug>-2`, …), its old URL kept as an alias when the
  site does not make that URL itself;
- an alias that is an entry's URL, the site's own, or already another entry's alias is dropped;
- a comment that repeats an earlier one exactly (same id, author, date and text) is dropped; one
  with a used id and other content gets a new id (`<id>-2`, …);
- a reply to itself, to a comment not in its thread, or in a circle becomes a comment of the thread
  itself (no parent), as the thread's root answers it.
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import unquote

from blogbuild.importers.records import ImportedComment, ImportedEntry, ImportedSite
from blogbuild.site.urls import entry_path, taken_by_site

SLUG_OWN = "slug whose URL the site makes itself (/search/, /tags/, …), made unique"
SLUG_TWICE = "URL used by two entries, slug made unique"
ALIAS_DROPPED = "old URL that is now another page's, not kept as an alias"
COMMENT_REPEATED = "comment repeated in the export, dropped"
COMMENT_RENAMED = "comment id used twice, renamed"
REPLY_REPARENTED = "reply to itself, to a missing comment or in a circle, made a reply to the post"


def settle(site: ImportedSite, permalink: str) -> None:
    """Mend site's entries and comments in place (see the module's docstring); counts go to site.changed."""
    _settle_urls(site, permalink)
    _settle_comments(site)


def url_of(entry: ImportedEntry, permalink: str) -> str:
    return entry_path(permalink, entry.slug, entry.date, entry.kind == "page")


def _settle_urls(site: ImportedSite, permalink: str) -> None:
    taken: set[str] = set()
    files: set[tuple[str, str]] = set()
    for entry in site.entries:
        url = unquote(url_of(entry, permalink))
        if taken_by_site(url) or url in taken or _file_key(entry) in files:
            old_url, old_slug = url, entry.slug
            site.changed[SLUG_OWN if taken_by_site(url) else SLUG_TWICE] += 1
            n = 2
            while True:
                entry.slug = f"{old_slug}-{n}"
                url = unquote(url_of(entry, permalink))
                if not taken_by_site(url) and url not in taken and _file_key(entry) not in files:
                    break
                n += 1
            if old_slug in site.comments and old_slug not in (e.slug for e in site.entries):
                site.comments[entry.slug] = site.comments.pop(old_slug)
            if not taken_by_site(old_url):
                entry.aliases.append(old_url)
        taken.add(url)
        files.add(_file_key(entry))
    used: set[str] = set()
    for entry in site.entries:
        kept = []
        for alias in entry.aliases:
            path = unquote(alias)
            if path == unquote(url_of(entry, permalink)) or path in used:
                continue  # the entry's own URL, or said twice: nothing to redirect
            if path in taken or taken_by_site(path):
                site.changed[ALIAS_DROPPED] += 1
                continue
            used.add(path)
            kept.append(alias)
        entry.aliases = kept


def _file_key(entry: ImportedEntry) -> tuple[str, str]:
    """What names the entry's Markdown file (writer.entry_path): the slug, and the day for a post."""
    return (entry.kind, entry.slug if entry.kind == "page" else f"{entry.date:%Y-%m-%d}-{entry.slug}")


def _settle_comments(site: ImportedSite) -> None:
    threads = [(entry.comments, True) for entry in site.entries] + [(t, False) for t in site.comments.values()]
    ids: set[str] = set()  # given out
    exported: set[tuple] = set()  # each comment as the export had it, its id included
    for thread, whole in threads:
        kept: list[ImportedComment] = []
        for c in thread:
            key, as_exported = str(c.id), (str(c.id), *_as_exported(c))
            if as_exported in exported:
                site.changed[COMMENT_REPEATED] += 1
                continue
            exported.add(as_exported)
            if key in ids:
                n = 2
                while f"{key}-{n}" in ids:
                    n += 1
                c.id = key = f"{key}-{n}"
                site.changed[COMMENT_RENAMED] += 1
            ids.add(key)
            kept.append(c)
        thread[:] = kept
        _settle_parents(thread, site.changed, whole)


def _as_exported(c: ImportedComment) -> tuple:
    return (c.author, c.date, c.body, c.url, None if c.parent is None else str(c.parent))


def _settle_parents(thread: list[ImportedComment], changed: Counter, whole: bool) -> None:
    """Every parent in the thread, and no circle: a reply that breaks either answers the post.
    whole: the thread is all there is (a new post's); else (comments for a post the site has, from
    Disqus) a parent may be in the site's file already."""
    by_id = {str(c.id): c for c in thread}
    for c in thread:
        if c.parent is not None and (str(c.parent) == str(c.id) or whole and str(c.parent) not in by_id):
            c.parent = None
            changed[REPLY_REPARENTED] += 1
    for c in thread:  # a circle a → b → … → a: its first comment in the thread answers the post
        path, current = {str(c.id)}, c.parent
        while current is not None and str(current) not in path and str(current) in by_id:
            path.add(str(current))
            current = by_id[str(current)].parent
        if current is not None and str(current) == str(c.id):  # c is in the circle, not on a way into it
            c.parent = None
            changed[REPLY_REPARENTED] += 1
