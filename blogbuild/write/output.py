"""Writing the site: new and changed files go to a temporary folder beside the output first, and
are moved into it only when every page has been rendered and written (see Stage)."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

from blogbuild.errors import ContentError, OutputError

TEMP_PREFIX = ".blogbuild-tmp-"


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


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _refuse_outside(path: str, real_site: str, display: str) -> None:
    """The posts' rule (site/load.py) for any file the author's folders hold."""
    if os.path.islink(path) and not os.path.exists(path):
        raise ContentError("broken symlink: it points to nothing", display)
    if not _inside(os.path.realpath(path), real_site):
        raise ContentError("symlink to a file outside the site; refusing to read it", display,
                           hint="copy the file into the site instead")


def new_temp_dir(out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f"{TEMP_PREFIX}{out.name}-{os.urandom(4).hex()}"  # (uuid: 4 ms of imports)
    tmp.mkdir()
    return tmp


def _same_bytes(path: str, data: bytes) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read() == data
    except OSError:
        return False


def walk_files(folder: str) -> Iterator[tuple[str, os.DirEntry]]:
    """(relative posix path, entry) of every file under folder; symlinked folders are not
    entered (the build does not enter them either). Nothing if there is no such folder."""
    stack = [("", folder)]
    while stack:
        prefix, path = stack.pop()
        try:
            entries = os.scandir(path)
        except (FileNotFoundError, NotADirectoryError):
            continue
        with entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    stack.append((prefix + entry.name + "/", entry.path))
                else:
                    yield prefix + entry.name, entry


def listing(folder: Path) -> dict[str, tuple[int, int, int]]:
    """rel path -> (size, mtime_ns, inode) of every file under folder (symlinks not followed):
    enough to notice any change to it. Empty if there is no such folder."""
    found = {}
    for rel, entry in walk_files(os.fspath(folder)):
        st = entry.stat(follow_symlinks=False)
        found[rel] = (st.st_size, st.st_mtime_ns, st.st_ino)
    return found


def _make_dirs(base: str, rel: str) -> None:
    """base/rel as folders, replacing any file in the way (the old site had a page where the new
    one has a folder)."""
    try:
        os.makedirs(os.path.join(base, rel), exist_ok=True)
        return
    except (FileExistsError, NotADirectoryError):
        pass
    path = base
    for part in rel.split("/"):
        path = os.path.join(path, part)
        if os.path.lexists(path) and (os.path.islink(path) or not os.path.isdir(path)):
            os.unlink(path)
        if not os.path.isdir(path):
            os.mkdir(path)


def _pause_at() -> int:
    try:
        return int(os.environ.get("BLOGBUILD_TEST_PAUSE_AT_WRITTEN") or 0)
    except ValueError:
        return 0


_PAUSE_AT = _pause_at()
"""For tests/write/test_interrupt.py only (0, off, for everyone else): once this many files are
written into a stage, the build says so in a file beside the output (PAUSED) and waits there for
the test's signal, so the test interrupts at a known point of the build instead of guessing a time."""
PAUSED = ".blogbuild-test-paused"
_MAIN = os.getpid()
"""The build's own process: only it pauses (a page-writing worker it forked counts its files into
its own copy of the stage, which the build merges; a paused worker would never see the signal)."""


def _pause(out: Path, before: int, after: int) -> None:
    if not before < _PAUSE_AT <= after or os.getpid() != _MAIN:
        return
    (out.parent / PAUSED).touch()
    while True:
        time.sleep(0.05)  # a signal's handler raises out of it


