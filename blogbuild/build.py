"""The build, top to bottom: load → render posts → plan pages → render pages → write.

Nothing touches the output folder until every page has rendered and been written beside it, so an
error anywhere leaves the previous site exactly as it was (blogbuild/write/output.py).

Every stage goes through one `Cache` (blogbuild/cache.py). The plain `Cache` remembers nothing
and is the reference (`--no-cache`); `incremental.IncrementalCache`, made in `_speed_layer` and
nowhere else, gives the same bytes faster. The heavy stages are imported inside `_build`, after
the speed layer had its chance to find that nothing changed.
"""

from __future__ import annotations

import gc
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from blogbuild.cache import Cache, Early
from blogbuild.errors import OutputError
from blogbuild.progress import SILENT, Progress
from blogbuild.site.folders import SOURCE_DIRS
from blogbuild.site.models import BuildOptions, BuildReport, Site
from blogbuild.write.lock import build_lock, check_writable, deferred_signals
from blogbuild.write.output import Stage, check_output_dir

if TYPE_CHECKING:
    from blogbuild.site.config import Config


def build(root: Path | str = ".", options: BuildOptions | None = None, *, progress: Progress = SILENT,
          **overrides) -> BuildReport:
    """Build the site as options say (BuildOptions' fields may also be given by name: build(root,
    cache=False)); progress is told each stage (the CLI's draws it on a terminal)."""
    started = time.perf_counter()
    root = Path(root).resolve()
    options = replace(options or BuildOptions(), **overrides)
    if options.output is not None and not isinstance(options.output, str):
        options = replace(options, output=str(options.output))
    memory = _speed_layer(root, options) if options.cache else Cache()
    if (skipped := memory.unchanged()) is not None:
        return skipped
    early = memory.early_start(options.math, options.search)  # Node, Pagefind: loading while the build reads
    enabled = gc.isenabled()  # the cycle collector would walk 10,000 posts' objects again and again
    gc.disable()
    try:
        return _build(root, options, memory, started, progress, early)
    finally:
        early.close()  # (nothing, of what the build took)
        if enabled:
            gc.enable()


def _speed_layer(root: Path, options: BuildOptions) -> Cache:
    """The one place the speed layer is used: delete blogbuild/incremental/ and return Cache() here."""
    from blogbuild.incremental import IncrementalCache

    return IncrementalCache(root, options)


def _build(root: Path, options: BuildOptions, cache: Cache, started: float, progress: Progress,
           early: Early) -> BuildReport:
    from blogbuild.render.formula_cache import math_worker
    from blogbuild.site.config import load_config

    config = load_config(root, base_url=options.base_url, output=options.output, math=options.math)
    out = (root / config.output).resolve()
    check_output_dir(root, out, list(SOURCE_DIRS))
    search, memory = options.search and config.search, cache.search_memory()
    typesetting = math_worker(config, cache.formula_memory(), cache.node_compile_cache(), early.typesetter)
    with build_lock(out, config.output), typesetting as worker, \
            _search_ahead(out, config, search and memory is not None, memory, early.search) as ahead:
        from blogbuild.render.check import beside_posts  # the rest loads while Node and Pagefind start
        from blogbuild.render.check import report as report_problems
        from blogbuild.render.files import stage_files
        from blogbuild.render.page_outputs import check_files
        from blogbuild.render.pages import Planner
        from blogbuild.site.load import load_site
        from blogbuild.write.page_renderer import page_renderer
        from blogbuild.write.search_index import index_posts, search_order
        cache.start(config)
        progress.stage("reading posts")
        site = load_site(root, config, drafts=options.drafts,
                         parse_all=lambda paths: cache.parse_posts(paths, root, config),
                         parse_comments=lambda paths: cache.parse_comments(paths, root, config))
        progress.stage(f"rendering {len(site.posts)} posts" + (" (math at build time)" if worker else ""))
        rendered, feed_html, comment_html, problems, fresh, changed, previews = render_content(site, config, cache,
                                                                                               worker)
        files, missing = beside_posts(root, (f for r in rendered.values() for f in r.files))
        progress.clear()  # warnings below start on a line of their own
        report_problems(problems := sorted(problems + missing), strict=options.strict)  # warnings, or errors if strict
        planner = Planner(site, config, rendered, comment_html, feed_html, previews)
        check_writable(out, config.output)
        stage = Stage(out)  # (the output folder is listed when first needed: once Pagefind has the edited bundles)
        try:
            # the changed posts' pages first, and Pagefind started on their bundles; then the rest
            render, env, put_files = page_renderer(root, config, planner.common, cache, worker)
            ahead.start(stage, planner.search_order(), planner.post_pages(changed), render)
            put_files(stage)  # the static files, stylesheets and MathJax (this lists the output folder)
            plan = planner.plan()
            check_files(plan.pages, stage.files)  # a post's URL or alias is never a static file
            progress.stage(f"writing {len(plan.pages)} pages")
            cache.write_pages(plan.pages, plan.common, render, stage, env)
            stage_files(stage, files)
            if search:
                progress.stage("indexing for search")  # pages first, then posts oldest first (bundles)
                index_posts(stage, search_order(plan.pages), memory, ahead)
        except OSError as e:  # a full disk, a read-only file system: the lock's exit deletes the stage
            raise OutputError(f"cannot write the new site: {e.strerror or e}", config.output,
                              hint="the previous site is unchanged") from None
        try:
            with deferred_signals():  # an interrupt never leaves half the files moved
                now = stage.commit()
        except OSError as e:
            raise OutputError(f"cannot move the new files into the output folder: {e.strerror or e}",
                              config.output) from None
        report = BuildReport(out, len(plan.pages), len(stage.files), len(site.posts), time.perf_counter() - started,
                             rendered=fresh, cached=len(site.posts) - fresh, written=stage.written,
                             unchanged=stage.unchanged, removed=stage.removed, warnings=tuple(problems))
        cache.finish(report, now, bool(problems))
    return report


