"""`blogbuild import wordpress export.xml`: a WordPress export (WXR 1.0–1.2, under the http:// or
https://wordpress.org/export/1.x/ namespace) as records.

What becomes what:
- items of type post / page → posts / pages; publish → published; draft, pending, future (scheduled),
  private and password-protected → drafts; trash and auto-draft, revisions, menu items, attachments
  (their files come with --uploads) and other types are skipped and counted.
- attachments with --uploads: their records (_wp_attached_file, attachment_url, guid) map links to
  files of the folder; only the files posts and pages link to are copied (uploads.py).
- the HTML of posts, excerpts and comments → Markdown through the dialects (formulas set aside
  first, `<!--more-->` kept, `[caption]` reduced to its image, other shortcodes left as written).
- comments: approved ones (wp:comment_approved 1) with their wp:comment_parent; pingbacks,
  trackbacks, spam, unapproved and trashed ones are skipped and counted.
- views / post_views_count post meta → readers; each item's <link> path → its alias, and for published
  items WordPress's link by id (/?p=42, /?page_id=42) too.
- authors' and commenters' e-mail and IP addresses are never read.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

from blogbuild.errors import ImportSourceError, show
from blogbuild.importers.dialects import WORDPRESS, html_to_markdown
from blogbuild.importers.naming import Slugs
from blogbuild.importers.records import ImportedComment, ImportedEntry, ImportedSite
from blogbuild.importers.typecho_routes import alias, base_path
from blogbuild.importers.uploads import LinkRewriter, collect, upload_path
from blogbuild.importers.values import DATE_RANGE, commenter_url, split_url, usable_date, whole
from blogbuild.importers.xmlexport import parse_export
from blogbuild.site.query_links import query_alias

_NAMESPACES = [
    (re.compile(r"https?://wordpress\.org/export/1\.\d+/excerpt/"), "excerpt"),
    (re.compile(r"https?://wordpress\.org/export/1\.\d+/"), "wp"),
    (re.compile(r"http://purl\.org/rss/1\.0/modules/content/"), "content"),
    (re.compile(r"http://purl\.org/dc/elements/1\.1/"), "dc"),
]
STATUSES = {"publish": None, "draft": "draft", "pending": "pending review", "future": "scheduled",
            "private": "private"}
SKIPPED_STATUSES = {"trash": "trashed entry", "auto-draft": "auto-draft"}
VIEW_KEYS = ("views", "post_views_count")
NO_DATE = "0000-00-00 00:00:00"
ANONYMOUS = "Anonymous"
MARKER = "wp-content/uploads"
"""Where WordPress serves uploads from (the folder --uploads names)."""


def read(source: Path, *, display: str, site: Path, uploads: Path | None = None) -> ImportedSite:
    """site: the blogbuild site being imported into (unused: an export stands alone)."""
    root = parse_export(source, display)
    _normalise(root)
    channel = root.find("channel")
    if root.tag != "rss" or channel is None:
        raise ImportSourceError("not a WordPress export (no <rss><channel>)", display,
                                hint="export it in WordPress under Tools → Export")
    return _read_channel(channel, display, uploads)


def _normalise(root: ET.Element) -> None:
    """{https://wordpress.org/export/1.2/}post_id → wp:post_id, whichever namespace and version."""
    cache: dict[str, str] = {}
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str) or not tag.startswith("{"):
            continue
        if tag not in cache:
            uri, _, name = tag[1:].partition("}")
            prefix = next((p for pattern, p in _NAMESPACES if pattern.fullmatch(uri)), None)
            cache[tag] = f"{prefix}:{name}" if prefix else tag
        el.tag = cache[tag]


def _text(el: ET.Element | None, name: str) -> str:
    child = el.find(name) if el is not None else None
    return (child.text or "") if child is not None else ""


