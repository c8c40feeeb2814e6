"""`--uploads DIR`: the old site's uploads folder (Typecho's usr/uploads, WordPress's
wp-content/uploads) copied to static/uploads/ (served at /static/uploads/), and the links to its
files rewritten to /static/uploads/…
Only links to files that are really in DIR are rewritten, so a link the folder cannot serve stays
as it was and `blogbuild check` can still point at it."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote

from blogbuild.errors import ImportSourceError
from blogbuild.importers.frontmatter import OUTSIDE, OUTSIDE_HINT
from blogbuild.importers.records import Attachment
from blogbuild.importers.values import split_url

TARGET = "uploads"


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


class LinkRewriter:
    """Turns https://old.host/usr/uploads/2019/03/a.png (or the path alone) into
    /static/uploads/2019/03/a.png (a path from the site's root: the build rebases it onto a subpath)."""

    def __init__(self, attachments: list[Attachment], site_url: str | None, marker: str) -> None:
        """marker: the folder the old site served uploads from ('usr/uploads', 'wp-content/uploads')."""
        self.known = {a.source for a in attachments}
        parts = split_url(site_url or "")
        host = parts.netloc.removeprefix("www.")
        base = parts.path.rstrip("/")
        origin = rf"(?:(?:https?:)?//(?:www\.)?{re.escape(host)})?" if host else ""
        # The lookbehind keeps https://another.host/usr/uploads/… as it is.
        self.pattern = re.compile(rf"(?<![\w.:/%-]){origin}(?:{re.escape(base)})?/{re.escape(marker)}"
                                  r"/([^\s\"'()<>\[\]?#]+)")

    def __call__(self, text: str) -> str:
        if not self.known:
            return text

        def one(m: re.Match) -> str:
            rel = unquote(m.group(1))
            return f"/static/{TARGET}/{m.group(1)}" if rel in self.known else m.group(0)

        return self.pattern.sub(one, text)
