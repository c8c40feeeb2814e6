"""Has anything changed since the last build? Answered from stat() alone, before anything heavy
is imported: `blogbuild build` of an unchanged 1,000-post site returns in a tenth of a second.

A build takes a Snapshot of its sources (the posts, comments, blog.yaml, templates, static files,
theme and its own code) before it reads any of them, and saves it when it succeeds, with a listing
of the output it wrote. The next build compares a fresh snapshot with the saved one.

A file's signature is (size, mtime_ns, ctime_ns, inode). Equal signatures mean equal bytes, except
for a file written within the file system's timestamp granularity of being looked at: a later
write in the same tick can leave the signature as it was (git calls such entries "racily clean").
So a file changed less than RACY_NS before the snapshot is also hashed, and compared by content.
ctime cannot be set by tools (unlike mtime, which `touch -d`, `cp -p` or rsync set), so a file
replaced with an old mtime still looks changed.

Only the standard library is imported here: a build with nothing to do imports nothing heavy.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

RACY_NS = 2_000_000_000

Signature = tuple[int, int, int, int]


def signature(st: os.stat_result) -> Signature:
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


@dataclass
class Snapshot:
    """Signatures of every file under some folders and of some single files, taken at `taken_ns`."""
    taken_ns: int
    trees: dict[str, dict[str, Signature] | None] = field(default_factory=dict)
    """folder -> {relative path: signature}; None for a folder that does not exist."""
    files: dict[str, Signature | None] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)
    """sha256 of each file changed less than RACY_NS before the snapshot (by absolute path)."""

    def trusted(self, sig: Signature) -> bool:
        """Whether a file with this signature, unchanged, is known to hold the same bytes."""
        return max(sig[1], sig[2]) < self.taken_ns - RACY_NS

    def hash_recent(self) -> None:
        """Hash the files changed less than RACY_NS before the snapshot (see the module's docstring)."""
        for tree, entries in self.trees.items():
            for rel, sig in (entries or {}).items():
                if not self.trusted(sig):
                    self.hashes[os.path.join(tree, rel)] = _sha256(os.path.join(tree, rel))
        for path, sig in self.files.items():
            if sig is not None and not self.trusted(sig):
                self.hashes[path] = _sha256(path)

    def signature_of(self, path: str) -> Signature | None:
        """The signature of a file under one of the snapshot's folders (None if not there)."""
        flat = self.__dict__.get("_flat")
        if flat is None:  # by absolute path, made on first use (10,000 lookups follow)
            flat = {os.path.join(tree, *rel.split("/")): sig for tree, entries in self.trees.items()
                    for rel, sig in (entries or {}).items()}
            self.__dict__["_flat"] = flat
        found = flat.get(path)
        return found if found is not None else self.files.get(path)

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "_flat"}


def _scan(folder: str) -> dict[str, Signature] | None:
    """Every file under folder, symlinked files by their target. None if there is no folder."""
    from blogbuild.write.output import walk_files

    if not os.path.isdir(folder):
        return None
    found: dict[str, Signature] = {}
    for rel, entry in walk_files(folder):
        try:
            st = entry.stat(follow_symlinks=True)
        except OSError:  # a broken symlink: the build reports it
            st = entry.stat(follow_symlinks=False)
        found[rel] = signature(st)
    return found


def _sha256(path: str) -> str:
    try:
        with open(path, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except OSError:
        return ""


def take(folders: list[Path], files: list[Path], *, hash_recent: bool = True) -> Snapshot:
    """hash_recent=False: signatures only (enough to compare with a saved snapshot)."""
    snap = Snapshot(taken_ns=time.time_ns())
    for folder in folders:
        snap.trees[os.fspath(folder)] = _scan(os.fspath(folder))
    for path in files:
        try:
            snap.files[os.fspath(path)] = signature(os.stat(path))
        except OSError:
            snap.files[os.fspath(path)] = None
    if hash_recent:
        snap.hash_recent()
    return snap


def same(old: Snapshot, new: Snapshot) -> bool:
    """Whether every file is as it was: equal signatures, and equal bytes where the old signature
    was taken too soon after a change to prove anything."""
    if old.trees != new.trees or old.files != new.files:
        return False
    return all(_sha256(path) == digest for path, digest in old.hashes.items())