def _read_channel(channel: ET.Element, display: str, uploads: Path | None) -> ImportedSite:
    site = ImportedSite()
    items = channel.findall("item")
    offset = _utc_offset(items)
    tz = dt.timezone(offset)
    base_url = (_text(channel, "wp:base_blog_url") or _text(channel, "link")).strip()
    old_base = base_path(base_url)
    settings = site.settings
    for key, value in (("title", _text(channel, "title")), ("description", _text(channel, "description"))):
        if value.strip():
            settings[key] = value.strip()
    if split_url(base_url).scheme in ("http", "https"):
        settings["url"] = base_url if base_url.endswith("/") else base_url + "/"
    minutes = int(offset.total_seconds()) // 60
    settings["timezone"] = f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    authors = {_text(a, "wp:author_login"): _text(a, "wp:author_display_name") or _text(a, "wp:author_login")
               for a in channel.findall("wp:author")}
    if len(authors) == 1:
        settings["author"] = next(iter(authors.values()))
    if uploads is not None:
        site.attachments = collect(uploads)
    rewrite = LinkRewriter(site.attachments if uploads is not None else None, base_url, MARKER,
                           _attachment_records(items))
    slugs = Slugs(site.changed)
    for item in items:
        if _text(item, "wp:post_type") in ("post", "page") and _text(item, "wp:status") in STATUSES:
            slugs.reserve(unquote(_text(item, "wp:post_name")))
    for item in items:
        entry = _entry(item, display, tz, site, slugs, authors, rewrite, old_base, uploads)
        if entry is not None:
            site.entries.append(entry)
    permalink = _permalink(items, site.entries, old_base)
    if permalink:
        settings["permalink"] = permalink
    return site


def _attachment_records(items: list[ET.Element]) -> dict[str, str]:
    """Each attachment item's URLs (wp:attachment_url, and the <guid> it was uploaded at, on the
    domain of that day) → its file in the uploads folder (the _wp_attached_file post meta)."""
    records: dict[str, str] = {}
    for item in items:
        if _text(item, "wp:post_type") != "attachment":
            continue
        meta = {_text(m, "wp:meta_key"): _text(m, "wp:meta_value") for m in item.findall("wp:postmeta")}
        rel = upload_path(meta.get("_wp_attached_file"), MARKER)
        for url in (_text(item, "wp:attachment_url").strip(), _text(item, "guid").strip()):
            if rel and split_url(url).scheme in ("http", "https") and unquote(url).endswith("/" + rel):
                records.setdefault(url, rel)
    return records


def _utc_offset(items: list[ET.Element]) -> dt.timedelta:
    """WXR has no timezone setting, but each item has its local and its UTC date: their difference."""
    for item in items:
        local, utc = _text(item, "wp:post_date"), _text(item, "wp:post_date_gmt")
        try:
            diff = dt.datetime.fromisoformat(local.strip()) - dt.datetime.fromisoformat(utc.strip())
        except ValueError:
            continue
        minutes = round(diff.total_seconds() / 900) * 15
        if abs(minutes) <= 14 * 60:
            return dt.timedelta(minutes=minutes)
    return dt.timedelta(0)


def _date(local: str, utc: str, tz: dt.tzinfo, record: str, display: str, key: str,
          fallback: str | None = None) -> dt.datetime:
    """fallback: a draft's <pubDate> (RFC 2822), for drafts WordPress never dated."""
    date = _parse_date(local, utc, tz, fallback)
    if date is not None and not usable_date(date):
        raise ImportSourceError(f"{key} must be a date {DATE_RANGE}, got {show(local.strip() or utc.strip())}",
                                display, record)
    if date is not None:
        return date
    raise ImportSourceError(f"{key} must be a date like 2019-03-01 21:15:00, got {show(local)}", display, record)


