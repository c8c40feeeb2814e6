"""`--uploads DIR`: the old site's uploads folder (Typecho's usr/uploads, WordPress's
wp-content/uploads). Links to its files become /static/uploads/… (served from static/uploads/),
and only the files the imported posts and pages link to, after that rewriting, are copied: an
uploads folder holds years of files no post shows (resized copies, deleted posts' images).

A link is to an upload when it is the old site's /<marker>/<file> (on its host, or a bare path
under its base path), or a URL an attachment record names (WordPress's attachment_url and guid,
Typecho's path): records find the files posts link to on an old domain or a CDN. A link to a file
the folder does not have stays as it was (`blogbuild check` can still point at it) and is listed in
the import's summary with the post that has it."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote, unquote

from blogbuild.errors import ImportSourceError
from blogbuild.importers.frontmatter import OUTSIDE, OUTSIDE_HINT
from blogbuild.importers.records import Attachment, ImportedEntry, ImportedSite
from blogbuild.importers.values import split_url

TARGET = "uploads"
_PATH_CHARS = r"[^\s\"'()<>\[\]?#]"
"""What a link's path may hold in Markdown or HTML: it ends at a space, quote, bracket, ? or #."""
_ABSOLUTE = re.compile(rf"(?<![\w.:/%-])(?:https?:)?//[^\s\"'()<>\[\]?#/]+/{_PATH_CHARS}*")
"""Any http(s) or protocol-relative URL that is not inside another one (a web.archive.org link)."""
_USED = re.compile(rf"/static/{TARGET}/({_PATH_CHARS}+)")
_DATED = re.compile(r"(?:^|/)([0-9]{4}/[0-9]{2}/[^/]+)$")
"""Where both blogs put an upload under their folder: <year>/<month>/<name>."""


def collect(folder: Path) -> list[Attachment]:
    """Every file under folder (hidden files and broken links left out), sorted. A symlink leading
    out of the folder is refused (it would publish ~/.ssh/id_rsa); one that stays inside is a file.
    Symlinked folders are not entered."""
    found = []
    real = folder.resolve()
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if name.startswith(".") or not path.is_file():
                continue
            if path.is_symlink() and not path.resolve().is_relative_to(real):
                raise ImportSourceError(OUTSIDE, f"--uploads {folder}", path.relative_to(folder).as_posix(),
                                        hint=OUTSIDE_HINT)
            rel = path.relative_to(folder).as_posix()
            found.append(Attachment(source=rel, target=f"{TARGET}/{rel}"))
    return found


def upload_path(value: object, marker: str) -> str | None:
    """An attachment record's file as a path in the uploads folder: WordPress's _wp_attached_file
    (2019/03/a.png; very old ones …/wp-content/uploads/2019/03/a.png), Typecho's path
    (/usr/uploads/2019/03/a.png, or under another upload folder). None for anything else, and for
    whatever could leave the folder (.., a backslash, a control character)."""
    if not isinstance(value, str):
        return None
    path = value.strip()
    if f"{marker}/" in path:
        path = path.split(f"{marker}/", 1)[1]
    elif path.startswith("/"):
        dated = _DATED.search(path)
        path = dated.group(1) if dated else ""
    parts = path.split("/")
    if not path or "\\" in path or not path.isprintable() or any(p in ("", ".", "..") for p in parts):
        return None
    return path


def _key(url: str) -> str:
    """A URL as records are looked up: host (lower case, no www.) and decoded path; no scheme."""
    parts = split_url(url if not url.startswith("//") else "http:" + url)
    return parts.netloc.lower().removeprefix("www.") + unquote(parts.path)


