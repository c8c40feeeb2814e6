"""Replacing a set of a site's own files (posts, comments, static files) all at once or not at all:
what `blogbuild import`, `blogbuild import markdown` and `blogbuild comments pull` write.

Each new content is written and synced beside its file first; the renames then run with Ctrl-C
held back, and a failing one puts back the files already replaced (and removes the new ones and
the folders made for them). A failure leaves every file as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from blogbuild.write.lock import deferred_signals


def replace_files(changes: dict[Path, bytes | str | Path]) -> None:
    """Put each content at its path: bytes, text (UTF-8, newlines as given) or a file to copy.
    A replaced file keeps its permissions; a new one is 0644."""
    made: list[Path] = []
    staged: list[tuple[Path, str]] = []
    try:
        for path, content in changes.items():
            made += _make_folders(path.parent)
            fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            staged.append((path, temp))
            with os.fdopen(fd, "wb") as f:
                if isinstance(content, Path):
                    with open(content, "rb") as source:
                        shutil.copyfileobj(source, f)
                else:
                    f.write(content.encode("utf-8") if isinstance(content, str) else content)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(temp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        with deferred_signals():
            done: list[tuple[Path, str | None]] = []
            try:
                for path, temp in staged:
                    backup = None
                    if path.exists():
                        backup = temp + ".old"
                        os.link(path, backup)
                    os.replace(temp, path)
                    done.append((path, backup))
            except BaseException:
                for path, backup in reversed(done):
                    if backup is not None:
                        os.replace(backup, path)
                    else:
                        path.unlink()
                raise
            for _path, backup in done:
                if backup is not None:
                    os.unlink(backup)
            made = []
    finally:
        for _path, temp in staged:
            for leftover in (temp, temp + ".old"):
                if os.path.exists(leftover):
                    os.unlink(leftover)
        for folder in reversed(made):  # nothing was written: the folders made for it go too
            try:
                folder.rmdir()
            except OSError:
                pass


def _make_folders(folder: Path) -> list[Path]:
    """Make folder and its missing parents; return those it made, outermost first."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for new in reversed(missing):
        new.mkdir()
    return list(reversed(missing))