def _parse_date(local: str, utc: str, tz: dt.tzinfo, fallback: str | None) -> dt.datetime | None:
    if utc.strip() and utc.strip() != NO_DATE:
        try:
            return dt.datetime.fromisoformat(utc.strip()).replace(tzinfo=dt.timezone.utc).astimezone(tz)
        except (ValueError, OverflowError):
            pass
    try:
        return dt.datetime.fromisoformat(local.strip()).replace(tzinfo=tz)
    except ValueError:
        pass
    if fallback:
        try:
            return email.utils.parsedate_to_datetime(fallback.strip()).astimezone(tz)
        except (TypeError, ValueError, OverflowError):
            pass
    return None


def _markdown(html: str, display: str, record: str) -> str:
    """html_to_markdown, its failures (HTML nested too deeply) naming the record."""

    try:
        return html_to_markdown(html, WORDPRESS)
    except ValueError as e:
        raise ImportSourceError(str(e), display, record) from None


def _entry(item: ET.Element, display: str, tz: dt.tzinfo, site: ImportedSite, slugs: Slugs,
           authors: dict[str, str], rewrite, old_base: str, uploads: Path | None) -> ImportedEntry | None:
    post_id = _text(item, "wp:post_id").strip()
    record = f"item post_id={show(post_id)[1:-1]}" if post_id else f"item {show(_text(item, 'title'))}"
    if not post_id:  # a hand-made export: WordPress's own ?p=<id> link still names it
        found = re.search(r"[?&]p=(\d+)", _text(item, "guid") + " " + _text(item, "link"))
        post_id = found.group(1) if found else ""
    if whole(post_id) is None or post_id.startswith(("-", "+")):
        raise ImportSourceError(f"wp:post_id must be a whole number, got {show(post_id)}", display, record)
    kind = _text(item, "wp:post_type") or "post"
    status = _text(item, "wp:status") or "publish"
    if kind == "attachment":
        if uploads is None:  # with --uploads it names a file of the folder (_attachment_records)
            site.skipped["attachment record (files come with --uploads)"] += 1
        return None
    if kind not in ("post", "page"):
        site.skipped[kind.replace("_", " ")] += 1
        return None
    if status in SKIPPED_STATUSES:
        site.skipped[SKIPPED_STATUSES[status]] += 1
        return None
    # A plugin's own status ('archive', …): a draft, since WordPress did not show it as published.
    reason = "password" if _text(item, "wp:post_password") else STATUSES.get(status, f"status {show(status)}")
    if reason:
        site.drafts[reason] += 1
    date = _date(_text(item, "wp:post_date"), _text(item, "wp:post_date_gmt"), tz, record, display,
                 "wp:post_date", fallback=_text(item, "pubDate") if reason else None)
    slug = slugs.assign(unquote(_text(item, "wp:post_name")), f"page-{post_id}" if kind == "page" else post_id,
                        post_id)
    meta = {_text(m, "wp:meta_key"): _text(m, "wp:meta_value") for m in item.findall("wp:postmeta")}
    readers = next((whole(meta[k]) for k in VIEW_KEYS if (whole(meta.get(k)) or 0) > 0), None)
    body = _markdown(_text(item, "content:encoded"), display, record)
    excerpt = _text(item, "excerpt:encoded").strip()
    entry = ImportedEntry(
        kind=kind, record=record, slug=slug, title=" ".join(_text(item, "title").split()) or slug, date=date,
        body=body, author=authors.get(_text(item, "dc:creator")) or _text(item, "dc:creator") or None,
        tags=_terms(item, "post_tag"), categories=_terms(item, "category"), readers=readers,
        draft=reason is not None,
        summary=_markdown(excerpt, display, record).strip() if excerpt else None,
        aliases=_aliases(item, old_base, kind, post_id, reason is not None),
        nav=_int(_text(item, "wp:menu_order")) if kind == "page" else None,
    )
    rewrite.apply(entry)
    entry.comments = _comments(item, display, tz, site)
    return entry


def _int(text: str) -> int:
    return whole(text) or 0