class LinkRewriter:
    """Turns https://old.host/usr/uploads/2019/03/a.png (or the path alone, or a URL an attachment
    record names) into /static/uploads/2019/03/a.png, a path from the site's root (the build rebases
    it onto a subpath), when the folder has the file."""

    def __init__(self, attachments: list[Attachment] | None, site_url: str | None, marker: str,
                 records: dict[str, str] | None = None) -> None:
        """attachments: the folder's files (collect), None without --uploads (nothing is rewritten);
        marker: the folder the old site served uploads from ('usr/uploads', 'wp-content/uploads');
        records: URL → the file's path in the folder, from the source's attachment records."""
        self.known = None if attachments is None else {a.source for a in attachments}
        self.records = {_key(url): rel for url, rel in (records or {}).items()}
        parts = split_url(site_url or "")
        host = parts.netloc.removeprefix("www.")
        base = parts.path.rstrip("/")
        origin = rf"(?:(?:https?:)?//(?:www\.)?{re.escape(host)})?" if host else ""
        # The lookbehind keeps https://another.host/usr/uploads/… as it is.
        self.pattern = re.compile(rf"(?<![\w.:/%-]){origin}(?:{re.escape(base)})?/{re.escape(marker)}"
                                  rf"/({_PATH_CHARS}+)")

    def apply(self, entry: ImportedEntry) -> None:
        """Rewrites the entry's body and summary; the files they link to that the folder does not
        have go to entry.missing_uploads."""
        if self.known is None:
            return
        missing: set[str] = set()
        entry.body = self.rewrite(entry.body, missing)
        if entry.summary:
            entry.summary = self.rewrite(entry.summary, missing)
        entry.missing_uploads = sorted(missing)

    def rewrite(self, text: str, missing: set[str]) -> str:
        """text with its links to uploads the folder has rewritten; the others' files added to missing."""
        if self.known is None:
            return text

        def by_record(m: re.Match) -> str:
            rel = self.records.get(_key(m.group(0)))
            return m.group(0) if rel is None else self._link(rel, quote(rel), m.group(0), missing)

        def by_path(m: re.Match) -> str:
            return self._link(unquote(m.group(1)), m.group(1), m.group(0), missing)

        if self.records:
            text = _ABSOLUTE.sub(by_record, text)
        return self.pattern.sub(by_path, text)

    def _link(self, rel: str, written: str, original: str, missing: set[str]) -> str:
        if rel in self.known:
            return f"/static/{TARGET}/{written}"
        missing.add(rel)
        return original


def used(texts: Iterable[str], attachments: list[Attachment]) -> list[Attachment]:
    """The folder's files that texts link to (as /static/uploads/…, after rewriting), in the
    folder's order."""
    linked = {unquote(m.group(1)) for text in texts if text for m in _USED.finditer(text)}
    return [a for a in attachments if a.source in linked]


def summary(copied: int, unused: int, missing: list[tuple[str, list[str]]]) -> list[str]:
    """The import summary's lines about --uploads. missing: (entry's file, the files it links to
    that the folder does not have)."""
    lines = [f"  uploads: {copied} files the posts and pages link to copied to static/{TARGET}/, "
             f"{unused} not linked left out"]
    if missing:
        count = sum(len(files) for _rel, files in missing)
        lines.append(f"  uploads linked but not in --uploads ({count}; the links are left as they were):")
        lines += [f"    {rel}: {', '.join(_printable(f) for f in files)}" for rel, files in missing]
    return lines


def _printable(name: str) -> str:
    return name if name.isprintable() else name.encode("unicode_escape").decode("ascii")


def rewrite_generator_links(imported: ImportedSite, uploads: Path, served_from: Path, site_url: str | None) -> None:
    """`--uploads` for a static generator's folder (Jekyll, Hexo): the folder's files, and the entries'
    links to them. The old site served the folder at its path under served_from (Jekyll's site
    folder, Hexo's source/), or, given from elsewhere, at its own name."""
    imported.attachments = collect(uploads)
    try:
        marker = uploads.resolve().relative_to(served_from.resolve()).as_posix()
    except ValueError:
        marker = uploads.name
    rewriter = LinkRewriter(imported.attachments, site_url, marker)
    for entry in imported.entries:
        rewriter.apply(entry)
