"""Writing the site: everything goes to a temporary sibling folder, swapped in only when complete.

A reader of the output folder sees either the old site or the new one: on Linux the two folders
are exchanged with one renameat2(RENAME_EXCHANGE); elsewhere two renames leave a window of
microseconds with no folder, never a mixed one.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import shutil
import stat
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


@functools.lru_cache(maxsize=1)
def _libc() -> ctypes.CDLL | None:
    libc_name = ctypes.util.find_library("c")  # runs ldconfig: once per process is enough
    return ctypes.CDLL(libc_name, use_errno=True) if libc_name else None


def _exchange(a: Path, b: Path) -> bool:
    libc = _libc()
    if libc is None:
        return False
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


def stage_dir(out: Path) -> Path:
    """Where the next site is assembled: beside the output folder (same file system, for the swap).

    Not a temporary folder: after a swap it holds the previous site, and the next build starts
    from it (like Hugo's resources/ or Jekyll's .jekyll-cache/). `blogbuild clean` removes it."""
    return out.parent / f".{out.name}.blogbuild-stage"


def _same_bytes(path: Path, data: bytes) -> os.stat_result | None:
    """The file's stat if it holds exactly data, else None."""
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode) or st.st_size != len(data) or f.read() != data:
                return None
            return st
    except OSError:
        return None


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except OSError:
        return None


class Stage:
    """The next site, assembled in a folder beside the output and swapped in whole.

    The stage folder is kept between builds: after a swap it holds the previous site, so the next
    build starts from a nearly complete tree and deletes nothing big. A file whose bytes did not
    change is hard-linked from the live site (no data written); a changed file is written to a new
    inode and renamed over the old entry, never rewritten in place, because an inode in the stage
    may be shared with the live site. `finish` deletes what the new site lacks and swaps.
    """

    def __init__(self, out: Path) -> None:
        self.out = out
        self.dir = stage_dir(out)
        if self.dir.exists() and not self.dir.is_dir():
            self.dir.unlink()
        self.dir.mkdir(parents=True, exist_ok=True)
        self.files: set[str] = set()
        self.written = 0
        self.unchanged = 0
        self._dirs: set[str] = set()

    def _parent(self, rel: str) -> None:
        parent = rel.rpartition("/")[0]
        if not parent or parent in self._dirs:
            return
        path = self.dir / parent
        try:
            path.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            # The old site had a file where this site needs a folder: remove it, walking down.
            probe = self.dir
            for part in parent.split("/"):
                probe = probe / part
                if probe.is_file() or probe.is_symlink():
                    probe.unlink()
            path.mkdir(parents=True, exist_ok=True)
        self._dirs.add(parent)

    def put(self, rel: str, data: bytes) -> None:
        """Make the stage's `rel` hold `data`."""
        self.files.add(rel)
        self._parent(rel)
        target = self.dir / rel
        target_stat = _lstat(target)
        if target_stat is not None and stat.S_ISDIR(target_stat.st_mode):
            shutil.rmtree(target)
            target_stat = None
        tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
        live = self.out / rel
        live_stat = _same_bytes(live, data)
        if live_stat is not None:
            self.unchanged += 1
            if target_stat is not None and os.path.samestat(live_stat, target_stat):
                return
            try:
                os.link(live, tmp)
            except OSError:  # no hard links on this file system: copy the bytes instead
                tmp.write_bytes(data)
        else:
            self.written += 1
            tmp.write_bytes(data)
        os.replace(tmp, target)

    def reuse(self, rel: str, expected: tuple[int, int, int]) -> bool:
        """Keep the live site's `rel` as is (hard link, no rendering, no reading), if it is still
        the file the last build wrote: same (size, mtime_ns, inode). False: the caller must put it."""
        live = self.out / rel
        live_stat = _lstat(live)
        if live_stat is None or not stat.S_ISREG(live_stat.st_mode) or \
                (live_stat.st_size, live_stat.st_mtime_ns, live_stat.st_ino) != expected:
            return False
        target = self.dir / rel
        target_stat = _lstat(target)
        if target_stat is not None and stat.S_ISDIR(target_stat.st_mode):
            return False
        self.files.add(rel)
        self.unchanged += 1
        if target_stat is not None and os.path.samestat(live_stat, target_stat):
            return True
        self._parent(rel)
        tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            os.link(live, tmp)
        except OSError:  # no hard links on this file system
            shutil.copyfile(live, tmp)
        os.replace(tmp, target)
        return True

    def put_tree(self, src: Path, prefix: str) -> int:
        """Copy src into the stage under prefix/ (merging: a later put of the same file wins)."""
        count = 0
        for dirpath, _dirnames, filenames in os.walk(src):
            rel = Path(dirpath).relative_to(src).as_posix()
            for name in filenames:
                target = f"{prefix}/{name}" if rel == "." else f"{prefix}/{rel}/{name}"
                self.put(target, (Path(dirpath) / name).read_bytes())
                count += 1
        return count

    def merge(self, files: set[str], written: int, unchanged: int) -> None:
        """Account for files another process put into this stage."""
        self.files |= files
        self.written += written
        self.unchanged += unchanged

    def finish(self) -> None:
        """Delete what the new site does not have, then swap the stage in; it keeps the old site."""
        for dirpath, dirnames, filenames in os.walk(self.dir, topdown=False):
            rel = Path(dirpath).relative_to(self.dir).as_posix()
            prefix = "" if rel == "." else rel + "/"
            for name in filenames:
                if prefix + name not in self.files:
                    os.unlink(os.path.join(dirpath, name))
            for name in dirnames:
                path = os.path.join(dirpath, name)
                if os.path.islink(path):
                    os.unlink(path)
                elif not os.listdir(path):
                    os.rmdir(path)
        try:
            if self.out.exists() and not self.out.is_dir():
                raise OutputError(f"output path {self.out} exists and is not a folder", "blog.yaml")
            if self.out.is_dir() and _exchange(self.dir, self.out):
                return
            if self.out.exists():
                old = self.out.parent / f"{TEMP_PREFIX}old-{self.out.name}-{uuid.uuid4().hex[:8]}"
                os.rename(self.out, old)
                os.rename(self.dir, self.out)
                os.rename(old, self.dir)
            else:
                os.rename(self.dir, self.out)
        except OSError as e:
            raise OutputError(f"cannot replace the output folder: {e.strerror}", str(self.out)) from None