class Stage:
    """The next version of the output folder, made in two steps so that no error leaves a half-written site.

    1. `put`: each new or changed file is written into a temporary folder beside the output. The
       output is not touched, so a template error, an interrupt or a full disk leaves the old site.
    2. `commit`: the new files are renamed into place and the files the new site lacks deleted:
       no data is written, and the caller holds signals back meanwhile.

    A file whose bytes did not change is not touched at all: a one-post edit moves one file, and
    nothing needs linking or copying. (During commit's renames, milliseconds, a reader of the
    folder can see some new pages and some old ones; each file is always whole.)
    """

    def __init__(self, out: Path) -> None:
        """The output folder is listed when first needed (`current`), not here: the output is not
        written before commit, and 2,500 files take ~25 ms to list, which a one-post edit spends
        after Pagefind has its bundle, not before."""
        self.out = out
        self._current: dict[str, tuple[int, int, int]] | None = None
        self.dir = new_temp_dir(out)
        self.files: set[str] = set()
        self.new: list[str] = []
        """Files written into the temporary folder, to be moved into place."""
        self.written = 0
        self.unchanged = 0
        self.removed = 0
        self._dirs: set[str] = set()

    @property
    def current(self) -> dict[str, tuple[int, int, int]]:
        """The output folder's files as this build found them: rel path -> (size, mtime_ns, inode)."""
        if self._current is None:
            self._current = listing(self.out)
        return self._current

    def put(self, rel: str, data: bytes) -> None:
        """Make the new site's `rel` hold `data`."""
        self.files.add(rel)
        old = self.current.get(rel)
        if old is not None and old[0] == len(data) and _same_bytes(os.path.join(self.out, rel), data):
            self.unchanged += 1
            return
        parent = rel.rpartition("/")[0]
        if parent and parent not in self._dirs:
            folder = os.path.join(self.dir, parent)
            try:
                os.mkdir(folder)  # the common case, one system call
            except FileExistsError:
                pass
            except FileNotFoundError:
                os.makedirs(folder, exist_ok=True)
            self._dirs.add(parent)
        with open(os.path.join(self.dir, rel), "wb") as f:
            f.write(data)
        self.new.append(rel)
        self.written += 1
        if self.written == _PAUSE_AT:
            _pause(self.out, self.written - 1, self.written)

    def reuse(self, rel: str, expected: tuple[int, int, int]) -> bool:
        """Keep the output's `rel` as it is, if it is still the file the last build wrote (same
        size, mtime_ns, inode). False: the caller must put it."""
        if self.current.get(rel) != tuple(expected):
            return False
        self.files.add(rel)
        self.unchanged += 1
        return True

    def put_tree(self, src: Path, prefix: str, *, site: Path | None = None) -> int:
        """Copy src into the new site under prefix/ (merging: a later put of the same file wins).
        site: the site's root, when src is the author's folder: a symlink (or the folder itself)
        leading out of it is refused, so `static/key -> ~/.ssh/id_rsa` is never published. As in
        posts/, symlinked folders are not entered."""
        count = 0
        real_site = os.path.realpath(site) if site is not None else None
        src_inside = real_site is None or _inside(os.path.realpath(src), real_site)
        for dirpath, _dirnames, filenames in os.walk(src):
            rel = Path(dirpath).relative_to(src).as_posix()
            for name in filenames:
                target = f"{prefix}/{name}" if rel == "." else f"{prefix}/{rel}/{name}"
                path = os.path.join(dirpath, name)
                if real_site is not None and (not src_inside or os.path.islink(path)):
                    _refuse_outside(path, real_site, target)
                with open(path, "rb") as f:
                    self.put(target, f.read())
                count += 1
        return count

    def merge(self, files: set[str], new: list[str], written: int, unchanged: int) -> None:
        """Account for files another process put into this stage."""
        self.files |= files
        self.new += new
        self.written += written
        self.unchanged += unchanged
        if _PAUSE_AT:
            _pause(self.out, self.written - written, self.written)

    def commit(self) -> dict[str, tuple[int, int, int]]:
        """Move the new files into the output folder and delete what the new site lacks; returns
        the output's new listing()."""
        out = os.fspath(self.out)
        if os.path.lexists(out) and not os.path.isdir(out):
            raise OutputError(f"output path {out} exists and is not a folder", "blog.yaml")
        try:
            if not os.path.lexists(out):
                os.rename(self.dir, out)  # a first build: the whole folder at once
                return listing(self.out)
            now = dict(self.current)
            made: set[str] = set()
            for rel in self.new:
                parent = rel.rpartition("/")[0]
                if parent and parent not in made:
                    _make_dirs(out, parent)
                    made.add(parent)
                target = os.path.join(out, rel)
                if os.path.isdir(target) and not os.path.islink(target):
                    shutil.rmtree(target)
                os.replace(os.path.join(self.dir, rel), target)
                st = os.lstat(target)
                now[rel] = (st.st_size, st.st_mtime_ns, st.st_ino)
            emptied: set[str] = set()
            for rel in [rel for rel in now if rel not in self.files]:
                try:
                    os.unlink(os.path.join(out, rel))
                except FileNotFoundError:
                    pass
                del now[rel]
                self.removed += 1
                emptied.add(rel.rpartition("/")[0])
            for rel in sorted(emptied, key=lambda r: -r.count("/")):
                while rel:
                    try:
                        os.rmdir(os.path.join(out, rel))  # only if empty
                    except OSError:
                        break
                    rel = rel.rpartition("/")[0]
            return now
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
