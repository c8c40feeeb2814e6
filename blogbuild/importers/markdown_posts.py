"""`blogbuild import markdown SOURCE`: Markdown posts written for another site's math rules.

Two uses, one per place SOURCE is in (the CLI picks by `inside(source, site)`):
- posts already in the site (`blogbuild import markdown posts/x.md`, what `blogbuild check` suggests
  for a post in a foreign dialect): rewrite_in_place keeps each file where it is, front matter byte
  for byte, and rewrites only the body's formulas;
- a folder of posts from elsewhere with blogbuild-like front matter (title, date, tags…): read()
  returns them as records for the shared writer, like every other reader.
Each post's dialect is the one given (`--dialect`, DIALECTS), else the one its own text shows
(tex/detect.py, the evidence `blogbuild check` reports); a post with no evidence is left alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from blogbuild.errors import BlogbuildError, ImportSourceError, OutputError
from blogbuild.importers.dialects import (
    HEXO_MARKED,
    KRAMDOWN,
    KRAMDOWN_DOLLARS,
    TYPECHO,
    Dialect,
    to_blogbuild,
)
from blogbuild.importers.frontmatter import OUTSIDE, OUTSIDE_HINT, Reader, key_line, slug_from, terms, to_datetime
from blogbuild.importers.hexo import MARKDOWN_SUFFIXES
from blogbuild.importers.records import ImportedEntry, ImportedSite
from blogbuild.site.config import load_config
from blogbuild.site.folders import PAGES_DIR, POSTS_DIR
from blogbuild.site.load import split_front_matter
from blogbuild.site.slugs import slug_from_filename
from blogbuild.tex.detect import LABELS, detect
from blogbuild.write.replace import replace_files

DIALECTS: dict[str, Dialect] = {
    "mathjax": TYPECHO,
    "marked": HEXO_MARKED,
    "kramdown": KRAMDOWN_DOLLARS,
    "kramdown-nodollar": KRAMDOWN,
    "mathjax-nodollar": Dialect(inline_dollars=False, name="MathJax without $…$"),
}
"""`--dialect` names: what the old site was (detect.py's names are the first three)."""
CONTENT_FOLDERS = (POSTS_DIR, PAGES_DIR)


@dataclass
class Rewrite:
    path: Path
    display: str
    text: str
    """The new file text."""
    dialect: str
    """The dialect's name or the evidence found, for the summary."""


def inside(source: Path, site: Path) -> bool:
    """SOURCE is (in) the site's posts/ or pages/: rewrite in place rather than import."""
    source, site = source.resolve(), site.resolve()
    return any(source == site / folder or (site / folder) in source.parents for folder in CONTENT_FOLDERS)


def _markdown_files(source: Path) -> list[Path]:
    if source.is_file():
        return [source]
    return sorted(p for p in source.rglob("*") if p.is_file() and p.suffix.lower() in MARKDOWN_SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(source).parts))


def plan_rewrites(site: Path, source: Path, dialect: str | None = None) -> list[Rewrite]:
    """What rewrite_in_place would change (posts whose text stays the same are not listed)."""
    if dialect is not None and dialect not in DIALECTS:
        raise ImportSourceError(f"unknown dialect {dialect!r} (one of {', '.join(DIALECTS)})", str(source))
    if not source.exists():
        raise ImportSourceError("no such file or folder", str(source))
    rewrites = []
    for path in _markdown_files(source):
        display = path.resolve().relative_to(site.resolve()).as_posix() if inside(path, site) else str(path)
        if path.is_symlink() and not path.resolve().is_relative_to(site.resolve()):
            raise ImportSourceError(OUTSIDE, str(path), hint=OUTSIDE_HINT)
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError) as e:
            raise ImportSourceError(f"cannot be read as UTF-8 text: {e}", display) from None
        _, body, _ = split_front_matter(text, display)
        head = text[:len(text) - len(body)]
        if dialect is not None:
            chosen, why = DIALECTS[dialect], dialect
        else:
            foreign = detect(body)
            if foreign is None:
                continue
            chosen, why = foreign.dialect, foreign.name
        new_body = to_blogbuild(body, chosen)
        if new_body != body:
            rewrites.append(Rewrite(path, display, head + new_body, why))
    return rewrites


def rewrite_in_place(site: Path, source: Path, dialect: str | None = None) -> list[str]:
    """Rewrite the posts under source (a file or folder of the site) all at once or not at all;
    return the summary lines."""
    rewrites = plan_rewrites(site, source, dialect)
    try:
        replace_files({r.path: r.text for r in rewrites})
    except OSError as e:
        raise OutputError(f"cannot write: {e.strerror}", e.filename or str(source)) from None
    lines = [f"{r.display}: rewritten from {LABELS.get(r.dialect, DIALECTS[r.dialect].name)}" for r in rewrites]
    lines.append(f"{len(rewrites)} post{'s' if len(rewrites) != 1 else ''} rewritten")
    return lines


def read(source: Path, *, display: str | None = None, site: Path | None = None, uploads: Path | None = None,
         dialect: str | None = None) -> ImportedSite:
    """Posts from elsewhere (front matter with blogbuild's keys) as records; bodies rewritten."""
    root = source if source.is_dir() else source.parent
    reader = Reader(root, display or source.name or str(source))
    if not source.exists():
        raise reader.error(source.name, "no such file or folder")
    if dialect is not None and dialect not in DIALECTS:
        raise reader.error(source.name, f"unknown dialect {dialect!r} (one of {', '.join(DIALECTS)})")
    tz = _site_timezone(site)
    imported = ImportedSite()
    for path in _markdown_files(source):
        raw = reader.read_text(path)
        meta, body = reader.front_matter(path, raw)
        rel = path.relative_to(root).as_posix()
        if not meta:
            raise reader.error(path, "no front matter (a post starts with '---', YAML, then '---')", 1)
        date = to_datetime(meta.get("date"), tz)
        if date is None:
            raise reader.error(path, f"'date' must be a date such as 2024-05-01, got {meta.get('date')!r}",
                               key_line(raw, "date") or 1)
        chosen = DIALECTS[dialect] if dialect else (detect(body) or _NONE).dialect
        kind = "page" if PAGES_DIR in path.relative_to(root).parts[:-1] else "post"
        slug = slug_from(str(meta.get("slug") or ""), slug_from_filename(path.stem)) if meta.get("slug") \
            else slug_from_filename(path.stem)
        aliases = meta.get("aliases") if isinstance(meta.get("aliases"), list) else []
        imported.entries.append(ImportedEntry(
            kind=kind, record=rel, slug=slug,
            title=str(meta.get("title") if meta.get("title") is not None else path.stem),
            date=date, body=to_blogbuild(body, chosen) if chosen else body,
            author=str(meta["author"]) if isinstance(meta.get("author"), str) else None,
            updated=to_datetime(meta.get("updated"), tz),
            tags=terms(meta.get("tags")), categories=terms(meta.get("categories")),
            readers=meta["readers"] if isinstance(meta.get("readers"), int) else None,
            draft=meta.get("draft") is True,
            summary=meta["summary"] if isinstance(meta.get("summary"), str) else None,
            aliases=[str(a) for a in aliases],
        ))
    return imported


@dataclass(frozen=True)
class _NoEvidence:
    dialect: Dialect | None = None


_NONE = _NoEvidence()


def _site_timezone(site: Path | None) -> dt.tzinfo:
    if site is not None and (site / "blog.yaml").is_file():
        try:
            return load_config(site).tzinfo
        except BlogbuildError:
            pass
    return dt.timezone.utc
