"""The one writer every reader shares: records (records.py) → posts/, pages/, comments/, static/
and blog.yaml, all at once or not at all.

Guarantees:
- Nothing is written until every file is known and none would overwrite a different existing file
  (unless --force): a refusal or a bad record leaves the site as it was.
- The same source imported twice gives the same bytes: a second run changes nothing.
- comments/<slug>.yaml is merged by comment id: comments already there (another source's, your
  own) are kept; an imported comment replaces the one with its id only with --force, when it differs.
- Commenters' e-mail and IP addresses are not in the records (records.py), so never in a file.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

import yaml

from blogbuild.errors import BlogbuildError, ContentError, ImportSourceError, OutputError
from blogbuild.importers.naming import site_owned
from blogbuild.importers.records import ImportedComment, ImportedEntry, ImportedSite
from blogbuild.importers.settle import settle, url_of
from blogbuild.importers.uploads import summary as uploads_summary
from blogbuild.importers.uploads import used
from blogbuild.site.config import load_config
from blogbuild.site.folders import COMMENTS_DIR, CONFIG_NAME, PAGES_DIR, POSTS_DIR
from blogbuild.site.load import post_files, split_front_matter
from blogbuild.site.query_links import query_alias
from blogbuild.site.slugs import slug_from_filename
from blogbuild.site.textio import read_text
from blogbuild.site.yamlio import parse_yaml
from blogbuild.site.yamlout import dump_yaml
from blogbuild.write.replace import replace_files

STATIC_DIR = "static"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
BLOG_YAML_KEYS = ("title", "url", "author", "description", "timezone", "permalink")


@dataclass
class Report:
    posts: int = 0
    drafts: int = 0
    pages: int = 0
    comments: int = 0
    replies: int = 0
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    config_note: list[str] = field(default_factory=list)
    uploads: tuple[int, int] | None = None
    """With --uploads: (files copied, files not linked from any entry)."""
    missing_uploads: list[tuple[str, list[str]]] = field(default_factory=list)
    """Entry file → the files it links to that --uploads does not have."""
    query_links: int = 0
    """Published entries' WordPress links by id (/?p=42) kept as aliases (site/query_links.py)."""


@dataclass
class _Plan:
    files: dict[str, bytes] = field(default_factory=dict)
    copies: dict[str, Path] = field(default_factory=dict)
    """static/ targets copied from --uploads (not read into memory)."""


def entry_path(entry: ImportedEntry) -> str:
    if entry.kind == "page":
        return f"{PAGES_DIR}/{entry.slug}.md"
    return f"{POSTS_DIR}/{entry.date:%Y-%m-%d}-{entry.slug}.md"


def entry_text(entry: ImportedEntry, permalink: str, urls: frozenset[str] = frozenset()) -> str:
    """urls: every imported entry's own URL; an alias equal to one of them is left out (the page
    that is there now wins over a redirect)."""
    meta: dict[str, object] = {"title": entry.title}
    if entry.author:
        meta["author"] = entry.author
    meta["date"] = entry.date
    if entry.updated is not None:
        meta["updated"] = entry.updated
    meta["slug"] = entry.slug
    if entry.tags and entry.kind == "post":  # a page is in no listing: no tags, no categories
        meta["tags"] = list(entry.tags)
    if entry.categories and entry.kind == "post":
        meta["categories"] = list(entry.categories)
    if entry.readers is not None:
        meta["readers"] = entry.readers
    if entry.summary and entry.kind == "post":  # a page has no excerpt
        meta["summary"] = entry.summary
    if entry.nav and entry.kind == "page":  # 0, the default, is left out
        meta["nav"] = entry.nav
    if entry.draft:
        meta["draft"] = True
    aliases = kept_aliases(entry, permalink, urls)
    if aliases:
        meta["aliases"] = aliases
    body = _lines(entry.body)
    return "---\n" + dump_yaml(meta, flow_lists=True) + "---\n" + body


def kept_aliases(entry: ImportedEntry, permalink: str, urls: frozenset[str]) -> list[str]:
    return [a for a in entry.aliases if unquote(a) not in urls and unquote(a) != url_of(entry, permalink)
            and not site_owned(unquote(a))]


