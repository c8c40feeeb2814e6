"""IncrementalCache: the reference `Cache`'s results, from what earlier builds stored, and with
worker processes where there is much to do.

- unchanged(): a build whose sources (snapshot.py) and output are as the last one left them stops
  before reading anything.
- parse_posts(): a post whose file's signature is trusted and unchanged is not read; one whose bytes
  hash as before is not parsed.
- remember(): each item's result stored under the digest of the code, the settings and the item.
- write_pages(): a page whose key (keys.py: template files, template, what it reads of its context)
  and file are as the last build left them is not rendered.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import time
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from blogbuild.cache import CACHE_DIR, Cache, Early
from blogbuild.errors import BlogbuildError
from blogbuild.incremental import workers
from blogbuild.incremental.bundles import StoredBundles
from blogbuild.incremental.formulas import StoredFormulas
from blogbuild.incremental.keys import Fingerprinter, code_fingerprint, digest, site_files, source_folders
from blogbuild.incremental.snapshot import Snapshot, same, take
from blogbuild.incremental.store import Store, StoreDamaged
from blogbuild.site.folders import NODE_CACHE, SEARCH_MARK, TYPESET_MARK
from blogbuild.site.models import BuildOptions, BuildReport, Post, RenderedPost

if TYPE_CHECKING:
    import jinja2
    from markdown_it import MarkdownIt

    from blogbuild.render.page_outputs import Page
    from blogbuild.render.typeset import EarlyWorker
    from blogbuild.site.config import Config
    from blogbuild.write.output import Stage
    from blogbuild.write.pagefind_service import Service

_COMPLETE = ("post", "feed", "comment", "stylesheet", "front-matter", "comment-file")
"""Kinds every build looks up in full: what it did not use is gone from the site, and deleted."""
_PARSERS: dict[Callable, Any] = {}
"""One tuned parser per maker, per process: `blogbuild serve` keeps them between builds."""


class StoredPost:
    """A RenderedPost whose HTML stays in the store until a page that shows it is rendered; it
    stands for its inputs in page keys by `fingerprint`, the key it is stored under."""

    __slots__ = ("fingerprint", "has_more", "problems", "links", "files", "_store", "_html")

    def __init__(self, key: str, meta: tuple, store: Store, html: tuple[str, str] | None = None) -> None:
        self.fingerprint = key
        self.has_more, self.problems, self.links, self.files = meta
        self._store, self._html = store, html

    def _load(self) -> tuple[str, str]:
        if self._html is None:
            try:
                self._html = self._store.post_html(self.fingerprint)
            except StoreDamaged:
                raise BlogbuildError("the build cache was changed or damaged during the build",
                                     f"{CACHE_DIR}/", hint="run the build again") from None
        return self._html

    @property
    def html(self) -> str:
        return self._load()[0]

    @property
    def excerpt_html(self) -> str:
        return self._load()[1]


class IncrementalCache(Cache):
    def __init__(self, root: Path, options: BuildOptions) -> None:
        self.root, self.strict = root, options.strict
        # What the last build's state is valid for: every option that changes what a build makes,
        # and the site's own folder too (a copied site, cache included, must not look unchanged
        # because the folder it was copied from is).
        self.args = (os.fspath(root), options.run_key(), sys.version, sys.executable)
        jobs = options.jobs
        # Workers get their state by fork: where there is none (Windows), one process.
        self.jobs = 1 if not hasattr(os, "fork") else workers.default_jobs() if jobs is None else max(1, jobs)
        self.store = Store(root / CACHE_DIR / "cache.sqlite")
        self.fingerprint = Fingerprinter()
        self.snapshot: Snapshot | None = None
        self._looked: Snapshot | None = None
        self._config_key = ""
        self._pages: dict[str, str] = {}
        self._typesets = False  # this build typesets math in Node
        self._searches, self._search_language = options.search, None  # (blog.yaml says, and then start())

    # --- nothing changed? -----------------------------------------------------------------------

    def unchanged(self) -> BuildReport | None:
        started = time.perf_counter()
        state = self.store.state("last-build")
        if not isinstance(state, dict) or state["args"] != self.args or (self.strict and state["problems"]):
            return None
        old: Snapshot = state["snapshot"]
        new = self._looked = take([Path(p) for p in old.trees], [Path(p) for p in old.files], hash_recent=False)
        if not same(old, new):
            return None
        from blogbuild.write.lock import build_lock
        from blogbuild.write.output import listing

        out = Path(state["out"])
        try:
            with build_lock(out, state["out_display"]):
                if not out.is_dir() or listing(out) != state["listing"]:
                    return None
        except BlogbuildError:
            return None  # e.g. another build is running: the build proper reports it
        return BuildReport(**state["report"], seconds=time.perf_counter() - started, skipped=True)

    def early_start(self, math: str | None, search: bool) -> Early:
        return Early(self._early_typesetter(math), self._early_search() if search else None)

    def _early_typesetter(self, math: str | None) -> EarlyWorker | None:
        """Started when --math server says so, or when the last build typeset math (blog.yaml likely
        still says server: TYPESET_MARK); not when Node is missing (the build says so, if it needs it)."""
        if math == "client" or (math is None and not (self.root / CACHE_DIR / TYPESET_MARK).is_file()):
            return None
        from blogbuild.render.typeset import EarlyWorker, find_node

        try:
            return EarlyWorker(self.node_compile_cache()) if find_node() is not None else None
        except OSError:  # a Node that cannot run: the build proper says so, if it needs one
            return None

    def _early_search(self) -> Service | None:
        """Started when the last build made a search index of a Chinese or Japanese site (SEARCH_MARK:
        its language), loading its word segmenter (~0.25 s, which an edit's bundle waited for);
        write/search_ahead.py takes it. For other languages the service starts in no time: not here."""
        try:
            language = (self.root / CACHE_DIR / SEARCH_MARK).read_text(encoding="utf-8").strip()
        except (OSError, ValueError):
            return None
        from blogbuild.write.pagefind_service import SEGMENTED, pagefind_executable, warmed_service

        executable = pagefind_executable() if language.lower().startswith(SEGMENTED) else None
        return warmed_service(executable, language) if executable is not None else None

    def start(self, config: Config) -> None:
        from blogbuild.render.templates import theme_dir

        self._typesets = config.math.render == "server"
        self._search_language = config.language if config.search and self._searches else None

        copied = (self.root / config.mathjax.copy_from).resolve() if config.mathjax.copy_from else None
        folders, files = source_folders(self.root, theme_dir(), copied), site_files(self.root)
        looked = self._looked
        if looked is not None and list(looked.trees) == list(map(os.fspath, folders)) \
                and list(looked.files) == list(map(os.fspath, files)):
            looked.hash_recent()  # the same sources, looked at a moment ago
            self.snapshot = looked
        else:  # before reading anything: a file changed during the build will not look unchanged next time
            self.snapshot = take(folders, files)
        self._config_key = digest(code_fingerprint(), repr(config))

    # --- posts ----------------------------------------------------------------------------------

    def parse_posts(self, paths: list[str], root: Path, config: Config) -> list[Post | BlogbuildError]:
        from dataclasses import replace

        from blogbuild.site.load import parse_posts
        from blogbuild.site.textio import read_bytes

        # Keyed by the path in the site, not on this machine: a cache copied into another checkout
        # serves it, each file's bytes checked against the stored digest (its signature differs).
        keys = {path: digest(self._config_key, _site_path(path, root)) for path in paths}
        known = self.store.entries("front-matter", keys.values())
        out: dict[str, Post | BlogbuildError] = {}
        misses = []
        read: dict[str, bytes] = {}  # bytes read to compare with a stored digest: parsed from these
        for path in paths:
            hit = known.get(keys[path])
            sig = self._signature(path)
            if hit is not None and sig is not None and hit[0] == sig:
                out[path] = hit[1]  # not even read: with_markdown reads it if it must be rendered
                self.fingerprint.know(hit[1], hit[2])  # (its digest in keys, made when it was stored)
                continue
            if hit is not None:
                raw = read_bytes(path, hit[1].display)
                if hashlib.sha256(raw).hexdigest() == hit[1].digest:
                    post = hit[1] if hit[1].source == path else replace(hit[1], source=path)  # (source: not keyed)
                    out[path] = post
                    self.fingerprint.know(post, hit[2])
                    if sig is not None:  # trusted now: stored again with it, so that next time it is not read
                        self.store.put("front-matter", keys[path], (sig, post, hit[2]))
                    continue
                read[path] = raw
            misses.append(path)
        parsed = workers.parallel_map(lambda path: parse_posts([path], root, config, read)[0], misses, self.jobs,
                                      min_items=200)
        for path, post in zip(misses, parsed, strict=True):
            out[path] = post
            if isinstance(post, Post):
                # The snapshot was taken before the file was read: if it changed in between, its
                # signature differs next time, and it is read again.
                stored = replace(post, markdown=None)  # (markdown: not keyed)
                encoding = self.fingerprint.encoding(stored)
                self.fingerprint.know(post, encoding)  # (this build's keys: not encoded twice)
                self.store.put("front-matter", keys[path], (self._signature(path), stored, encoding))
        return [out[path] for path in paths]

    def parse_comments(self, paths: list[str], root: Path, config: Config) -> list[list | BlogbuildError]:
        from blogbuild.site.load import parse_comment_files
        from blogbuild.site.textio import read_bytes

        # As parse_posts: YAML is slow (~0.15 ms a comment; a blog with 20,000 comments paid ~3 s a
        # build). A file whose every comment is valid is stored with its bytes' digest.
        keys = {path: digest(self._config_key, "comments", _site_path(path, root)) for path in paths}
        known = self.store.entries("comment-file", keys.values())
        out: dict[str, list | BlogbuildError] = {}
        read: dict[str, bytes] = {}
        for path in paths:
            hit, sig = known.get(keys[path]), self._signature(path)
            if hit is not None and sig is not None and hit[0] == sig:
                out[path] = hit[2]
                continue
            try:
                raw = read[path] = read_bytes(path, _site_path(path, root))
            except BlogbuildError:
                continue  # parse_comment_files says so
            if hit is not None and hashlib.sha256(raw).hexdigest() == hit[1]:
                out[path] = hit[2]
                if sig is not None:  # trusted now: stored again with it, so that next time it is not read
                    self.store.put("comment-file", keys[path], (sig, hit[1], hit[2]))
        misses = [path for path in paths if path not in out]
        for path, parsed in zip(misses, parse_comment_files(misses, root, config, read), strict=True):
            out[path] = parsed
            if isinstance(parsed, list) and path in read and not any(isinstance(x, BlogbuildError) for x in parsed):
                self.store.put("comment-file", keys[path],
                               (self._signature(path), hashlib.sha256(read[path]).hexdigest(), parsed))
        return [out[path] for path in paths]

    def _signature(self, path: str) -> Any:
        """The file's signature in the snapshot, if it proves the bytes (else None)."""
        sig = self.snapshot.signature_of(path) if self.snapshot is not None else None
        return sig if sig is not None and self.snapshot.trusted(sig) else None

    def map(self, fn: Callable, items: Sequence) -> list:
        return workers.parallel_map(fn, list(items), self.jobs)

    def markdown(self, make: Callable[[], MarkdownIt]) -> MarkdownIt:
        found = _PARSERS.get(make)
        if found is None:
            from blogbuild.incremental.dispatch import install

            found = _PARSERS[make] = install(make())
        return found

    def remember(self, kind: str, settings: Hashable, items: Sequence, compute: Callable[[list], list]) -> list:
        base = self.fingerprint.digest(code_fingerprint(), kind, settings)
        keys = [digest(base, self.fingerprint.digest(item)) for item in items]
        stored = self.store.post_metas(keys) if kind == "post" else self.store.entries(kind, keys)
        todo = [i for i, key in enumerate(keys) if key not in stored]
        fresh = dict(zip(todo, compute([items[i] for i in todo]), strict=True))
        results = []
        for i, key in enumerate(keys):
            if kind == "post":
                if i in fresh:
                    r: RenderedPost = fresh[i]
                    meta = (r.has_more, r.problems, r.links, r.files)
                    self.store.put_post(key, meta, (r.html, r.excerpt_html))
                    results.append(StoredPost(key, meta, self.store, (r.html, r.excerpt_html)))
                else:
                    results.append(StoredPost(key, stored[key], self.store))
            elif i in fresh:
                self.store.put(kind, key, fresh[i])
                results.append(fresh[i])
            else:
                results.append(stored[key])
        return results

    # --- pages ----------------------------------------------------------------------------------

    def formula_memory(self) -> StoredFormulas:
        return StoredFormulas(self.store)

    def node_compile_cache(self) -> Path:
        return self.root / CACHE_DIR / NODE_CACHE

    def search_memory(self) -> StoredBundles:
        return StoredBundles(self.store)

    def template_bytecode(self) -> jinja2.BytecodeCache:
        return stored_bytecode(self.store)

    def write_pages(self, pages: Sequence[Page], common: dict, render: Callable[[Page], bytes],
                    stage: Stage, env: jinja2.Environment) -> None:
        from blogbuild.render.templates import template_uses

        templates = _templates_key(env)
        previous = self.store.state("pages")
        if not isinstance(previous, dict) or previous.get("templates") != templates:
            previous = {"templates": templates, "uses": {}, "pages": {}}
        uses = template_uses(env, previous["uses"])
        fp = self.fingerprint
        shared: dict[str, str] = {}
        todo = []
        for page in pages:
            names = uses(page.template)
            if page.template not in shared:
                shared[page.template] = fp.digest(*_read(common, names))
            key = digest(templates, page.template, shared[page.template], fp.digest(*_read(page.context, names)))
            self._pages[page.output] = key
            old = previous["pages"].get(page.output)
            if old is None or old[0] != key or not stage.reuse(page.output, old[1:]):
                todo.append(page)
        self._uses = (templates, previous["uses"])
        _render_into(stage, todo, render, env, self.jobs)

    def finish(self, report: BuildReport, listing: dict, problems: bool) -> None:
        templates, uses = self._uses
        self.store.set_state("pages", {"templates": templates, "uses": uses, "pages": {
            output: (key, *listing[output]) for output, key in self._pages.items()}})
        if self.snapshot is not None:
            self.store.set_state("last-build", {
                "args": self.args, "snapshot": self.snapshot, "out": os.fspath(report.output),
                "out_display": _display(report.output, self.root), "listing": listing, "problems": problems,
                "report": {"output": report.output, "pages": report.pages, "files": report.files,
                           "posts": report.posts, "cached": report.posts, "unchanged": report.files}})
        self.store.commit(prune=_COMPLETE)
        mark = self.root / CACHE_DIR / TYPESET_MARK  # the next build starts Node first if this one used it
        if self._typesets:
            mark.touch()
        else:
            mark.unlink(missing_ok=True)
            shutil.rmtree(self.node_compile_cache(), ignore_errors=True)  # what no build uses any more
        searched = self.root / CACHE_DIR / SEARCH_MARK  # the next build starts Pagefind first if this one used it
        if self._search_language is not None:
            searched.write_text(self._search_language, encoding="utf-8")
        else:
            searched.unlink(missing_ok=True)


def _read(context: dict, names: frozenset[str] | None) -> list:
    """The names and values of a template's context that it reads (names: all if None), in turn."""
    return [x for item in context.items() if names is None or item[0] in names for x in item]


def _site_path(path: str, root: Path) -> str:
    """path relative to the site's root, with forward slashes (as it is in any checkout)."""
    prefix = os.path.join(root, "")
    if path.startswith(prefix) and os.path.isabs(path):  # the common case, without relpath's normalising
        rel = path[len(prefix):]
        if rel and os.sep not in (rel[0], rel[-1]) and os.sep + "." not in os.sep + rel and os.sep * 2 not in rel:
            return rel.replace(os.sep, "/")
    return os.path.relpath(path, root).replace(os.sep, "/")


def _display(out: Path, root: Path) -> str:
    try:
        return out.relative_to(root).as_posix()
    except ValueError:
        return os.fspath(out)


def _templates_key(env: jinja2.Environment) -> str:
    """The program and every template file: a page's key only means something under both. Files
    are named by their place in the search path and their path inside it, not where they lie."""
    parts: list[str | bytes] = [code_fingerprint()]
    for place, tree in enumerate(env.loader.searchpath):  # type: ignore[union-attr]
        parts.append(f"tree {place}")
        for dirpath, dirnames, filenames in os.walk(tree):
            dirnames.sort()
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                with open(path, "rb") as f:
                    parts += [os.path.relpath(path, tree).replace(os.sep, "/"), f.read()]
    return digest(*parts)


def _render_into(stage: Stage, todo: list, render: Callable, env: jinja2.Environment, jobs: int) -> None:
    """stage.put(page.output, render(page)) for each page; forked workers share many pages. The
    first template error in page order is raised, whatever `jobs` is."""
    if jobs <= 1 or len(todo) < workers.PARALLEL_PAGES:
        for page in todo:
            stage.put(page.output, render(page))
        return
    for name in sorted({page.template for page in todo}):  # compile once, before forking
        try:
            env.get_template(name)
        except Exception:  # noqa: BLE001  render() turns it into the template's file:line error
            render(next(page for page in todo if page.template == name))  # raises its file:line error

    def stripe(k: int, n: int) -> tuple[tuple, tuple[int, BlogbuildError] | None]:
        stage.files, stage.new, stage.written, stage.unchanged = set(), [], 0, 0  # this process's share
        for i in range(k, len(todo), n):
            try:
                stage.put(todo[i].output, render(todo[i]))
            except BlogbuildError as e:
                return (stage.files, stage.new, stage.written, stage.unchanged), (i, e)
        return (stage.files, stage.new, stage.written, stage.unchanged), None

    results = workers.forked(jobs, stripe)
    errors = sorted((r[1] for r in results if r[1] is not None), key=lambda item: item[0])
    if errors:
        raise errors[0][1]
    for share, _ in results:
        stage.merge(*share)


def stored_bytecode(store: Store) -> jinja2.BytecodeCache:
    """Jinja's compiled templates in the store (Jinja checks each against its source). Jinja is
    imported only now: a build that finds nothing changed never needs it."""
    import jinja2

    class StoredBytecode(jinja2.BytecodeCache):
        def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            data = store.entries("jinja", [bucket.key]).get(bucket.key)
            if isinstance(data, bytes):
                bucket.bytecode_from_string(data)

        def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            store.put("jinja", bucket.key, bucket.bytecode_to_string())

    return StoredBytecode()
