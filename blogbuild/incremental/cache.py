"""The build cache in <site>/.blogbuild-cache/: work that depends only on its inputs, kept between builds.

What is kept, and what its key covers (anything not in a key must not change the cached value):

- ``posts/``: posts' HTML and excerpts, in a few pack files (blogbuild/packs.py), and
  ``posts.pickle``: for every cached post, by key, what every build needs of it (has_more, what
  `blogbuild check` found in it) and where its HTML is in the packs. The key covers the post's file
  hash, its slug (footnote/label prefixes), its path and first body line (messages), the base path
  (link rebasing), the check's settings (permalink, url, macros) and :func:`code_fingerprint`
  (blogbuild's own source and data, Python and library versions). Templates are not in the key:
  they never touch the Markdown HTML.
- ``feed/``: the feed's MathML rendering of a post, keyed like ``posts/`` plus the site's absolute URL.
- ``front-matter.pickle``: parsed posts by file path, with the file's signature (see
  blogbuild/unchanged.py) and hash, valid for one config + code.
- ``unchanged.pickle``: the last build's snapshot of its sources and listing of its output, so
  that a build with nothing changed stops before importing or reading anything (blogbuild/unchanged.py).
- ``pages.pickle``: the key of every page the last build wrote (a digest of what its template
  reads) and the stat of the file it wrote, valid for one set of templates + code: a page whose
  key and file are unchanged is left as it is instead of rendered.
- ``comments.pickle``: each comment's HTML by (id, body), valid for one program.
- ``assets/``: the generated Pygments stylesheet, keyed by :func:`code_fingerprint`.
- ``jinja/``: compiled templates (Jinja's own bytecode cache, checked against each source).

Entries are written atomically (temporary file + rename); an unreadable entry is a miss, never an error.
(Packs are appended to, and each value's CRC-32 is checked when it is read: a pack damaged under
a build fails that build, and the next one renders every post afresh.)
Entries a build did not use are deleted at its end, so the cache holds one site's worth.
"""

from __future__ import annotations

import dataclasses
import hashlib
import marshal
import operator
import os
import pickle
import shutil
import sys
import uuid
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from blogbuild.site.models import Post
from blogbuild.incremental.packs import Location, Packs
from blogbuild.incremental.snapshot import CACHE_DIR, LIBRARIES  # noqa: E402  (one name for the folder, one list of libraries)


def digest(*parts: str | bytes) -> str:
    """sha256 of the parts, each preceded by its length (so that no two lists of parts collide)."""
    data = [part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part for part in parts]
    return hashlib.sha256(b"".join(len(d).to_bytes(8, "little") + d for d in data)).hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Everything in the program that can change output: blogbuild's source files, Python, libraries."""
    from blogbuild import __version__

    package = Path(__file__).resolve().parent.parent
    parts: list[str | bytes] = [__version__, sys.version]
    for path in sorted(package.rglob("*.py")) + sorted(package.glob("data/*.txt")):
        parts += [path.name, path.read_bytes()]
    versions = _installed_versions()
    parts += [f"{name}=={versions.get(_normal(name), 'missing')}" for name, _module in LIBRARIES]
    return digest(*parts)


def _normal(name: str) -> str:
    return name.lower().replace("-", "_").replace(".", "_")


def _installed_versions() -> dict[str, str]:
    """Distribution name -> version, from the *.dist-info folder names on sys.path (what
    importlib.metadata reads too, without its ~50 ms of imports and lookups); the first wins."""
    found: dict[str, str] = {}
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info") and "-" in name:
                dist, _, version = name[:-len(".dist-info")].partition("-")
                found.setdefault(_normal(dist), version)
    return found


def _write_atomic(path: Path, data: bytes) -> None:
    folder = os.path.dirname(path)
    tmp = f"{folder}/.{os.path.basename(path)}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        f = open(tmp, "wb")
    except FileNotFoundError:  # the first entry of its folder (one mkdir per folder, not per entry)
        os.makedirs(folder, exist_ok=True)
        f = open(tmp, "wb")
    with f:
        f.write(data)
    os.replace(tmp, path)