_LINE_END = re.compile("\r\n|[\r\x85\u2028\u2029]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _lines(text: str) -> str:
    """Unix line ends (a dump keeps the old editor's CRLF; NEL, U+2028 and U+2029 are line ends to
    YAML too), no control characters (a stray NUL from an old database), one newline at the end."""
    text = _CONTROL.sub("", _LINE_END.sub("\n", text))
    return text if text.endswith("\n") or not text else text + "\n"


def comment_item(comment: ImportedComment) -> dict[str, object]:
    item: dict[str, object] = {"id": comment.id, "author": comment.author, "date": comment.date}
    if comment.url:
        item["url"] = comment.url
    if comment.parent is not None:
        item["parent"] = comment.parent
    item["body"] = _lines(comment.body)
    return item


def write_site(root: Path, site: ImportedSite, *, source: str, force: bool = False,
               uploads: Path | None = None) -> Report:
    """source: the export as named in messages (blog.sql)."""
    report = Report()
    plan = _Plan()
    permalink = _config(root, site.settings, plan, report)
    settle(site, permalink)
    comments: dict[str, list[ImportedComment]] = {}
    urls = frozenset(unquote(url_of(entry, permalink)) for entry in site.entries)
    for entry in site.entries:
        rel = entry_path(entry)
        if rel in plan.files:
            raise ImportSourceError(f"two entries would be written to {rel}", source, entry.record)
        plan.files[rel] = entry_text(entry, permalink, urls).encode("utf-8")
        if not entry.draft:
            report.query_links += sum(query_alias(a) is not None for a in kept_aliases(entry, permalink, urls))
        if entry.kind == "page":
            report.pages += 1
        else:
            report.posts += 1
            report.drafts += entry.draft
        if entry.comments:
            comments.setdefault(entry.slug, []).extend(entry.comments)
    _check_other_files(root, site, plan)
    for slug, extra in site.comments.items():
        comments.setdefault(slug, []).extend(extra)
    conflicts: list[str] = []
    for slug, items in comments.items():
        rel = f"{COMMENTS_DIR}/{slug}.yaml"
        plan.files[rel] = _merged_comments(root / rel, rel, items, force, conflicts).encode("utf-8")
        report.comments += len(items)
        report.replies += sum(c.parent is not None for c in items)
    if uploads is not None:
        linked = used((text for e in site.entries for text in (e.body, e.summary)), site.attachments)
        for attachment in linked:
            plan.copies[f"{STATIC_DIR}/{attachment.target}"] = uploads / attachment.source
        report.uploads = (len(linked), len(site.attachments) - len(linked))
        report.missing_uploads = [(entry_path(e), e.missing_uploads) for e in site.entries if e.missing_uploads]
    _commit(root, plan, force, conflicts, report)
    return report


def _check_other_files(root: Path, site: ImportedSite, plan: _Plan) -> None:
    """A post or page already in the site, in a file the import does not write, must not have the slug
    of an imported one (a post whose date changed in the old blog lands in a new file: the old one
    would stay beside it)."""

    imported = {entry.slug: entry_path(entry) for entry in site.entries}
    if not imported:
        return
    for folder in (POSTS_DIR, PAGES_DIR):
        for path in post_files(root, folder):
            rel = path.relative_to(root).as_posix()
            if rel in plan.files:
                continue
            try:
                data = yaml.load(split_front_matter(path.read_text(encoding="utf-8"), rel)[0], Loader=_Loader)
            except (BlogbuildError, yaml.YAMLError, UnicodeDecodeError, OSError):
                data = None  # a broken file is the build's to report
            slug = data.get("slug") if isinstance(data, dict) and "slug" in data else slug_from_filename(path.stem)
            if str(slug) in imported:
                raise OutputError(f"{rel} has the slug '{slug}' of the imported {imported[str(slug)]}",
                                  hint="rename or remove one of them; nothing was written")


def _config(root: Path, source_settings: dict[str, object], plan: _Plan, report: Report) -> str:
    """blog.yaml from the source's settings when the site has none (else what it would set is only
    printed); returns the permalink the site will have."""
    settings = {k: source_settings[k] for k in BLOG_YAML_KEYS if source_settings.get(k)}
    if (root / CONFIG_NAME).is_file():

        if settings:
            report.config_note.append(f"{CONFIG_NAME} exists and is left as it is; the source would set:")
            report.config_note += [f"  {line}" for line in dump_yaml(settings).splitlines()]
        return load_config(root).permalink
    plan.files[CONFIG_NAME] = _blog_yaml(settings).encode("utf-8")
    found = ", ".join(settings) or "none found"
    report.config_note.append(f"{CONFIG_NAME} written from the source's settings ({found})")
    if "url" not in settings:
        report.config_note.append(f"  the source does not say the site's address: set 'url' in {CONFIG_NAME}")
    return str(settings.get("permalink") or "/archives/{slug}/")


def _blog_yaml(settings: dict[str, object]) -> str:
    values = dict(settings)
    values.setdefault("title", "Imported blog")
    values.setdefault("url", "https://example.org/")
    ordered = {k: values[k] for k in BLOG_YAML_KEYS if k in values}
    return "# Written by `blogbuild import`; every key is explained in README.md.\n" \
        + dump_yaml(ordered)


def _merged_comments(path: Path, rel: str, items: list[ImportedComment], force: bool,
                     conflicts: list[str]) -> str:
    new = [comment_item(c) for c in sorted(items, key=lambda c: (c.date, str(c.id)))]
    if not path.is_file():
        return dump_yaml(new)

    existing, _node = parse_yaml(read_text(path, rel), rel, ContentError)
    existing = existing or []
    if not isinstance(existing, list) or not all(isinstance(i, dict) for i in existing):
        raise ContentError("a comments file must be a list of comments; cannot merge into it", rel, 1)
    by_id = {str(item["id"]): item for item in new}
    merged = []
    for item in existing:
        key = str(item.get("id"))
        replacement = by_id.pop(key, None)
        if replacement is None or _same_comment(item, replacement):
            merged.append(item)
        elif force:
            merged.append(replacement)
        else:
            conflicts.append(f"{rel}: comment {key} exists and differs from the imported one")
            merged.append(item)
    merged += [item for item in new if str(item["id"]) in by_id]
    return dump_yaml(merged)


def _same_comment(a: dict, b: dict) -> bool:
    def norm(item: dict) -> dict:
        out = dict(item)
        if isinstance(out.get("body"), str):
            out["body"] = out["body"].rstrip("\n")
        if isinstance(out.get("date"), dt.datetime) and out["date"].tzinfo is not None:
            out["date"] = out["date"].timestamp()
        out["id"] = str(out.get("id"))
        if out.get("parent") is not None:
            out["parent"] = str(out["parent"])
        return out

    return norm(a) == norm(b)


def _same_file(path: Path, data: bytes | Path) -> bool:
    try:
        if isinstance(data, Path):
            import filecmp

            return filecmp.cmp(path, data, shallow=False)
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _commit(root: Path, plan: _Plan, force: bool, conflicts: list[str], report: Report) -> None:
    """Refuse before writing anything; then replace every changed file at once (write/replace.py)."""
    changed: dict[str, bytes | Path] = {}
    for rel, data in [*plan.files.items(), *plan.copies.items()]:
        target = root / rel
        if os.path.lexists(target):
            if target.is_dir() or target.is_symlink():
                conflicts.append(f"{rel}: exists and is not a plain file")
                continue
            if rel.startswith(COMMENTS_DIR + "/") or _same_file(target, data):
                if rel.startswith(COMMENTS_DIR + "/") and not _same_file(target, data):
                    changed[rel] = data
                else:
                    report.unchanged += 1
                continue
            if not force:
                conflicts.append(f"{rel}: exists and differs from the imported file")
                continue
        changed[rel] = data
    if conflicts:
        more = f" (and {len(conflicts) - 1} more)" if len(conflicts) > 1 else ""
        raise OutputError(f"refusing to overwrite {conflicts[0]}{more}", hint="--force overwrites")
    if not changed:
        return
    replace_files({root / rel: data for rel, data in changed.items()})
    report.written = sorted(changed)


def summary(report: Report, site: ImportedSite, source: str) -> list[str]:
    """What the import did, for the terminal."""
    lines = [f"Imported from {source}: {report.posts} posts ({report.drafts} drafts), {report.pages} pages, "
             f"{report.comments} comments ({report.replies} replies)"]
    if site.drafts:
        lines.append("  as drafts (not published until you remove 'draft: true'): " + _counts(site.drafts))
    if site.skipped:
        lines.append("  skipped: " + _counts(site.skipped))
    if site.changed:
        lines.append("  changed: " + _counts(site.changed))
    lines += [f"  {note}" for note in site.notes]
    lines += _query_links_note(report.query_links)
    if report.uploads is not None:
        lines += uploads_summary(*report.uploads, report.missing_uploads)
    lines.append(f"  files: {len(report.written)} written, {report.unchanged} unchanged")
    lines += report.config_note
    return lines


def _query_links_note(count: int) -> list[str]:
    """Which hosts answer the old /?p=42 links, and which cannot: no file stands at a query string,
    so only a redirect file that matches one does (site/query_links.py)."""
    if not count:
        return []
    return [f"  old links by id (/?p=42, /?page_id=42): {count} kept in 'aliases'",
            f"    Netlify: {count} answered (its _redirects matches the query: / p=42 /new/url/ 301!)",
            f"    GitHub Pages, Cloudflare Pages, other static hosts: {count} cannot be redirected "
            f"(no redirect file, or one that cannot match a query string)"]


def _counts(counter: Counter) -> str:
    return ", ".join(f"{n} {reason}" for reason, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))
