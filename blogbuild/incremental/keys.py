"""Every key of the speed layer, and the one list of the program's inputs they rest on.

A key is the digest of the inputs of the work it names, found from the work's real arguments:
a post's HTML from the Post record and the settings its renderer reads; a page from the variables
its template reads (found by Jinja's own parser: render.templates.template_uses) of the context it
receives, and from the template files. Nothing here lists which fields a view shows.

The program itself is an input of everything: `code_fingerprint()` digests blogbuild's source,
its data files, Python's version and the versions of the libraries in LIBRARIES; `program_files()`
are the files the no-op snapshot watches for the same reason.

An object is digested as the repr() of a flat tuple: its class, and for each of its values either
the value itself, if repr() shows it faithfully (str, numbers, dates: `_PLAIN`), or the digest of
that value, computed the same way. repr() runs in C. Two kinds of values stand for their inputs:
a Post is digested without its body (`markdown`, which may not be loaded) since `digest` is the
hash of its whole file, and without its absolute path (a key names content, not where it lies);
an object with a `fingerprint` attribute (a post's stored HTML) by that.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import operator
import os
import pickle
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from markupsafe import Markup

from blogbuild.site.folders import SOURCE_DIRS
from blogbuild.site.models import Post

PACKAGE = Path(__file__).resolve().parent.parent
LIBRARIES = (("markdown-it-py", "markdown_it"), ("mdit-py-plugins", "mdit_py_plugins"), ("pygments", "pygments"),
             ("nh3", "nh3"), ("latex2mathml", "latex2mathml"), ("jinja2", "jinja2"), ("markupsafe", "markupsafe"),
             ("pyyaml", "yaml"))
"""(distribution, module) of every library whose version can change the output."""


@lru_cache(maxsize=1)
def program_files() -> list[Path]:
    """What the program is made of, as the no-op snapshot watches it: blogbuild's own files (those
    code_fingerprint reads) and the libraries' entry points (an upgrade rewrites them). Once a
    process: the running program's files do not come and go (each build asks twice; the package's
    200 folders, MathJax's among them, take ~5 ms to walk)."""
    from importlib.util import find_spec

    files = list(_own_files())
    for _dist, name in LIBRARIES:
        spec = find_spec(name)
        if spec is not None and spec.origin:
            files.append(Path(spec.origin))
    return list(dict.fromkeys(files))


@lru_cache(maxsize=1)
def _own_files() -> list[Path]:
    """blogbuild's files that can change its output: every *.py, the data files, the build-time
    MathJax worker's scripts and the vendored MathJax's version (its files change only with it;
    reading them all would cost every build). Each once (data/ holds a .py too: a snapshot lists
    each file once, and one taken from a list with a file twice never matched it)."""
    data = [path for path in sorted((PACKAGE / "data").glob("*")) if path.is_file()]  # not its __pycache__/
    return list(dict.fromkeys(_python_files() + data + _worker_files()))


@lru_cache(maxsize=1)
def _python_files() -> list[Path]:
    """Every *.py file of the package, in the order of their paths (os.walk: Path.rglob takes
    twice as long)."""
    found = []
    for parent, folders, files in os.walk(PACKAGE):
        folders[:] = [name for name in folders if name != "__pycache__"]
        found += [os.path.join(parent, name) for name in files if name.endswith(".py")]
    return [Path(path) for path in sorted(found, key=lambda path: Path(path).relative_to(PACKAGE).parts)]


def _worker_files() -> list[Path]:
    return sorted((PACKAGE / "render").glob("*.js")) + sorted((PACKAGE / "vendor").glob("*.txt"))


def source_folders(root: Path, theme: Path, mathjax_copy: Path | None) -> list[Path]:
    """The folders a build of root reads, whether or not they exist yet (a new templates/ or pages/
    matters): the site's source folders (posts, pages, comments, templates, static: SOURCE_DIRS),
    the default theme's, and MathJax's when it is copied."""
    folders = [root / name for name in SOURCE_DIRS] + [theme / "templates", theme / "static"]
    if mathjax_copy is not None:
        folders.append(mathjax_copy)
    return list(dict.fromkeys(folders))


def site_files(root: Path) -> list[Path]:
    """The single files a build reads: the configuration and the program."""
    return [root / "blog.yaml", *program_files()]


