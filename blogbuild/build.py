"""The build: load → render posts → plan pages → render templates → write to a staging folder → swap.

Nothing touches the output folder until every page has rendered, so an error anywhere leaves the
previous site exactly as it was.

Speed (see BENCHMARKS.md): post HTML, feed HTML and parsed front matter are cached in
.blogbuild-cache/ (blogbuild/cache.py); cache misses and pages are rendered by forked worker
processes; unchanged output files are hard-linked rather than written; and a build whose inputs
are byte-for-byte those of the last build, with the output folder untouched since, stops early.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2

from blogbuild.cache import CACHE_DIR, Cache, CachedParser, code_fingerprint, digest
from blogbuild.config import Config, load_config
from blogbuild.errors import BlogbuildError, ContentError, OutputError
from blogbuild.load import COMMENTS_DIR, POSTS_DIR, discover, load_site, with_markdown
from blogbuild.models import Post, RenderedPost, Site
from blogbuild.output import Stage, check_output_dir, listing
from blogbuild.safety import build_lock, check_writable, deferred_signals, stale_temps
from blogbuild.templating import (
    describe_template_error,
    make_environment,
    static_dirs,
    template_dirs,
    template_uses,
)

if TYPE_CHECKING:
    import multiprocessing.pool

    from markdown_it import MarkdownIt

    from blogbuild.check import Findings, Problem
    from blogbuild.pages import PageSpec, SitePlan

# The stages a build with nothing to do never reaches (Markdown, checks, feed, pages, process
# pools) are imported where they are used: `blogbuild build` of an unchanged site starts ~0.15 s sooner.

SOURCE_DIRS = [POSTS_DIR, COMMENTS_DIR, "templates", "static"]


@dataclass(frozen=True)
class BuildReport:
    output: Path
    pages: int
    files: int
    posts: int
    seconds: float
    rendered: int = 0
    """Posts whose Markdown was rendered in this build (the others came from the cache)."""
    cached: int = 0
    """Posts whose HTML came from the cache."""
    written: int = 0
    """Output files whose bytes changed (the others were hard-linked from the previous site)."""
    unchanged: int = 0
    skipped: bool = False
    """Nothing changed since the last build: nothing was rendered or written."""

    def summary(self) -> str:
        return (f"Built {self.posts} posts: {self.pages} pages, {self.files} files in total, "
                f"into {self.output} in {self.seconds:.2f} s")


# ----------------------------------------------------------------------------- processes

PARALLEL_ITEMS = 24
"""Fewer posts to render than this: render them in this process (a pool costs ~0.1 s to start)."""
PARALLEL_PAGES = 300

_job: Any = None
"""Work for forked pool workers: set just before the pool forks, so workers inherit it unpickled."""


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


def _worker_signals() -> None:
    """Workers leave interrupts to the parent, which stops them (the CLI's SIGTERM handler would
    otherwise be inherited and print a traceback from every worker)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextlib.contextmanager
def _fork_pool(jobs: int) -> Iterator[multiprocessing.pool.Pool]:
    """Forked workers (they inherit `_job`); on success they are joined, on an error terminated."""
    import multiprocessing

    pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_worker_signals)
    try:
        yield pool
    except BaseException:
        pool.terminate()
        raise
    else:
        pool.close()
    finally:
        pool.join()


@dataclass(frozen=True)
class _Failed:
    error: BlogbuildError


def _run_range(bounds: tuple[int, int]) -> list:
    fn, items = _job
    out = []
    for item in items[bounds[0]:bounds[1]]:
        try:
            out.append(fn(item))
        except BlogbuildError as e:
            out.append(_Failed(e))
    return out


