"""Writing the site: everything goes to a temporary sibling folder, swapped in only when complete.

A reader of the output folder sees either the old site or the new one: on Linux the two folders
are exchanged with one renameat2(RENAME_EXCHANGE); elsewhere two renames leave a window of
microseconds with no folder, never a mixed one.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import uuid
from pathlib import Path

from blogbuild.errors import OutputError

TEMP_PREFIX = ".blogbuild-tmp-"
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def check_output_dir(root: Path, out: Path, source_dirs: list[str]) -> None:
    """Refuse an output folder that is, contains, or sits inside the site's sources."""
    root, out = root.resolve(), out.resolve()
    if out == root or root.is_relative_to(out):
        raise OutputError(f"output folder {out} is or contains the site's sources; refusing to replace it",
                          "blog.yaml", hint="set 'output:' to a subfolder such as public")
    for name in source_dirs:
        src = (root / name).resolve()
        if out == src or out.is_relative_to(src) or src.is_relative_to(out):
            raise OutputError(f"output folder {out} overlaps the source folder {name}/; refusing to write there",
                              "blog.yaml", hint="set 'output:' to a folder of its own such as public")


def new_temp_dir(out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f"{TEMP_PREFIX}{out.name}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    return tmp


def _exchange(a: Path, b: Path) -> bool:
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    rc = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return rc == 0


def swap_in(tmp: Path, out: Path) -> None:
    """Make tmp the new out; the old out is deleted."""
    try:
        if out.exists() and not out.is_dir():
            raise OutputError(f"output path {out} exists and is not a folder", "blog.yaml")
        if out.is_dir() and _exchange(tmp, out):
            shutil.rmtree(tmp, ignore_errors=True)  # tmp now holds the old site
            return
        old = None
        if out.exists():
            old = out.parent / f"{TEMP_PREFIX}old-{out.name}-{uuid.uuid4().hex[:8]}"
            os.rename(out, old)
        os.rename(tmp, out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except OSError as e:
        raise OutputError(f"cannot replace the output folder: {e.strerror}", str(out)) from None


def discard(tmp: Path) -> None:
    shutil.rmtree(tmp, ignore_errors=True)


def write_file(base: Path, rel: str, data: bytes) -> None:
    path = base / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def copy_tree(src: Path, dst: Path) -> int:
    """Copy src into dst (merging, later copies win); returns the number of files."""
    count = 0
    for dirpath, _dirnames, filenames in os.walk(src):
        rel = Path(dirpath).relative_to(src)
        target = dst / rel
        target.mkdir(parents=True, exist_ok=True)
        for name in filenames:
            shutil.copyfile(Path(dirpath) / name, target / name)
            count += 1
    return count
