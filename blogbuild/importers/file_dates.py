"""The date of a post written without one (a Hexo or Jekyll draft, a Hexo post with no `date:`).

Hexo and Jekyll show such a post with its file's mtime. But a fresh clone of the blog's repository
gives every file the time of the clone, so the mtime would make each import of the same repository
date these posts differently (a re-import rewriting them, old drafts sorted as new). In a git
repository the file's last commit date says when it was last written, the same in every clone;
the mtime is the answer only for a file git does not know or that has uncommitted changes.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path


def file_date(path: Path, tz: dt.tzinfo) -> dt.datetime:
    """When the file was last written: its last commit's date if git tracks it unchanged, else its mtime."""
    committed = _commit_time(path)
    seconds = committed if committed is not None else os.stat(path).st_mtime
    return dt.datetime.fromtimestamp(seconds, tz).replace(microsecond=0)


def _commit_time(path: Path) -> int | None:
    folder = os.fspath(path.parent)
    try:
        changed = subprocess.run(["git", "status", "--porcelain", "--", path.name], cwd=folder,
                                 capture_output=True, text=True, timeout=30)
        if changed.returncode != 0 or changed.stdout.strip():
            return None  # not in a repository, or edited since its last commit
        done = subprocess.run(["git", "log", "-1", "--format=%ct", "--", path.name], cwd=folder,
                              capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):  # no git here
        return None
    text = done.stdout.strip()
    return int(text) if done.returncode == 0 and text.isdigit() else None