def _search_ahead(out: Path, config: Config, enabled: bool, memory, early):
    """write.search_ahead.SearchAhead, imported once Node has been started (math_worker): the search
    index's modules load (~0.07 s, markdown-it-py with them) while Node loads MathJax."""
    from blogbuild.write.search_ahead import SearchAhead

    return SearchAhead(out, config.language, enabled, memory, early)


def render_content(site: Site, config: Config, cache: Cache, worker=None
                   ) -> tuple[dict, dict, dict, list, int, set, dict]:
    """Every post's HTML, the feed's HTML of its entries, every comment's HTML (each by slug or id),
    what `blogbuild check` finds in the posts, how many posts were rendered afresh, the slugs of
    the posts and pages rendered afresh or newly commented, and each comment's preview (by id: the
    short HTML lists show, kept with its HTML). worker: a render.typeset.Typesetter when math is
    typeset at build time."""
    from blogbuild.render.check import link_targets, resolve_links
    from blogbuild.render.markdown import make_comment_markdown, make_markdown
    from blogbuild.render.pages import short_html
    from blogbuild.render.posts import FeedSettings, PostSettings, comment_renderer, feed_renderer, post_renderer
    from blogbuild.render.server_math import settings_of, typeset_comments, typeset_posts
    from blogbuild.site.digests import digest_of
    from blogbuild.site.load import with_markdown

    def posts(todo: list) -> list:
        counts["rendered"] += sum(not p.page for p in todo)  # the report counts posts; pages come along
        changed.update(p.slug for p in todo)
        render = post_renderer(cache.markdown(make_markdown), post_settings)
        done = cache.map(lambda post: render(with_markdown(post)), todo)
        if not worker:
            return done
        with drafts.ahead([p for p in todo if p.slug in in_feed]) as start:  # the feed's Markdown while Node typesets
            return typeset_posts(worker, todo, done, lambda p: with_markdown(p).markdown, start)

    def feed(todo: list) -> list:
        render = feed_renderer(cache.markdown(make_markdown), feed_settings, rendered if worker else None, drafts)
        return cache.map(lambda post: render(with_markdown(post)), todo)

    def comments(todo: list) -> list:  # files' keys (below): each file's (HTML, preview) of each comment
        group = [c for key in todo for c in in_file[key]]
        changed.update(c.post_slug for c in group)
        done = list(map(comment_renderer(cache.markdown(make_comment_markdown)), group))
        done = typeset_comments(worker, group, done) if worker else done
        pairs = iter([(c, short_html(c.html if worker else c)) for c in done])
        return [[next(pairs) for _ in in_file[key]] for key in todo]

    counts, changed, entries = {"rendered": 0}, set(), site.posts[:config.feed.entries]
    post_settings, feed_settings = PostSettings.of(config), FeedSettings.of(config)
    in_feed, drafts = {p.slug for p in entries}, feed_settings.drafts(cache.markdown(make_markdown), with_markdown)
    everything = site.posts + site.pages  # a page is rendered like a post
    rendered = dict(zip((p.slug for p in everything),
                        cache.remember("post", post_settings, everything, _if_any(posts)), strict=True))
    feed_html = dict(zip((p.slug for p in entries),
                         cache.remember("feed", feed_settings, entries, _if_any(feed)), strict=True))
    # A file's comments are remembered together (20,000 comments: 1,000 entries), under what their
    # HTML depends on: each one's id (its labels' prefix), body, and place (problems' file:line).
    by_file: dict[str, list] = {}
    for c in site.comments:
        by_file.setdefault(c.source, []).append(c)
    in_file = {digest_of([(c.id, c.source, c.line) for c in group], [c.body for c in group]): group
               for group in by_file.values()}
    stored = cache.remember("comment", settings_of(config), list(in_file), _if_any(comments))
    shown = {str(c.id): pair for key, pairs in zip(in_file, stored, strict=True)
             for c, pair in zip(in_file[key], pairs, strict=True)}
    comment_html = {key: html for key, (html, _preview) in shown.items()}
    previews = {key: preview for key, (_html, preview) in shown.items()}
    slugs = link_targets(site, config)
    problems = [p for r in rendered.values() for p in resolve_links((list(r.problems), list(r.links)), slugs)]
    if worker:  # comments typeset at build time: TypesetComment records
        problems += [p for c in comment_html.values() for p in c.problems]
        comment_html = {key: c.html for key, c in comment_html.items()}
    return rendered, feed_html, comment_html, problems, counts["rendered"], changed, previews


def _if_any(compute):
    """compute, skipped (with the parser it would make) when there is nothing to compute."""
    return lambda todo: compute(todo) if todo else []