def _terms(item: ET.Element, domain: str) -> list[str]:
    names: list[str] = []
    for category in item.findall("category"):
        if category.get("domain", "category") == domain:  # RSS's own <category> has no domain
            name = " ".join((category.text or "").split())
            if name and name not in names:
                names.append(name)
    return names


def _aliases(item: ET.Element, old_base: str, kind: str, post_id: str, draft: bool) -> list[str]:
    """The item's <link> as a path of the new site, then WordPress's own link by id (/?p=42, a
    page's /?page_id=42), which links on the web use even where pretty permalinks were on: only a
    redirect file that matches queries answers it (site/query_links.py). A draft had neither."""
    found = []
    parts = split_url(_text(item, "link").strip())
    path = alias(parts.path, old_base) if parts.path and not parts.query else None
    if path:
        found.append(path)
    by_id = f"/?{'page_id' if kind == 'page' else 'p'}={whole(post_id)}"
    if not draft and query_alias(by_id) is not None:
        found.append(by_id)
    return found


def _permalink(items: list[ET.Element], entries: list[ImportedEntry], old_base: str) -> str | None:
    """blog.yaml's permalink that gives the first published post the URL it had."""
    by_record = {e.record: e for e in entries if e.kind == "post" and not e.draft}
    for item in items:
        entry = by_record.get(f"item post_id={_text(item, 'wp:post_id').strip()}")  # (a real export has them)
        paths = [a for a in entry.aliases if query_alias(a) is None] if entry is not None else []
        if not paths:
            continue
        path = unquote(paths[0])
        name = unquote(_text(item, "wp:post_name"))
        if not name or name != entry.slug or f"/{name}" not in path:
            return None
        pattern = path.replace(f"/{name}", "/{slug}", 1)
        for key, value in (("year", f"{entry.date.year:04d}"), ("month", f"{entry.date.month:02d}"),
                           ("day", f"{entry.date.day:02d}")):
            pattern = pattern.replace(f"/{value}/", f"/{{{key}}}/", 1)
        return pattern if not re.search(r"\d", pattern.replace("{slug}", "")) else None
    return None


def _comments(item: ET.Element, display: str, tz: dt.tzinfo, site: ImportedSite) -> list[ImportedComment]:
    kept: list[ImportedComment] = []
    parents: dict[str, str] = {}
    for c in item.findall("wp:comment"):
        cid = _text(c, "wp:comment_id").strip()
        record = f"comment comment_id={show(cid)[1:-1]}"
        if whole(cid) is None or cid.startswith(("-", "+")):
            raise ImportSourceError(f"wp:comment_id must be a whole number, got {show(cid)}", display, record)
        parents[cid] = _text(c, "wp:comment_parent").strip() or "0"
        kind = _text(c, "wp:comment_type").strip() or "comment"
        approved = _text(c, "wp:comment_approved").strip()
        if kind != "comment":
            site.skipped[kind] += 1
            continue
        if approved != "1":
            site.skipped[{"spam": "spam comment", "trash": "trashed comment", "post-trashed": "trashed comment"}
                         .get(approved, "unapproved comment")] += 1
            continue
        date = _date(_text(c, "wp:comment_date"), _text(c, "wp:comment_date_gmt"), tz, record, display,
                     "wp:comment_date")
        body = _markdown(_text(c, "wp:comment_content"), display, record)
        author = " ".join(_text(c, "wp:comment_author").split()) or ANONYMOUS
        kept.append(ImportedComment(id=int(cid), author=author, date=date, body=body,
                                    url=commenter_url(_text(c, "wp:comment_author_url"))))
    ids = {str(c.id) for c in kept}
    for comment in kept:
        parent, seen = parents.get(str(comment.id), "0"), set()
        while parent != "0" and parent not in ids and parent not in seen:  # answered a skipped comment
            seen.add(parent)
            parent = parents.get(parent, "0")
        comment.parent = int(parent) if parent in ids and parent != str(comment.id) else None
    return kept