def parallel_map(fn: Callable[[Any], Any], items: list, jobs: int, *, min_items: int = PARALLEL_ITEMS) -> list:
    """[fn(x) for x in items], in forked processes when there is enough work for them.

    fn and items reach the workers by fork, not pickling (closures are fine); results come back
    pickled. The first BlogbuildError in item order is raised, whatever `jobs` is.
    """
    if jobs <= 1 or len(items) < max(2, min_items):
        return [fn(x) for x in items]
    global _job
    _job = (fn, items)
    step = max(1, min(50, len(items) // (jobs * 4)))
    try:
        with _fork_pool(min(jobs, len(items))) as pool:
            results = [r for part in pool.imap(_run_range, [(i, i + step) for i in range(0, len(items), step)])
                       for r in part]
    finally:
        _job = None
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
        from blogbuild.markdown import make_markdown

        _md = make_markdown()
    return _md


def _render_one(post: Post, base_path: str, check) -> tuple[RenderedPost, Findings]:
    """One post, parsed once: checked (for `blogbuild check`'s warnings) and rendered."""
    from blogbuild.feed import rebase_links
    from blogbuild.markdown import render_post

    findings: list[Findings] = []
    try:
        r = render_post(_markdown(), post, inspect=lambda tokens: findings.append(check(post, tokens)))
    except Exception as e:  # a parser bug must still name the post
        raise ContentError(f"cannot render post: {type(e).__name__}: {e}", post.display, post.body_line) from e
    if base_path != "/":
        r = RenderedPost(html=rebase_links(r.html, base_path),
                         excerpt_html=rebase_links(r.excerpt_html, base_path), has_more=r.has_more)
    return r, findings[0]


_POST_INDEX = "posts.pickle"
"""Post cache key -> (has_more, problems, links) of every cached post: what each build needs of
every post, in one file; the HTML stays in posts/<key> and is read only for pages that are rendered."""


def render_posts(site: Site, config: Config, *, cache: Cache | None = None,
                 jobs: int = 1) -> tuple[dict[str, RenderedPost], list[Problem], int]:
    """HTML of every post, what `blogbuild check` finds in them, and how many posts were rendered
    (not found in the cache).

    The key holds everything that affects a post's HTML or its findings: its file, slug and place
    in messages, the base path, and the check's link rules (permalink, url) and macros. Whether a
    linked post exists is decided afresh on every build, so adding a post re-renders nothing else.
    """
    from blogbuild.check import Problem, post_checker, resolve_links

    cache = cache or Cache(site.root, enabled=False)
    base_path = config.base_path
    base = digest(code_fingerprint(), base_path, config.permalink, config.url, repr(config.mathjax.macros))
    index: dict[str, tuple] = cache.load(_POST_INDEX, code_fingerprint()) or {}
    new_index: dict[str, tuple] = {}
    rendered: dict[str, RenderedPost] = {}
    keys: dict[str, str] = {}
    misses: list[Post] = []
    for post in site.posts:
        key = keys[post.slug] = digest(base, post.digest, post.slug, post.display, str(post.body_line))
        entry = index.get(key)
        if entry is not None and cache.has("posts", key):
            new_index[key] = entry
            rendered[post.slug] = RenderedPost(has_more=entry[0], key=key, load=cache.loader("posts", key))
        else:
            misses.append(post)
    check = post_checker(config)
    for post, (r, (problems, links)) in zip(misses, parallel_map(
            lambda p: _render_one(with_markdown(p), base_path, check), misses, jobs)):
        key = keys[post.slug]
        rendered[post.slug] = RenderedPost(r.html, r.excerpt_html, r.has_more, key=key)
        cache.put("posts", key, (r.html, r.excerpt_html))
        new_index[key] = (r.has_more, [astuple(p) for p in problems], [(astuple(p), slug) for p, slug in links])
    if new_index != index:
        cache.save(_POST_INDEX, code_fingerprint(), new_index)
    slugs = {post.slug for post in site.posts}
    problems = []
    for post in site.posts:
        _has_more, found, links = new_index[keys[post.slug]]
        problems += resolve_links(([Problem(*p) for p in found], [(Problem(*p), slug) for p, slug in links]), slugs)
    return {post.slug: rendered[post.slug] for post in site.posts}, problems, len(misses)


def render_comments(site: Site) -> dict[str, str]:
    from blogbuild.markdown import make_comment_markdown, render_comment

    md = make_comment_markdown()
    return {str(c.id): render_comment(md, c.body, f"comment-{c.id}") for c in site.comments}


def render_feed_entries(site: Site, config: Config, *, cache: Cache | None = None,
                        jobs: int = 1) -> dict[str, str]:
    """Feed HTML of the newest posts: absolute links, math as MathML unless turned off."""
    from blogbuild.feed import rebase_links, tex_to_mathml
    from blogbuild.markdown import render_for_feed
    from blogbuild.pages import Urls

    cache = cache or Cache(site.root, enabled=False)
    prefix = Urls(config).absolute("/")
    mathml = tex_to_mathml if config.feed.mathml else None
    entries = site.posts[:config.feed.entries]
    out: dict[str, str] = {}
    keys: dict[str, str] = {}
    misses: list[Post] = []
    for post in entries:
        key = keys[post.slug] = digest(code_fingerprint(), post.digest, post.slug, prefix, str(bool(mathml)))
        html = cache.get("feed", key)
        if isinstance(html, str):
            out[post.slug] = html
        else:
            misses.append(post)
    # MathML conversion costs ~30 ms a post: worth a pool from a few posts on.
    rendered = parallel_map(lambda p: rebase_links(render_for_feed(_markdown(), with_markdown(p), mathml), prefix),
                            misses, jobs, min_items=6)
    for post, html in zip(misses, rendered):
        out[post.slug] = html
        cache.put("feed", keys[post.slug], html)
    return {post.slug: out[post.slug] for post in entries}


# ----------------------------------------------------------------------------- pages

def _render_page(env: jinja2.Environment, spec: PageSpec, root: Path, common: dict) -> bytes:
    try:
        html = env.get_template(spec.template).render({**common, **spec.context})
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


def _write_stripe(part: tuple[int, int]) -> tuple[tuple, tuple[int, BlogbuildError] | None]:
    k, n = part
    env, todo, root, common, stage = _job
    stage.files, stage.new, stage.written, stage.unchanged = set(), [], 0, 0  # this process's share only
    for i in range(k, len(todo), n):
        try:
            stage.put(todo[i].output, _render_page(env, todo[i], root, common))
        except BlogbuildError as e:
            return (stage.files, stage.new, stage.written, stage.unchanged), (i, e)
    return (stage.files, stage.new, stage.written, stage.unchanged), None


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
    global _job
    _job = (env, todo, root, plan.common, stage)
    try:
        with _fork_pool(jobs) as pool:
            results = pool.map(_write_stripe, [(k, jobs) for k in range(jobs)])
    finally:
        _job = None
    errors = sorted((r[1] for r in results if r[1] is not None), key=lambda item: item[0])
    if errors:
        raise errors[0][1]
    for share, _ in results:
        stage.merge(*share)


def _write_assets(stage: Stage, root: Path, config: Config) -> None:
    for directory in static_dirs(root):
        stage.put_tree(directory, "static")
    if "static/pygments.css" not in stage.files:
        from blogbuild.highlight import stylesheet

        stage.put("static/pygments.css", stylesheet().encode())
    if config.mathjax.copy_from:
        src = (root / config.mathjax.copy_from).resolve()
        if not (src / "tex-chtml.js").is_file():
            raise BlogbuildError(f"'mathjax.copy_from' has no tex-chtml.js: {src}", "blog.yaml",
                                 hint="point it at node_modules/mathjax/es5")
        stage.put_tree(src, "mathjax")


# ----------------------------------------------------------------------------- nothing changed?

_LAST_BUILD = "site.pickle"
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


def inputs_key(root: Path, config: Config, *, drafts: bool, out: Path) -> str | None:
    """A hash of every byte the build reads (sources, templates, static files) and of the program.

    Two builds with the same key write the same output. None when the sources cannot be listed
    cleanly (the build itself then reports the problem).
    """
    errors: list[BlogbuildError] = []
    parts: list[str | bytes] = [code_fingerprint(), repr(config), str(drafts), str(out)]
    try:
        for folder, pattern in ((POSTS_DIR, "*.md"), (COMMENTS_DIR, "*.yaml")):
            for path in discover(root, folder, pattern, errors):
                parts += [path.as_posix(), path.read_bytes()]
        trees = template_dirs(root) + static_dirs(root)
        if config.mathjax.copy_from:
            trees.append((root / config.mathjax.copy_from).resolve())
        for tree in trees:
            parts += _tree_parts(tree)
    except OSError:
        return None
    return None if errors else digest(*parts)


# ----------------------------------------------------------------------------- build

def build(root: Path | str = ".", *, drafts: bool = False, base_url: str | None = None,
          output: str | Path | None = None, jobs: int | None = None, cache: bool = True,
          strict: bool = False) -> BuildReport:
    """Build the site. jobs: processes for rendering (default: one per core). cache=False renders
    everything and neither reads nor writes .blogbuild-cache/ (the output is the same either way).
    strict=True turns what `blogbuild check` finds into errors (otherwise warnings on stderr)."""
    started = time.perf_counter()
    root = Path(root).resolve()
    jobs = default_jobs() if jobs is None else max(1, jobs)
    config = load_config(root, base_url=base_url, output=str(output) if output is not None else None)
    out = (root / config.output).resolve()
    check_output_dir(root, out, SOURCE_DIRS)
    store = Cache(root, enabled=cache)
    with build_lock(out, config.output):
        if not cache:
            Cache(root).forget(_LAST_BUILD)  # it would not describe the folder this build writes
        key = inputs_key(root, config, drafts=drafts, out=out) if cache and not strict else None
        last = store.load(_LAST_BUILD, key) if key else None
        current = listing(out)
        if last is not None and out.is_dir() and current == last["listing"]:
            return BuildReport(output=out, pages=last["pages"], files=last["files"], posts=last["posts"],
                               seconds=time.perf_counter() - started, cached=last["posts"], skipped=True,
                               unchanged=last["files"])

        parser = CachedParser(store, config)
        parser.prefetch(discover(root, POSTS_DIR, "*.md", []), root, config,
                        lambda fn, items: parallel_map(fn, items, jobs))
        site = load_site(root, config, drafts=drafts, parse=parser)
        from blogbuild.check import report as report_problems
        from blogbuild.pages import plan_site

        parser.save()
        rendered, problems, fresh = render_posts(site, config, cache=store, jobs=jobs)
        report_problems(problems, strict=strict)  # as warnings
        feed = render_feed_entries(site, config, cache=store, jobs=jobs)
        env = make_environment(root)
        pages_key = _templates_key(root)
        previous = (store.load(_LAST_PAGES, pages_key) or {}) if cache else {}
        uses = dict(previous.get("uses", {}))
        plan = plan_site(site, config, rendered, render_comments(site), feed, uses=template_uses(env, uses))

        check_writable(out, config.output)
        try:
            stage = Stage(out, current)
            _write_assets(stage, root, config)
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
        if key:
            store.save(_LAST_BUILD, key, {"listing": now, "pages": len(pages),
                                          "files": len(stage.files), "posts": len(site.posts)})
        store.prune()
    return BuildReport(output=out, pages=len(pages), files=len(stage.files), posts=len(site.posts),
                       seconds=time.perf_counter() - started, rendered=fresh,
                       cached=len(site.posts) - fresh, written=stage.written, unchanged=stage.unchanged)


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
