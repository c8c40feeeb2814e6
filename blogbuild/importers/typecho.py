"""`blogbuild import typecho blog.sql`: a Typecho blog (schema: Typecho's install/Mysql.sql) as records.

What becomes what:
- contents type post / page → posts / pages; post_draft / page_draft with no published version →
  drafts; a draft that is an unsaved edit of a published post (parent ≠ 0), revisions and
  attachments are skipped and counted (with --uploads, their serialized `path` maps links to files
  of the folder; only the files posts and pages link to are copied: uploads.py).
- status publish → published; hidden, private, waiting and password-protected entries → drafts
  (`draft: true`): nothing the old site did not show to everyone is published, nothing is lost.
- comments: approved comments only; waiting, spam, pingbacks and trackbacks are skipped and
  counted. A reply to a skipped comment answers that comment's nearest kept ancestor.
- e-mail, IP and user agent of commenters are never read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

from blogbuild.errors import ImportSourceError, show
from blogbuild.importers.dialects import TYPECHO, html_to_markdown, to_blogbuild
from blogbuild.importers.mojibake import REASON as MOJIBAKE
from blogbuild.importers.mojibake import repair_rows
from blogbuild.importers.naming import Slugs
from blogbuild.importers.phpdata import PHPDataError, php_or_json
from blogbuild.importers.records import ImportedComment, ImportedEntry, ImportedSite
from blogbuild.importers.typecho_db import Tables, read_typecho_db
from blogbuild.importers.typecho_routes import alias, base_path, expand, patterns, to_permalink
from blogbuild.importers.uploads import LinkRewriter, collect, upload_path
from blogbuild.importers.values import commenter_url, split_url, usable_date, whole

MARKDOWN_MARK = "<!--markdown-->"
ENTRY_TYPES = ("post", "page", "attachment", "post_draft", "page_draft", "revision")
STATUSES = ("publish", "hidden", "private", "waiting", "password")
COMMENT_TYPES = ("comment", "trackback", "pingback")
COMMENT_STATUSES = ("approved", "waiting", "spam")
ANONYMOUS = "匿名"
NO_ALIAS = "old URL not kept: a static host cannot serve it (space, '?', '#' in the slug)"
MARKER = "usr/uploads"
"""Where Typecho serves uploads from (__TYPECHO_UPLOAD_DIR__'s default; the folder --uploads names)."""
DEFAULT_TIMEZONE = 8 * 3600  # Typecho's installer default (install.php: 'timezone' => '28800')


def read(source: Path, *, display: str, site: Path, uploads: Path | None = None) -> ImportedSite:
    """site: the blogbuild site being imported into (unused: a Typecho database stands alone)."""
    tables = read_typecho_db(source, display)
    repairs = repair_rows(tables)
    imported = from_tables(tables, display=display, uploads=uploads)
    if repairs:
        imported.changed[MOJIBAKE] += repairs
    return imported


def from_tables(tables: Tables, *, display: str, uploads: Path | None = None) -> ImportedSite:
    site = ImportedSite()
    options = {str(r.get("name")): r.get("value") for r in tables["options"] if _int(r.get("user"), 0) == 0}
    offset = _offset(options.get("timezone"), display)
    tz = dt.timezone(dt.timedelta(seconds=offset))
    site_url = _site_url(options.get("siteUrl"))
    post_pattern, page_pattern = patterns(options.get("routingTable") if isinstance(
        options.get("routingTable"), str) else None)
    _settings(site, options, tables, offset, site_url, post_pattern)
    if uploads is not None:
        site.attachments = collect(uploads)
    rewrite = LinkRewriter(site.attachments if uploads is not None else None, site_url, MARKER,
                           _attachment_records(tables, site_url))
    terms = _terms(tables)
    readers = _readers(tables)
    authors = {_int(u.get("uid"), -1): str(u.get("screenName") or u.get("name") or "") for u in tables["users"]}
    cid_slugs = "[cid" in post_pattern and "[slug" not in post_pattern
    slugs = Slugs(site.changed)
    for row in tables["contents"]:  # slugs kept as they were first: a cleaned one must not take their URL
        if row.get("type") in ("post", "page", "post_draft", "page_draft") and not _int(row.get("parent"), 0) \
                and not (cid_slugs and str(row.get("type")).startswith("post")):
            slugs.reserve(str(row.get("slug") or ""))
    served = SERVED.get(str(options.get("rewrite")), SERVED[None])
    entries: dict[int, ImportedEntry] = {}
    for row in sorted(tables["contents"], key=lambda r: _int(r.get("cid"), 0)):
        entry = _entry(row, display, tz, site, slugs, cid_slugs, terms, readers, authors, rewrite, uploads)
        if entry is None:
            continue
        entry.aliases = _aliases(row, entry, post_pattern if entry.kind == "post" else page_pattern,
                                 terms, base_path(site_url), served)
        if not entry.aliases:
            site.changed[NO_ALIAS] += 1
        entries[_int(row.get("cid"), 0)] = entry
        site.entries.append(entry)
    _comments(tables["comments"], entries, display, tz, site)
    return site


def _int(value: object, default: int) -> int:
    number = whole(value)
    return default if number is None else number


def _label(value: object) -> str:
    """An id as a record's name in messages (a hostile one cut short)."""
    text = str(value)
    if not text.isprintable():  # a line break (\x85 too) or a control: shown escaped, on one line
        text = text.encode("unicode_escape").decode("ascii")
    return text if len(text) <= 24 else f"{text[:20]}… ({len(text)} characters)"


def _offset(value: object, display: str) -> int:
    """The timezone option: seconds east of UTC, as Typecho's settings page stores them."""
    if value is None:
        return DEFAULT_TIMEZONE
    offset = whole(value)
    if offset is None or abs(offset) >= 86400:
        raise ImportSourceError(f"must be an offset in seconds between -86399 and 86399 (28800 is +08:00), got "
                                f"{show(value)}", display, "options name=timezone")
    return offset


def _time(seconds: int, tz: dt.tzinfo, display: str, record: str, key: str = "created") -> dt.datetime:
    try:
        date = dt.datetime.fromtimestamp(seconds, tz)
    except (OverflowError, OSError, ValueError):
        date = None
    if date is None or not usable_date(date):
        raise ImportSourceError(f"{key} is not a usable Unix time: {seconds}", display, record) from None
    return date


def _site_url(value: object) -> str | None:
    if not isinstance(value, str) or split_url(value.strip()).scheme not in ("http", "https"):
        return None
    url = value.strip()
    return url if url.endswith("/") else url + "/"


def _settings(site: ImportedSite, options: dict, tables: Tables, offset: int, site_url: str | None,
              post_pattern: str) -> None:
    settings = site.settings
    for key in ("title", "description"):
        if isinstance(options.get(key), str) and options[key].strip():
            settings[key] = options[key].strip()
    if site_url:
        settings["url"] = site_url
    if "timezone" in options:
        sign = "-" if offset < 0 else "+"
        settings["timezone"] = f"{sign}{abs(offset) // 3600:02d}:{abs(offset) % 3600 // 60:02d}"
    admins = [u for u in sorted(tables["users"], key=lambda u: _int(u.get("uid"), 0))
              if u.get("group") == "administrator"]
    if admins and (admins[0].get("screenName") or admins[0].get("name")):
        settings["author"] = str(admins[0].get("screenName") or admins[0].get("name"))
    permalink = to_permalink(post_pattern)
    if permalink:
        settings["permalink"] = permalink


def _terms(tables: Tables) -> dict[int, dict[str, list[dict]]]:
    """cid → {'category': [meta…], 'tag': [meta…]} in the old site's order; -1 → every meta."""
    metas = {_int(m.get("mid"), -1): m for m in tables["metas"]}
    out: dict[int, dict[str, list[dict]]] = defaultdict(lambda: {"category": [], "tag": []})
    for rel in tables["relationships"]:
        meta = metas.get(_int(rel.get("mid"), -1))
        if meta is not None and meta.get("type") in ("category", "tag") and str(meta.get("name") or "").strip():
            out[_int(rel.get("cid"), -1)][str(meta["type"])].append(meta)
    out[-1] = {"category": list(metas.values()), "tag": []}
    for kinds in out.values():
        for metas_of_kind in kinds.values():
            metas_of_kind.sort(key=lambda m: (_int(m.get("order"), 0), _int(m.get("mid"), 0)))
    return out


def _readers(tables: Tables) -> dict[int, int]:
    """A `views` column of contents (plugins add it), or a views/viewsNum custom field."""
    counts: dict[int, int] = {}
    for row in tables["fields"]:
        if row.get("name") in ("views", "viewsNum"):
            value = _int(row.get("int_value"), 0) or _int(row.get("str_value"), 0)
            if value > 0:
                counts[_int(row.get("cid"), -1)] = value
    for row in tables["contents"]:
        if "views" in row and _int(row.get("views"), 0) > 0:
            counts[_int(row.get("cid"), -1)] = _int(row.get("views"), 0)
    return counts


def _entry(row: dict, display: str, tz: dt.tzinfo, site: ImportedSite, slugs: Slugs, cid_slugs: bool,
           terms: dict, readers: dict[int, int], authors: dict[int, str], rewrite,
           uploads: Path | None) -> ImportedEntry | None:
    cid = _int(row.get("cid"), -1)
    record = f"contents cid={_label(row.get('cid'))}"
    if cid < 0:
        raise ImportSourceError(f"cid must be a whole number, got {show(row.get('cid'))}", display, record)
    kind = row.get("type") or "post"
    status = row.get("status") or "publish"
    if kind not in ENTRY_TYPES:  # a plugin's own rows: not the blog's posts, not a reason to stop
        site.skipped[f"contents of type {show(kind)} (not one of Typecho's)"] += 1
        return None
    if status not in STATUSES:
        raise ImportSourceError(f"status {show(status)} is not one of {', '.join(STATUSES[:4])}", display, record)
    if kind == "revision":
        site.skipped["revision"] += 1
        return None
    if kind == "attachment":
        if uploads is None:  # with --uploads it names a file of the folder (_attachment_records)
            site.skipped["attachment record (files come with --uploads)"] += 1
        return None
    if kind.endswith("_draft") and _int(row.get("parent"), 0):
        site.skipped["unsaved edit of a published entry"] += 1
        return None
    created = whole(row.get("created"))
    if created is None:
        raise ImportSourceError(f"created must be a Unix time, got {show(row.get('created'))}", display, record)
    date = _time(created, tz, display, record)
    modified = _int(row.get("modified"), 0)
    updated = _time(modified, tz, display, record, "modified") if modified - created >= 60 else None
    text = row.get("text") or ""
    if not isinstance(text, str):
        raise ImportSourceError(f"text must be text, got {show(text)}", display, record)
    draft_reason = "draft" if kind.endswith("_draft") else (
        "password" if row.get("password") or status == "password" else status if status != "publish" else None)
    if draft_reason:
        site.drafts[draft_reason] += 1
    page = kind.startswith("page")
    if cid_slugs and not page:  # the old URLs were made of cids (/archives/42/): they stay the same
        slug = slugs.assign(str(cid), str(cid), cid)
    else:
        slug = slugs.assign(str(row.get("slug") or ""), f"page-{cid}" if page else str(cid), cid)
    title = str(row.get("title") or "").strip() or slug
    try:
        body = _body(text)
    except ValueError as e:  # a converter that cannot read the text names the record
        raise ImportSourceError(str(e), display, record) from None
    own = terms.get(cid, {"category": [], "tag": []})
    entry = ImportedEntry(
        kind="page" if page else "post", record=record, slug=slug, title=title, date=date, body=body,
        author=authors.get(_int(row.get("authorId"), -1)) or None, updated=updated,
        tags=_names(own["tag"]), categories=_names(own["category"]), readers=readers.get(cid),
        draft=draft_reason is not None, nav=_int(row.get("order"), 0) if page else None,
    )
    rewrite.apply(entry)
    return entry


def _attachment_records(tables: Tables, site_url: str | None) -> dict[str, str]:
    """Each attachment row's URL (the site's address + the path in its serialized text) → its file
    in the uploads folder. A row whose text cannot be read names no file: it was never shown."""
    records: dict[str, str] = {}
    for row in tables["contents"]:
        if row.get("type") != "attachment" or not isinstance(row.get("text"), str) or not site_url:
            continue
        try:
            data = php_or_json(row["text"])
        except (PHPDataError, ValueError, RecursionError):
            continue
        path = data.get("path") if isinstance(data, dict) else None
        rel = upload_path(path, MARKER)
        if rel and isinstance(path, str) and path.startswith("/"):
            records.setdefault(site_url.rstrip("/") + path.strip(), rel)
    return records


def _names(metas: list[dict]) -> list[str]:
    names: list[str] = []
    for meta in metas:
        name = " ".join(str(meta.get("name")).split())
        if name and name not in names:
            names.append(name)
    return names


def _body(text: str) -> str:
    """Markdown when the text starts with <!--markdown--> (Typecho's editor marks it so), else HTML."""

    if text.startswith(MARKDOWN_MARK):
        return _markdown(text[len(MARKDOWN_MARK):].lstrip("\r\n"))
    return html_to_markdown(text, _dialect())


def _markdown(text: str) -> str:
    """to_blogbuild, skipped where it has nothing to do: without '$' and '\\' there is no formula
    (test_fast_paths.py checks that to_blogbuild returns such text unchanged)."""

    if "$" not in text and "\\" not in text:
        return text
    return to_blogbuild(text, _dialect())


def _dialect():

    return TYPECHO


SERVED: dict[str | None, tuple[str, ...]] = {"1": ("",), "0": ("/index.php",), None: ("", "/index.php")}
"""Typecho's `rewrite` option → the prefixes its URLs had: with rewriting on, /archives/42/ (the
/index.php/ form was never linked); off, /index.php/archives/42/ only (no rewrite rule served the
other); unknown, both."""


def _aliases(row: dict, entry: ImportedEntry, pattern: str, terms: dict, old_base: str,
             served: tuple[str, ...]) -> list[str]:
    cid = _int(row.get("cid"), -1)
    categories = terms.get(cid, {"category": []})["category"]
    values = {"cid": str(cid), "slug": str(row.get("slug") or cid), "year": f"{entry.date.year:04d}",
              "month": f"{entry.date.month:02d}", "day": f"{entry.date.day:02d}"}
    if categories:
        values["category"] = str(categories[0].get("slug") or "")
        values["mid"] = str(categories[0].get("mid"))
        values["directory"] = _directory(categories[0], terms)
    path = expand(pattern, values)
    if path is None:
        return []
    found = []
    for candidate in (prefix + path for prefix in served):  # without URL rewriting: /index.php/archives/42/
        a = alias(candidate, old_base)
        if a and a not in found:
            found.append(a)
    return found


def _directory(category: dict, terms: dict) -> str:
    """Typecho's [directory]: the category's slug under its parents' slugs."""
    by_mid = {_int(m.get("mid"), -1): m for m in terms[-1]["category"]}
    parts, seen = [], set()
    while category is not None and _int(category.get("mid"), -1) not in seen:
        seen.add(_int(category.get("mid"), -1))
        parts.append(str(category.get("slug") or ""))
        category = by_mid.get(_int(category.get("parent"), 0))
    return "/".join(reversed(parts))


def _comments(rows: list[dict], entries: dict[int, ImportedEntry], display: str, tz: dt.tzinfo,
              site: ImportedSite) -> None:
    kept: dict[int, ImportedComment] = {}
    parents: dict[int, int] = {}
    for row in sorted(rows, key=lambda r: _int(r.get("coid"), 0)):
        record = f"comments coid={_label(row.get('coid'))}"
        coid = _int(row.get("coid"), -1)
        if coid < 0:
            raise ImportSourceError(f"coid must be a whole number, got {show(row.get('coid'))}", display, record)
        kind = row.get("type") or "comment"
        status = row.get("status") or "approved"
        if kind not in COMMENT_TYPES:
            raise ImportSourceError(f"type {show(kind)} is not one of {', '.join(COMMENT_TYPES)}", display, record)
        if status not in COMMENT_STATUSES:
            raise ImportSourceError(f"status {show(status)} is not one of {', '.join(COMMENT_STATUSES)}",
                                    display, record)
        parents[coid] = _int(row.get("parent"), 0)
        entry = entries.get(_int(row.get("cid"), -1))
        if kind != "comment":
            site.skipped[kind] += 1
            continue
        if status != "approved":
            site.skipped["spam comment" if status == "spam" else "unapproved comment"] += 1
            continue
        if entry is None:
            site.skipped["comment on an entry that was not imported"] += 1
            continue
        created = _int(row.get("created"), -1)
        if created < 0:
            raise ImportSourceError(f"created must be a Unix time, got {show(row.get('created'))}", display, record)
        text = row.get("text") or ""
        try:
            body = _comment_body(str(text))
        except ValueError as e:
            raise ImportSourceError(str(e), display, record) from None
        comment = ImportedComment(id=coid, author=" ".join(str(row.get("author") or "").split()) or ANONYMOUS,
                                  date=_time(created, tz, display, record), body=body,
                                  url=commenter_url(row.get("url")))
        kept[coid] = comment
        entry.comments.append(comment)
    for entry in entries.values():
        ids = {c.id for c in entry.comments}
        for comment in entry.comments:
            parent, seen = parents.get(int(comment.id), 0), set()
            while parent and parent not in ids and parent not in seen:  # answered a skipped comment
                seen.add(parent)
                parent = parents.get(parent, 0)
            comment.parent = parent if parent in ids and parent != comment.id else None


def _comment_body(text: str) -> str:
    """Typecho comments are plain text with a few allowed HTML tags."""

    if re.search(r"</?[a-zA-Z][^>]*>", text):
        return html_to_markdown(text, _dialect())
    return _markdown(text)


