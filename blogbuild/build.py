"""The build: load → render posts → plan pages → render templates → write beside the output → move in.

Nothing touches the output folder until every page has rendered and been written, so an error
anywhere leaves the previous site exactly as it was (blogbuild/output.py).

Speed (see BENCHMARKS.md): a build with nothing changed stops after a stat() snapshot
(blogbuild/unchanged.py); post HTML, feed HTML, comment HTML and parsed front matter are cached in
.blogbuild-cache/ (blogbuild/cache.py); each page has a key (blogbuild/pages.py) and only pages
whose key changed are rendered, by forked worker processes when there are many; files whose
bytes did not change are not touched.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import shutil
import signal
import time
from collections.abc import Callable, Collection
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2

from blogbuild.incremental.cache import CACHE_DIR, Cache, CachedParser, PostCache, code_fingerprint, digest
from blogbuild.site.config import Config, load_config
from blogbuild.errors import BlogbuildError, ContentError, OutputError
from blogbuild.site.load import COMMENTS_DIR, POSTS_DIR, discover_paths, load_site, with_markdown
from blogbuild.site.models import BuildReport, Post, RenderedPost, Site
from blogbuild.write.output import Stage, check_output_dir, listing
from blogbuild.write.lock import build_lock, check_writable, deferred_signals, stale_temps
from blogbuild.incremental import snapshot as unchanged
from blogbuild.render.templates import (
    describe_template_error,
    make_environment,
    static_dirs,
    template_dirs,
    template_uses,
    theme_dir,
)

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

    from blogbuild.render.check import Findings, Problem
    from blogbuild.render.pages import PageSpec, SitePlan

# The stages a build with nothing to do never reaches (Markdown, checks, feed, pages, process
# pools) are imported where they are used: `blogbuild build` of an unchanged site starts ~0.15 s sooner.

SOURCE_DIRS = [POSTS_DIR, COMMENTS_DIR, "templates", "static"]


# ----------------------------------------------------------------------------- processes

PARALLEL_ITEMS = 24
"""Fewer posts to render than this: render them in this process (a pool costs ~0.1 s to start)."""
PARALLEL_PAGES = 300

def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


def _worker_signals() -> None:
    """Workers leave Ctrl-C to the parent, which kills them; SIGTERM kills a worker outright (the
    CLI's handler, inherited, would otherwise print a traceback from every worker)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def forked(n: int, work: Callable[[int, int], Any]) -> list[Any]:
    """[work(k, n) for k in range(n)], each in a forked child process: work and what it uses
    reach the children by fork (closures are fine), results come back pickled through a pipe.

    Not multiprocessing.Pool: a pool worker killed while it holds the task queue's lock (a
    SIGTERM to the process group) makes the pool's clean-up wait forever. Here the children share
    nothing; on any exception, an interrupt included, they are killed and reaped.
    An exception raised by work() in a child is raised here.
    """
    return Forked(n, work).join()


class Forked:
    """forked() in two steps: the children start at once, this process goes on with other work,
    and `join()` collects their results. Call `join()` or `kill()`, whatever happens in between."""

    def __init__(self, n: int, work: Callable[[int, int], Any]) -> None:
        self.children: list[tuple[int, int]] = []
        self.running: set[int] = set()
        try:
            for k in range(n):
                read_end, write_end = os.pipe()
                pid = os.fork()
                if pid == 0:  # the child: never returns
                    os.close(read_end)
                    _child(write_end, work, k, n)
                os.close(write_end)
                self.children.append((pid, read_end))
                self.running.add(pid)
        except BaseException:
            self.kill()
            raise

    def join(self) -> list[Any]:
        try:
            results = []
            for pid, read_end in self.children:
                with os.fdopen(read_end, "rb", closefd=False) as pipe:
                    data = pipe.read()
                status = os.waitpid(pid, 0)[1]
                self.running.discard(pid)
                if not data:
                    raise ChildProcessError(f"a worker process died ({describe_status(status)})")
                kind, value = pickle.loads(data)
                if kind == "error":
                    raise value
                results.append(value)
            return results
        finally:
            self.kill()

    def kill(self) -> None:
        """Kill and reap the children still running; close the pipes."""
        for pid in self.running:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        for pid in self.running:
            with contextlib.suppress(OSError):
                os.waitpid(pid, 0)
        self.running.clear()
        for _, read_end in self.children:
            with contextlib.suppress(OSError):
                os.close(read_end)
        self.children = []


def describe_status(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"killed by signal {os.WTERMSIG(status)}"
    return f"exit code {os.waitstatus_to_exitcode(status)}"


def _child(write_end: int, work: Callable[[int, int], Any], k: int, n: int) -> None:
    code = 0
    try:
        _worker_signals()
        gc.enable()
        try:
            data = pickle.dumps(("ok", work(k, n)), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException as e:  # noqa: BLE001  sent to the parent, which raises it
            code = 1
            try:
                data = pickle.dumps(("error", e), protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:  # noqa: BLE001  an exception that does not pickle
                data = pickle.dumps(("error", RuntimeError(f"{type(e).__name__}: {e}")))
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(data)
    finally:
        os._exit(code)  # no atexit handlers, no flushing of the parent's buffers


@dataclass(frozen=True)
class _Failed:
    error: BlogbuildError


def parallel_map(fn: Callable[[Any], Any], items: list, jobs: int, *, min_items: int = PARALLEL_ITEMS) -> list:
    """[fn(x) for x in items], in forked processes when there is enough work for them.

    fn and items reach the workers by fork, not pickling (closures are fine); results come back
    pickled. The first BlogbuildError in item order is raised, whatever `jobs` is.
    """
    if jobs <= 1 or len(items) < max(2, min_items):
        return [fn(x) for x in items]

    def stripe(k: int, n: int) -> list:
        out = []
        for item in items[k::n]:
            try:
                out.append(fn(item))
            except BlogbuildError as e:
                out.append(_Failed(e))
        return out

    n = min(jobs, len(items))
    stripes = forked(n, stripe)
    results = [stripes[i % n][i // n] for i in range(len(items))]
    for r in results:
        if isinstance(r, _Failed):
            raise r.error
    return results


# ----------------------------------------------------------------------------- posts

_md: MarkdownIt | None = None


def _markdown() -> MarkdownIt:
    """One post parser per process."""
    global _md
    if _md is None:
        from blogbuild.render.markdown import make_markdown

        _md = make_markdown()
    return _md


def _render_one(post: Post, base_path: str, check, feed: tuple[Any, str] | None = None
                ) -> tuple[RenderedPost, Findings, str | None]:
    """One post, parsed once: checked (for `blogbuild check`'s warnings) and rendered; with
    feed=(mathml, absolute prefix), its feed HTML too, from the same tokens."""
    from blogbuild.render.feed import rebase_links
    from blogbuild.render.markdown import render_post_and_feed

    findings: list[Findings] = []
    try:
        r, feed_html = render_post_and_feed(_markdown(), post, lambda tokens: findings.append(check(post, tokens)),
                                            mathml=False if feed is None else feed[0])
    except Exception as e:  # a parser bug must still name the post
        raise ContentError(f"cannot render post: {type(e).__name__}: {e}", post.display, post.body_line) from e
    if base_path != "/":
        r = RenderedPost(html=rebase_links(r.html, base_path),
                         excerpt_html=rebase_links(r.excerpt_html, base_path), has_more=r.has_more)
    if feed is not None:
        feed_html = rebase_links(feed_html, feed[1])
    return r, findings[0], feed_html


class FeedSettings:
    """The feed's entries (the newest posts), their cache keys and how their HTML is made."""

    def __init__(self, site: Site, config: Config) -> None:
        from blogbuild.render.pages import Urls

        self.prefix = Urls(config).absolute("/")
        self.entries = site.posts[:config.feed.entries]
        self.mathml_on = config.feed.mathml
        self.keys = {post.slug: digest(code_fingerprint(), post.digest, post.slug, self.prefix, str(self.mathml_on))
                     for post in self.entries}

    def mathml(self) -> Any:
        """The formula renderer for render_for_feed (imported only now: latex2mathml costs ~80 ms)."""
        if not self.mathml_on:
            return None
        from blogbuild.render.feed import tex_to_mathml

        return tex_to_mathml


class PostRendering:
    """Every post's HTML: from the cache, or rendered (checked, and its feed HTML made from the
    same parse when it is in `feed`).

    The key holds everything that affects a post's HTML or its findings: its file, slug and place
    in messages, the base path, and the check's link rules (permalink, url) and macros. Whether a
    linked post exists is decided afresh on every build, so adding a post re-renders nothing else.

    With background=True and a few posts to render (an edit), one child process renders them while
    this one goes on (plan the pages: their keys need the posts' cache keys, not their HTML);
    `finish()` waits for it and fills in their RenderedPost. Otherwise they are rendered here and
    now, by worker processes when there are many. Call `finish()` or `cancel()`; then
    posts_cache.finish() once the pages that show the posts are written.
    """

    def __init__(self, site: Site, config: Config, *, cache: Cache | None = None,
                 posts_cache: PostCache | None = None, jobs: int = 1, feed: FeedSettings | None = None,
                 background: bool = False) -> None:
        self.site, self.config = site, config
        self.cache = cache = cache or Cache(site.root, enabled=False)
        self.posts_cache = posts_cache = posts_cache or PostCache(cache)
        self.feed = feed
        self.feed_keys = feed.keys if feed is not None else {}
        base = digest(code_fingerprint(), config.base_path, config.permalink, config.url, repr(config.mathjax.macros))
        self.metas: dict[str, tuple] = {}
        self.rendered: dict[str, RenderedPost] = {}
        self.keys: dict[str, str] = {}
        self.misses: list[Post] = []
        for post in site.posts:
            key = self.keys[post.slug] = digest(base, post.digest, post.slug, post.display, str(post.body_line))
            hit = posts_cache.get(key)
            if hit is not None:
                self.metas[post.slug] = hit[0]
                self.rendered[post.slug] = RenderedPost(has_more=hit[0][0], key=key, load=hit[1])
            else:
                self.misses.append(post)
                self.rendered[post.slug] = RenderedPost(has_more=None, key=key)  # filled by finish()
        self.pending_feed = {post.slug for post in self.misses if post.slug in self.feed_keys}
        """Posts in the feed whose feed HTML finish() returns."""
        self._check: Any = None
        self._mathml: Any = None
        self._job: Forked | None = None
        self._results: list | None = None
        if not self.misses:
            self._results = []
        elif background and jobs > 1 and len(self.misses) < PARALLEL_ITEMS:
            if _md is not None:  # a long-running process (serve) has a parser: the child inherits it
                self._prepare()
            self._job = Forked(1, lambda _k, _n: [self._render_and_keep(post) for post in self.misses])
        else:
            self._prepare()  # once, here, rather than in every worker
            try:
                self._results = parallel_map(self._render_and_keep, self.misses, jobs)
            finally:
                posts_cache.close()  # this process's pack, if it rendered any post itself

    def _prepare(self) -> None:
        """The Markdown and check machinery, imported only when there is something to render."""
        if self._check is None:
            from blogbuild.render.check import post_checker

            self._check = post_checker(self.config)
            _markdown()
            if self.pending_feed:
                self._mathml = self.feed.mathml()

    def _render_and_keep(self, post: Post) -> tuple[RenderedPost, Findings, Any, str | None]:
        self._prepare()
        in_feed = post.slug in self.feed_keys
        r, findings, feed_html = _render_one(with_markdown(post), self.config.base_path, self._check,
                                             (self._mathml, self.feed.prefix) if in_feed else None)
        location = self.posts_cache.store((r.html, r.excerpt_html))  # in the worker: writes in parallel
        if in_feed:
            self.cache.put("feed", self.feed_keys[post.slug], feed_html)
        return r, findings, location, feed_html

    def cancel(self) -> None:
        if self._job is not None:
            self._job.kill()
            self._job = None

    def finish(self) -> tuple[list[Problem], int, dict[str, str]]:
        """What `blogbuild check` finds in the posts, how many were rendered, and the feed HTML of
        the rendered posts in the feed."""
        if self._results is None:
            (self._results,) = self._job.join()
            self._job = None
        feed_html: dict[str, str] = {}
        for post, (r, (problems, links), location, html) in zip(self.misses, self._results):
            key = self.keys[post.slug]
            self.rendered[post.slug].fill(r.html, r.excerpt_html, r.has_more)
            self.metas[post.slug] = meta = (r.has_more, [astuple(p) for p in problems],
                                            [(astuple(p), slug) for p, slug in links])
            self.posts_cache.keep(key, meta, location)
            if html is not None:
                feed_html[post.slug] = html
                self.cache.mark_used("feed", self.feed_keys[post.slug])
        problems = []
        if any(self.metas[post.slug][1] or self.metas[post.slug][2] for post in self.site.posts):
            from blogbuild.render.check import Problem, resolve_links

            slugs = {post.slug for post in self.site.posts}
            for post in self.site.posts:
                _has_more, found, links = self.metas[post.slug]
                problems += resolve_links(([Problem(*p) for p in found],
                                           [(Problem(*p), slug) for p, slug in links]), slugs)
        return problems, len(self.misses), feed_html


_COMMENTS = "comments.pickle"
"""(comment id, body) -> HTML of every comment, valid for one program."""


def render_comments(site: Site, cache: Cache | None = None) -> dict[str, str]:
    cache = cache or Cache(site.root, enabled=False)
    old: dict[tuple[str, str], str] = cache.load(_COMMENTS, code_fingerprint()) or {}
    new = {(str(c.id), c.body): old.get((str(c.id), c.body)) for c in site.comments}
    misses = [key for key, html in new.items() if html is None]
    if misses:
        from blogbuild.render.markdown import make_comment_markdown, render_comment

        md = make_comment_markdown()
        for cid, body in misses:
            new[(cid, body)] = render_comment(md, body, f"comment-{cid}")
    if new != old:
        cache.save(_COMMENTS, code_fingerprint(), new)
    return {cid: html for (cid, _body), html in new.items()}


def render_feed_entries(site: Site, config: Config, *, cache: Cache | None = None, jobs: int = 1,
                        feed: FeedSettings | None = None, known: dict[str, str] | None = None,
                        pending: Collection[str] = ()) -> dict[str, str]:
    """Feed HTML of the newest posts: absolute links, math as MathML unless turned off. known:
    what PostRendering already made (the feed HTML of the posts it rendered); pending: posts left
    out, whose feed HTML PostRendering.finish() will give."""
    cache = cache or Cache(site.root, enabled=False)
    feed = feed or FeedSettings(site, config)
    known = known or {}
    out: dict[str, str] = {}
    misses: list[Post] = []
    for post in feed.entries:
        if post.slug in pending:
            continue
        html = known.get(post.slug)
        if html is None:
            html = cache.get("feed", feed.keys[post.slug])
        if isinstance(html, str):
            out[post.slug] = html
        else:
            misses.append(post)
    if not misses:
        return out
    from blogbuild.render.feed import rebase_links
    from blogbuild.render.markdown import render_for_feed

    mathml = feed.mathml()
    # ~7 ms a post now that formulas' MathML is remembered: a pool (~0.1 s to start) only for many.
    rendered = parallel_map(lambda p: rebase_links(render_for_feed(_markdown(), with_markdown(p), mathml), feed.prefix),
                            misses, jobs, min_items=60)
    for post, html in zip(misses, rendered):
        out[post.slug] = html
        cache.put("feed", feed.keys[post.slug], html)
    return {post.slug: out[post.slug] for post in feed.entries if post.slug in out}


# ----------------------------------------------------------------------------- pages

def _render_page(env: jinja2.Environment, spec: PageSpec, root: Path, common: dict) -> bytes:
    try:
        html = env.get_template(spec.template).render({**common, **spec.make_context()})
    except Exception as e:  # whatever a template does wrong (1/0, endless include) is its file:line
        raise describe_template_error(e, root) from e
    return html.encode("utf-8")


def _check_collisions(pages: list[PageSpec]) -> None:
    seen: set[str] = set()
    for spec in pages:
        if spec.output in seen:
            raise BlogbuildError(f"two pages write to '{spec.output}'", "blog.yaml",
                                 hint="check 'permalink' and the posts' slugs")
        seen.add(spec.output)


def render_pages(env: jinja2.Environment, plan: SitePlan, root: Path) -> dict[str, bytes]:
    """Every page in memory (for tests and tools; the build streams pages with write_pages)."""
    _check_collisions(plan.pages)
    return {spec.output: _render_page(env, spec, root, plan.common) for spec in plan.pages}


def write_pages(env: jinja2.Environment, plan: SitePlan, root: Path, stage: Stage, *,
                jobs: int = 1, previous: dict | None = None) -> None:
    """Render every page into the stage; `jobs` forked processes share the pages when there are many.

    previous maps output paths to (key, size, mtime_ns, inode) of what the last build wrote with
    the same templates: a page with the same key whose file is untouched is kept as it is, not
    rendered (decided here, before any process starts: a one-post edit renders one page, with no pool).
    The first template error in page order is raised, whatever `jobs` is.
    """
    _check_collisions(plan.pages)
    previous = previous or {}
    env.auto_reload = False  # one build, one version of each template: no stat() per page
    todo = []
    for spec in plan.pages:
        old = previous.get(spec.output)
        if old is None or old[0] != spec.key or not stage.reuse(spec.output, old[1:]):
            todo.append(spec)
    if jobs <= 1 or len(todo) < PARALLEL_PAGES:
        for spec in todo:
            stage.put(spec.output, _render_page(env, spec, root, plan.common))
        return
    for name in sorted({spec.template for spec in todo}):  # compile once, before forking
        try:
            env.get_template(name)
        except jinja2.TemplateError as e:
            raise describe_template_error(e, root) from e

    def stripe(k: int, n: int) -> tuple[tuple, tuple[int, BlogbuildError] | None]:
        stage.files, stage.new, stage.written, stage.unchanged = set(), [], 0, 0  # this process's share
        for i in range(k, len(todo), n):
            try:
                stage.put(todo[i].output, _render_page(env, todo[i], root, plan.common))
            except BlogbuildError as e:
                return (stage.files, stage.new, stage.written, stage.unchanged), (i, e)
        return (stage.files, stage.new, stage.written, stage.unchanged), None

    results = forked(jobs, stripe)
    errors = sorted((r[1] for r in results if r[1] is not None), key=lambda item: item[0])
    if errors:
        raise errors[0][1]
    for share, _ in results:
        stage.merge(*share)


def _write_assets(stage: Stage, root: Path, config: Config, cache: Cache) -> None:
    for directory in static_dirs(root):
        stage.put_tree(directory, "static")
    if "static/pygments.css" not in stage.files:
        # A function of the program alone, kept: making it imports Pygments' formatters (~40 ms,
        # most of a one-comment rebuild's own work).
        key = digest(code_fingerprint(), "pygments.css")
        css = cache.get("assets", key)
        if not isinstance(css, bytes):
            from blogbuild.render.highlight import stylesheet

            css = stylesheet().encode()
            cache.put("assets", key, css)
        stage.put("static/pygments.css", css)
    if config.mathjax.copy_from:
        src = (root / config.mathjax.copy_from).resolve()
        if not (src / "tex-chtml.js").is_file():
            raise BlogbuildError(f"'mathjax.copy_from' has no tex-chtml.js: {src}", "blog.yaml",
                                 hint="point it at node_modules/mathjax/es5")
        stage.put_tree(src, "mathjax")


# ----------------------------------------------------------------------------- nothing changed?

_LAST_PAGES = "pages.pickle"
"""{"pages": {output path: (page key, size, mtime_ns, inode)} of each page the last build wrote,
"uses": what each template reads (templating.template_uses)}, valid for one set of templates."""


def _tree_parts(tree: Path) -> list[str | bytes]:
    """Every file under tree, as (path, bytes) parts for digest(), in a stable order."""
    parts: list[str | bytes] = [f"tree {tree}"]
    for dirpath, dirnames, filenames in os.walk(tree):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                parts += [path, f.read()]
    return parts


def _templates_key(root: Path) -> str:
    """The program and every template file: a page's key only means something under both."""
    return digest(code_fingerprint(), *(part for tree in template_dirs(root) for part in _tree_parts(tree)))


# ----------------------------------------------------------------------------- build

def build(root: Path | str = ".", *, drafts: bool = False, base_url: str | None = None,
          output: str | Path | None = None, jobs: int | None = None, cache: bool = True,
          strict: bool = False, checked: unchanged.Snapshot | None = None) -> BuildReport:
    """Build the site. jobs: processes for rendering (default: one per core). cache=False renders
    everything and neither reads nor writes .blogbuild-cache/ (the output is the same either way).
    strict=True turns what `blogbuild check` finds into errors (otherwise warnings on stderr).
    checked: what unchanged.unchanged_build returned when the caller already asked it (the CLI
    does, before importing this module): it is not asked again, and its snapshot is used."""
    # The cycle collector would walk the 10,000 posts' objects again and again while the build
    # allocates (a third of an incremental build's time at 10,000 posts); the build makes few
    # cycles, collected when it ends. Worker processes turn it back on (_child).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(root, drafts=drafts, base_url=base_url, output=output, jobs=jobs, cache=cache,
                      strict=strict, checked=checked)
    finally:
        if enabled:
            gc.enable()


def _build(root: Path | str, *, drafts: bool, base_url: str | None, output: str | Path | None,
           jobs: int | None, cache: bool, strict: bool, checked: unchanged.Snapshot | None) -> BuildReport:
    started = time.perf_counter()
    root = Path(root).resolve()
    output = str(output) if output is not None else None
    if cache and checked is None:
        checked = unchanged.unchanged_build(root, drafts=drafts, base_url=base_url, output=output, strict=strict)
        if isinstance(checked, BuildReport):
            return checked
    else:
        unchanged.forget_state(root / CACHE_DIR)  # it would not describe the folder this build writes
    # Workers get their state by fork (build.forked): where there is none (Windows), one process.
    jobs = 1 if not hasattr(os, "fork") else default_jobs() if jobs is None else max(1, jobs)
    config = load_config(root, base_url=base_url, output=output)
    out = (root / config.output).resolve()
    check_output_dir(root, out, SOURCE_DIRS)
    store = Cache(root, enabled=cache)
    with build_lock(out, config.output):
        # Before reading anything: a file changed during the build will not look unchanged next time.
        theme = theme_dir()
        extra = [theme / "templates", theme / "static"]
        if config.mathjax.copy_from:
            extra.append((root / config.mathjax.copy_from).resolve())
        folders, files = unchanged.sources(root, extra)
        if not cache:
            snapshot = None
        elif checked is not None and list(checked.trees) == list(map(os.fspath, folders)) \
                and list(checked.files) == list(map(os.fspath, files)):
            snapshot = checked  # the same sources, looked at a moment ago
            snapshot.hash_recent()
        else:
            snapshot = unchanged.take(folders, files)
        current = listing(out)
        parser = CachedParser(store, config, snapshot)
        found: tuple[list[str], list[BlogbuildError]] = ([], [])
        found[0].extend(discover_paths(root, POSTS_DIR, "*.md", found[1]))
        parser.prefetch(found[0], root, config, lambda fn, items: parallel_map(fn, items, jobs))
        site = load_site(root, config, drafts=drafts, parse=parser, found=found)
        from blogbuild.render.pages import plan_site

        parser.save()
        posts_cache = PostCache(store)
        feed_settings = FeedSettings(site, config)
        # An edit's few posts render in a child process while this one plans the pages.
        posts = PostRendering(site, config, cache=store, posts_cache=posts_cache, jobs=jobs, feed=feed_settings,
                              background=True)
        try:
            feed = render_feed_entries(site, config, cache=store, jobs=jobs, feed=feed_settings,
                                       pending=posts.pending_feed)
            env = make_environment(root, root / CACHE_DIR / "jinja" if cache else None)
            pages_key = _templates_key(root)
            previous = (store.load(_LAST_PAGES, pages_key) or {}) if cache else {}
            uses = dict(previous.get("uses", {}))
            plan = plan_site(site, config, posts.rendered, render_comments(site, store), feed,
                             uses=template_uses(env, uses), feed_ids=feed_settings.keys)
            problems, fresh, feed_html = posts.finish()
        finally:
            posts.cancel()
        feed.update(feed_html)
        if problems:
            from blogbuild.render.check import report as report_problems

            report_problems(problems, strict=strict)  # as warnings, or errors if strict

        check_writable(out, config.output)
        try:
            stage = Stage(out, current)
            _write_assets(stage, root, config, store)
            write_pages(env, plan, root, stage, jobs=jobs, previous=previous.get("pages"))
        except OSError as e:  # a full disk, a read-only file system: the lock's exit deletes the stage
            raise OutputError(f"cannot write the new site: {e.strerror or e}", config.output,
                              hint="the previous site is unchanged") from None
        try:
            with deferred_signals():  # an interrupt never leaves half the files moved
                now = stage.commit()
        except OSError as e:
            raise OutputError(f"cannot move the new files into the output folder: {e.strerror or e}",
                              config.output) from None
        pages = plan.pages
        if cache:
            store.save(_LAST_PAGES, pages_key, {
                "pages": {spec.output: (spec.key, *now[spec.output]) for spec in pages},
                "uses": uses,
            })
        posts_cache.finish()  # after the pages: it may move the HTML they read
        store.prune()
        if snapshot is not None:
            unchanged.save_state(root / CACHE_DIR, {
                "args": unchanged.arguments(root, drafts, base_url, output), "snapshot": snapshot, "out": str(out),
                "out_display": config.output, "listing": now, "problems": bool(problems),
                "report": {"output": out, "pages": len(pages), "files": len(stage.files),
                           "posts": len(site.posts), "cached": len(site.posts), "unchanged": len(stage.files)}})
    return BuildReport(output=out, pages=len(pages), files=len(stage.files), posts=len(site.posts),
                       seconds=time.perf_counter() - started, rendered=fresh,
                       cached=len(site.posts) - fresh, written=stage.written, unchanged=stage.unchanged,
                       removed=stage.removed)


def clean(root: Path | str = ".", *, output: str | Path | None = None) -> list[Path]:
    """Delete the build cache, the output folder and any temporary folder beside it; returns what was removed."""
    root = Path(root).resolve()
    config = load_config(root, output=str(output) if output is not None else None)
    out = (root / config.output).resolve()
    check_output_dir(root, out, SOURCE_DIRS)  # never delete a folder that holds sources
    removed = []
    with build_lock(out, config.output):
        for path in [root / CACHE_DIR, out, *stale_temps(out)]:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
                removed.append(path)
            elif path.exists() or path.is_symlink():
                path.unlink()
                removed.append(path)
    return removed