def digest(*parts: str | bytes) -> str:
    """sha256 of the parts, each preceded by its length (so that no two lists of parts collide)."""
    data = [part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part for part in parts]
    return hashlib.sha256(b"".join(len(d).to_bytes(8, "little") + d for d in data)).hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Everything in the program that can change output: blogbuild's files, Python, libraries."""
    from blogbuild.version import __version__

    parts: list[str | bytes] = [__version__, sys.version]
    for path in _own_files():
        parts += [path.relative_to(PACKAGE).as_posix(), path.read_bytes()]
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


_UNKEYED = ("markdown", "source")
"""Post fields left out of keys: the body (`digest` stands for it) and the absolute path (`display`,
the path in the site, stands for it: a cache serves any checkout of the same site, wherever it is)."""


_POST_FIELDS = operator.attrgetter(*(f.name for f in dataclasses.fields(Post) if f.name not in _UNKEYED))


def _post_fields(post: Post) -> tuple:
    return _POST_FIELDS(post)

_PLAIN = frozenset({str, int, float, bool, type(None), bytes, dt.datetime, dt.date, Markup})
"""Types whose repr() is exact (equal reprs mean equal values, and the type shows)."""
_GETTERS: dict[type, tuple[str, operator.attrgetter, int]] = {}


def _blake(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def short_digest(text: str) -> str:
    """A 32-character digest that stands for text in keys (keys stay short)."""
    return _blake(text).hex()


class Fingerprinter:
    """digest(obj) for the plain data of template contexts (the _PLAIN types, lists, tuples, dicts,
    dataclasses, bound methods; anything else is pickled). Composite objects are memoised by
    identity: digest them only after they stop changing, and keep the Fingerprinter no longer
    than the objects live."""

    def __init__(self) -> None:
        self._memo: dict[int, bytes] = {}
        self._keep: list[Any] = []  # memo keys are ids: keep the objects alive while memoised

    def digest(self, *objs: Any) -> str:
        return self._flat(objs).hex()

    def encoding(self, obj: Any) -> bytes:
        """What obj (a dataclass, a list...: not a _PLAIN value) stands for in digests. Kept beside an
        object stored between builds, and told to `know` when the object comes back, it spares
        encoding it again (1,000 posts cost every build ~25 ms to encode)."""
        return self._encode(obj)

    def know(self, obj: Any, encoding: bytes) -> None:
        """Take encoding, an `encoding` made by this program of an object equal to obj, for obj's."""
        self._memo[id(obj)] = encoding
        self._keep.append(obj)

    def _flat(self, values: Any, tag: str = "") -> bytes:
        plain = _PLAIN
        return _blake(repr((tag, *[v if type(v) in plain else self._encode(v) for v in values])))

    def _encode(self, obj: Any) -> bytes:
        key = id(obj)
        found = self._memo.get(key)
        if found is not None:
            return found
        cls = type(obj)
        getter = _GETTERS.get(cls)
        if getter is not None:  # a dataclass met before: the common case, first
            values = getter[1](obj)
            out = self._flat(values if getter[2] > 1 else (values,), getter[0])
        elif (cls is list or cls is tuple or cls is dict) and not obj:  # each [] is its own object
            return _EMPTY[cls]
        elif cls is list or cls is tuple:
            out = self._flat(obj, cls.__name__)
        elif cls is dict:
            out = self._flat([x for item in obj.items() for x in item], "dict")
        elif cls is Post:
            out = self._flat(_post_fields(obj), "Post")
        elif hasattr(obj, "fingerprint") and not isinstance(obj, type):
            out = _blake(repr(("stored", obj.fingerprint)))
        elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            names = tuple(f.name for f in dataclasses.fields(obj))
            getter = _GETTERS[cls] = (f"{cls.__module__}.{cls.__qualname__}", operator.attrgetter(*names), len(names))
            values = getter[1](obj)
            out = self._flat(values if getter[2] > 1 else (values,), getter[0])
        elif hasattr(obj, "__self__") and hasattr(obj, "__func__"):  # a bound method: function and object
            out = self._flat([obj.__func__.__qualname__, vars(obj.__self__)], "method")
        elif type(obj) in _PLAIN:
            out = _blake(repr(obj))
        else:  # anything else (time zones, enums): pickled, which names the class and its state
            out = _blake(repr(("pickle", pickle.dumps(obj, protocol=5))))
        self._memo[key] = out
        self._keep.append(obj)
        return out


_EMPTY = {cls: _blake(repr((cls.__name__,))) for cls in (list, tuple, dict)}
"""What an empty list, tuple or dict encodes to (as _flat makes it: no memo entry each)."""