class Cache:
    """A folder of entries. `enabled=False` gives a cache that never hits and never writes."""

    def __init__(self, root: Path, *, enabled: bool = True) -> None:
        self.dir = root / CACHE_DIR
        self.enabled = enabled
        self._used: dict[str, set[str]] = {}
        self._dir_text = os.fspath(self.dir)

    # --- many small entries (marshal: str/bytes/int/bool/tuples only) ------------------------

    def get(self, namespace: str, key: str) -> Any | None:
        if not self.enabled:
            return None
        self._used.setdefault(namespace, set()).add(key)
        try:
            return marshal.loads((self.dir / namespace / key).read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return None

    def put(self, namespace: str, key: str, value: Any) -> None:
        if not self.enabled:
            return
        self._used.setdefault(namespace, set()).add(key)
        try:
            _write_atomic(self.dir / namespace / key, marshal.dumps(value))
        except OSError:
            pass  # a cache that cannot be written only makes the next build slower

    def mark_used(self, namespace: str, key: str) -> None:
        """Keep the entry at prune() (for entries another process put)."""
        self._used.setdefault(namespace, set()).add(key)

    def forget(self, name: str) -> None:
        try:
            os.unlink(self.dir / name)
        except OSError:
            pass

    def prune(self) -> None:
        """Delete the entries of every namespace this build touched but did not use."""
        for namespace, used in self._used.items():
            try:
                names = os.listdir(self.dir / namespace)
            except OSError:
                continue
            for name in names:
                if name not in used:
                    try:
                        os.unlink(self.dir / namespace / name)
                    except OSError:
                        pass

    # --- one object per file (pickle; only ever read back from our own cache folder) --------

    def load(self, name: str, key: str) -> Any | None:
        """The object saved under name, if it was saved with the same key."""
        if not self.enabled:
            return None
        try:
            saved_key, value = pickle.loads((self.dir / name).read_bytes())
        except Exception:  # a damaged or foreign file is a miss  # noqa: BLE001
            return None
        return value if saved_key == key else None

    def save(self, name: str, key: str, value: Any) -> None:
        if not self.enabled:
            return
        try:
            _write_atomic(self.dir / name, pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            pass


class PostCache:
    """The posts' part of the cache: an index (posts.pickle) of entries (meta, location), the
    location being where the post's HTML is in the packs. Call `finish()` when the build no longer
    reads HTML through old locations (it may move them)."""

    INDEX = "posts.pickle"

    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self.packs = Packs(os.path.join(cache._dir_text, "posts"))
        self.old: dict[str, tuple[Any, Location]] = (cache.load(self.INDEX, code_fingerprint()) or {}) \
            if cache.enabled else {}
        self.new: dict[str, tuple[Any, Location]] = {}

    def get(self, key: str) -> tuple[Any, Callable[[], Any]] | None:
        """(meta, a function that loads the HTML) of a cached post, keeping it; None on a miss."""
        entry = self.old.get(key)
        if entry is None or not self.packs.exists(entry[1]):
            return None
        self.new[key] = entry
        return entry[0], self.loader(entry[1])

    def store(self, value: Any) -> Location | None:
        """Write a post's HTML (in whichever process rendered it); keep() its location."""
        return self.packs.append(value) if self.cache.enabled else None

    def close(self) -> None:
        self.packs.close()

    def keep(self, key: str, meta: Any, location: Location | None) -> None:
        if location is not None:
            self.new[key] = (meta, location)

    def loader(self, location: Location) -> Callable[[], Any]:
        load = self.packs.loader(location)

        def checked() -> Any:
            try:
                return load()
            except ValueError:
                from blogbuild.errors import BlogbuildError

                self.cache.forget(self.INDEX)  # the next build renders every post afresh
                raise BlogbuildError("the build cache was changed or damaged during the build",
                                     f"{CACHE_DIR}/posts/{location[0]}", hint="run the build again") from None

        return checked

    def finish(self) -> None:
        """Save the index of the posts this build used; delete or merge the packs it no longer needs."""
        if not self.cache.enabled:
            return
        moved = self.packs.collect({key: location for key, (_meta, location) in self.new.items()})
        new = {key: (meta, moved[key]) for key, (meta, _location) in self.new.items()}
        if new != self.old:
            self.cache.save(self.INDEX, code_fingerprint(), new)


def clear(root: Path) -> bool:
    """Remove the cache folder; True if there was one."""
    path = root / CACHE_DIR
    if not path.exists():
        return False
    shutil.rmtree(path)
    return True


FRONT_MATTER = "front-matter.pickle"


class CachedParser:
    """parse_post with memory: a post whose file did not change is not parsed again, nor even read.

    Entries are (signature, post without its body) by file path. With a snapshot taken at the start
    of the build (blogbuild.incremental.snapshot), a file whose signature is trusted and equal to the recorded
    one is not read: its post comes back with markdown=None (load.with_markdown reads it if it must
    be rendered). Otherwise the file is read and compared by content hash. Front matter is only
    valid for one config and one program (the key). Call `save()` after a successful load.
    """

    def __init__(self, cache: Cache, config: Any, snapshot: Any = None) -> None:
        self.cache = cache
        self.snapshot = snapshot
        self.key = digest(code_fingerprint(), repr(config))
        old = cache.load(FRONT_MATTER, self.key)
        # Stored as {path: pickled (signature, post fields as a tuple)}: entries that did not change
        # are written back as the bytes they were read as (re-pickling 10,000 posts costs ~0.1 s).
        self._old_bytes: dict[str, bytes] = old if isinstance(old, dict) else {}
        self.old: dict[str, tuple] = {}
        for path, data in self._old_bytes.items():
            sig, fields = pickle.loads(data)
            self.old[path] = (sig, Post(*fields))
        self.new: dict[str, tuple] = {}
        self._new_bytes: dict[str, bytes] = {}
        self.parsed = 0

    def _signature(self, path: Path) -> Any:
        """The file's signature in the snapshot, if it proves the bytes (else None)."""
        if self.snapshot is None:
            return None
        sig = self.snapshot.signature_of(os.fspath(path))
        return sig if sig is not None and self.snapshot.trusted(sig) else None

    def __call__(self, path: Path | str, root: Path, config: Any) -> Any:
        from blogbuild.site.load import parse_post, split_front_matter
        from blogbuild.site.textio import decode_text, read_bytes

        display = os.fspath(path)[len(os.fspath(root)) + 1:].replace(os.sep, "/")
        sig = self._signature(path)
        hit = self.old.get(str(path))
        if hit is not None and hit[1].display != display:
            hit = None
        if hit is not None and sig is not None and hit[0] == sig:
            self.new[str(path)] = hit
            if str(path) in self._old_bytes:
                self._new_bytes[str(path)] = self._old_bytes[str(path)]
            return hit[1]
        raw = read_bytes(path, display)  # read once: hashed for the cache, then parsed
        if hit is not None and hashlib.sha256(raw).hexdigest() == hit[1].digest:
            post = dataclasses.replace(hit[1], markdown=split_front_matter(decode_text(raw, display), display)[1])
        else:
            post = parse_post(path, root, config, raw)
            self.parsed += 1
        self.new[str(path)] = (sig, dataclasses.replace(post, markdown=None))
        return post

    def prefetch(self, paths: list[Path], root: Path, config: Any, run_all: Any) -> None:
        """Parse, ahead of the load, the posts the cache does not have; `run_all(fn, items)` may use
        several processes. Failures are left for the load to report, in its order."""
        from blogbuild.errors import BlogbuildError
        from blogbuild.site.load import parse_post

        def parse(path: Path) -> Any:
            try:
                return dataclasses.replace(parse_post(path, root, config), markdown=None)
            except BlogbuildError:
                return None

        misses = [path for path in paths if str(path) not in self.old]
        for path, post in zip(misses, run_all(parse, misses)):
            if post is not None:
                # The snapshot was taken before the worker read the file: if the file changed in
                # between, its signature differs next time, and it is read again.
                self.old[str(path)] = (self._signature(path), post)
                self.parsed += 1

    def save(self) -> None:
        if self._new_bytes.keys() == self._old_bytes.keys() == self.new.keys():
            return  # every entry as it was read
        self.cache.save(FRONT_MATTER, self.key, {
            path: self._new_bytes.get(path) or pickle.dumps((sig, _fields(post)), protocol=pickle.HIGHEST_PROTOCOL)
            for path, (sig, post) in self.new.items()})


_fields = operator.attrgetter(*(f.name for f in dataclasses.fields(Post)))
"""A post as a tuple (stored so: unpickling 10,000 dataclasses is slower)."""
