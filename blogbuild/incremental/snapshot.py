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

Only the standard library is imported here (blogbuild.errors, output and safety are too).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from blogbuild.site.models import BuildReport

CACHE_DIR = ".blogbuild-cache"
STATE = "unchanged.pickle"
"""In the build cache: the last successful build's snapshot, arguments, output listing and report."""
RACY_NS = 2_000_000_000
LIBRARIES = (("markdown-it-py", "markdown_it"), ("mdit-py-plugins", "mdit_py_plugins"), ("pygments", "pygments"),
             ("nh3", "nh3"), ("latex2mathml", "latex2mathml"), ("jinja2", "jinja2"), ("markupsafe", "markupsafe"),
             ("pyyaml", "yaml"))
"""(distribution, module) of every library whose version can change the output: the snapshot
watches the modules' entry points, the cache's code fingerprint the distributions' versions."""
_PACKAGE = Path(__file__).resolve().parent.parent

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


def code_files() -> list[Path]:
    """The program's own files and the libraries' entry points: a change to any (an edit, an
    upgrade) changes a snapshot that includes them."""
    from importlib.util import find_spec

    files = sorted(_PACKAGE.rglob("*.py")) + sorted(_PACKAGE.glob("data/*"))
    for _dist, name in LIBRARIES:
        spec = find_spec(name)
        if spec is not None and spec.origin:
            files.append(Path(spec.origin))
    return files


def sources(root: Path, extra_folders: list[Path]) -> tuple[list[Path], list[Path]]:
    """(folders, files) that a build of root reads: its source folders whether or not they exist
    yet (a new templates/ folder matters), the theme and MathJax folders it uses, blog.yaml, code."""
    folders = [root / name for name in ("posts", "comments", "templates", "static")]
    folders += [f for f in extra_folders if f not in folders]
    return folders, [root / "blog.yaml", *code_files()]


def arguments(root: Path, drafts: bool, base_url: str | None, output: str | None) -> tuple:
    """What the state is valid for. The site's own folder too: a copied site (cache included)
    must not look unchanged because the folder it was copied from is."""
    return os.fspath(root), drafts, base_url, output, sys.version, sys.executable


def load_state(cache_dir: Path) -> dict | None:
    try:
        with open(cache_dir / STATE, "rb") as f:
            state = pickle.load(f)
    except Exception:  # noqa: BLE001  missing, damaged or from another version: not unchanged
        return None
    return state if isinstance(state, dict) and state.get("version") == 1 else None


def save_state(cache_dir: Path, state: dict) -> None:
    """Written atomically; a failure only makes the next build slower."""
    tmp = cache_dir / f".{STATE}.{os.getpid()}.tmp"
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as f:
            pickle.dump({**state, "version": 1}, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache_dir / STATE)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass


def forget_state(cache_dir: Path) -> None:
    try:
        os.unlink(cache_dir / STATE)
    except OSError:
        pass


def unchanged_build(root: Path, *, drafts: bool = False, base_url: str | None = None,
                    output: str | None = None, strict: bool = False) -> BuildReport | Snapshot | None:
    """The last build's report if nothing it read has changed since and its output is untouched
    (checked under the build lock). Otherwise None, or the snapshot it took of the same sources
    the last build read, which the build may use as its own (Snapshot.hash_recent first).
    root: resolved."""
    started = time.perf_counter()
    args = arguments(root, drafts, base_url, output)
    state = load_state(root / CACHE_DIR)
    if state is None or state["args"] != args or (strict and state["problems"]):
        return None
    old: Snapshot = state["snapshot"]
    new = take([Path(p) for p in old.trees], [Path(p) for p in old.files], hash_recent=False)
    if not same(old, new):
        return new
    from blogbuild.errors import BlogbuildError
    from blogbuild.write.output import listing
    from blogbuild.write.lock import build_lock

    out = Path(state["out"])
    try:
        with build_lock(out, state["out_display"]):
            if not out.is_dir() or listing(out) != state["listing"]:
                return new
    except BlogbuildError:
        return None  # e.g. another build is running: the build proper reports it
    return BuildReport(**state["report"], seconds=time.perf_counter() - started, skipped=True)
