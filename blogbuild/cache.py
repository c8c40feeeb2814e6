"""The one seam between the build and its optional speed layer (blogbuild/incremental/).

`Cache` itself remembers nothing and does everything in this process, in order: it is the plain,
obviously correct reference that `blogbuild build --no-cache` runs and that the tests compare the
fast path with, byte for byte. `incremental.IncrementalCache` overrides each method with one that
must give the same result, faster: from what an earlier build stored, or in worker processes.

Every method receives what its result depends on, so a faster version can key its memory on
exactly that, and never on a list of fields kept in step by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from blogbuild.errors import BlogbuildError
from blogbuild.site.folders import CACHE_DIR  # noqa: F401 - where the speed layer keeps its memory
from blogbuild.site.models import BuildReport, Post

if TYPE_CHECKING:
    import jinja2
    from markdown_it import MarkdownIt

    from blogbuild.render.formula_cache import FormulaMemory
    from blogbuild.render.page_outputs import Page
    from blogbuild.render.typeset import EarlyWorker
    from blogbuild.site.config import Config
    from blogbuild.write.output import Stage
    from blogbuild.write.pagefind_service import Service
    from blogbuild.write.search_index import BundleMemory


T = TypeVar("T")
R = TypeVar("R")


@dataclass
class Early:
    """Processes a build starts before it reads blog.yaml, for what it will likely need, so that they
    load while it imports and reads: a MathJax worker, a Pagefind service (its word segmenter
    loading). The build takes each, or close() ends it."""
    typesetter: EarlyWorker | None = None
    search: Service | None = None

    def close(self) -> None:
        """End what was not taken (what was is ended already: nothing)."""
        if self.typesetter is not None:
            self.typesetter.close()
        if self.search is not None:
            self.search.close(now=True)


class Cache:
    """The reference: no memory, one process."""

    def unchanged(self) -> BuildReport | None:
        """The report of the last build if nothing it read has changed since (then the build stops
        here). Called first, before the site is read."""
        return None

    def start(self, config: Config) -> None:
        """The site's configuration is known: the build is about to read the site."""

    def parse_posts(self, paths: list[str], root: Path, config: Config) -> list[Post | BlogbuildError]:
        """load.parse_posts: each file's post, or its error. paths holds posts/ and pages/ files
        (a page is a Post with page=True; its path says which)."""
        from blogbuild.site.load import parse_posts

        return parse_posts(paths, root, config)

    def parse_comments(self, paths: list[str], root: Path, config: Config) -> list[list | BlogbuildError]:
        """load.parse_comment_files: each comments file's comments (with their ids' lines) or its error."""
        from blogbuild.site.load import parse_comment_files

        return parse_comment_files(paths, root, config)

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        """[fn(x) for x in items]; fn is pure (a faster cache may run it in other processes). The
        first BlogbuildError in item order is raised."""
        return [fn(x) for x in items]

    def markdown(self, make: Callable[[], MarkdownIt]) -> MarkdownIt:
        """A parser from make() (a faster cache may keep one between builds, or tune it)."""
        return make()

    def remember(self, kind: str, settings: Hashable, items: Sequence[T],
                 compute: Callable[[list[T]], list[R]]) -> list[R]:
        """compute(items): each result depends only on its item (a Post or page, a Comment: records
        whose fields are what the result is made from) and on `settings`, what compute reads besides."""
        return compute(list(items))

    def formula_memory(self) -> FormulaMemory | None:
        """Where typeset formulas are kept between builds and shared by pages (render/formula_cache.py),
        if anywhere: the reference typesets every page whole."""
        return None

    def early_start(self, math: str | None, search: bool) -> Early:
        """What to start now, before blog.yaml is read, that this build will likely need (math, search:
        the --math and --no-search options); the reference starts nothing."""
        return Early()

    def node_compile_cache(self) -> Path | None:
        """Where Node keeps MathJax's compiled code between builds (not output: any folder would do),
        if the build has a folder of its own for it; else Node's, under the temporary directory."""
        return None

    def search_memory(self) -> BundleMemory | None:
        """Where search-index bundles are kept between builds by their pages' content, if anywhere:
        the reference runs Pagefind for every bundle it does not keep from the output folder."""
        return None

    def template_bytecode(self) -> jinja2.BytecodeCache | None:
        """Where Jinja keeps compiled templates between builds, if anywhere."""
        return None

    def write_pages(self, pages: Sequence[Page], common: dict, render: Callable[[Page], bytes],
                    stage: Stage, env: jinja2.Environment) -> None:
        """stage.put(page.output, render(page)) for every page. A page's bytes depend only on the
        template files of env, the page's template name, and those variables of
        {**common, **page.context} that its template reads."""
        for page in pages:
            stage.put(page.output, render(page))

    def finish(self, report: BuildReport, listing: dict, problems: bool) -> None:
        """The build succeeded and its output is in place (listing: the output folder's files)."""
