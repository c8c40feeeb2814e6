"""Pagefind started on an edited post's bundle before the rest of the site is written.

An edit, or a new comment, changes a post or two; their bundles must be indexed again, and
Pagefind is the slowest step of such a build (~0.1 s for a bundle of 32 posts). Everything before
it (the keys of 1,300 pages, the listings, the static files) waits on one core while the other
is idle. So the build renders the changed posts' pages first, takes their bundles' other pages
from the output folder as the last build left them, and starts Pagefind on each such bundle in
the background (a process, not a thread: the page writers may fork).

That is a guess: another page of the bundle may change too (a neighbour's title in its
prev/next links), or the guessed page be written otherwise. So a bundle made ahead is used only
if the content key of the pages it was made from (search_index.content_key) is the key of the
pages as written; otherwise it is thrown away and made again, as without it. Pagefind's output
depends only on the bytes it reads, so a bundle so used is the one the build would have made.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from blogbuild.errors import BlogbuildError
from blogbuild.write import search_index as index
from blogbuild.write.output import Stage

if TYPE_CHECKING:
    from blogbuild.render.pages import Page

MOST = 4
"""Posts rendered ahead at most: more changed posts (a new version of blogbuild, a front-matter
field every post has) are a build of their own, whose bundles are made the usual way."""


class SearchAhead:
    """The bundles started ahead in one build (a context manager: leaving it ends every Pagefind
    still running and deletes its folder)."""

    def __init__(self, stage: Stage, pages: list[Page], changed: set[str], enabled: bool) -> None:
        """pages: the site's (render.pages.Page); changed: the slugs of the posts and pages rendered
        afresh, or with a new comment; enabled: whether this build indexes, and keeps what it
        indexed (the reference does not: it makes every bundle the plain way)."""
        self._stage, self._changed = stage, changed
        self._order = index.search_order(pages)
        self._executable = index.pagefind_executable() if enabled and 0 < len(changed) <= MOST else None
        self._runs: dict[str, tuple[str, subprocess.Popen, Path, bool]] = {}
        self._folders: list[tempfile.TemporaryDirectory] = []

    def __enter__(self) -> SearchAhead:
        return self

    def __exit__(self, *exc) -> None:
        for _key, process, _bundle, _first in self._runs.values():
            if process.poll() is None:
                process.kill()
            process.wait()
            process.stdout.close()
        for folder in self._folders:
            folder.cleanup()

    def start(self, pages: list[Page], render: Callable[[Page], bytes]) -> None:
        """Render the changed posts' pages and start Pagefind on each bundle that holds one of them
        and whose other pages are all in the output folder."""
        if self._executable is None:
            return
        try:
            guessed = {p.output: render(p) for p in pages
                       if p.template in ("post.html", "page.html") and p.source.slug in self._changed}
        except BlogbuildError:  # a guess: a page that fails here fails again when written, in its turn
            return
        stage = self._stage
        for number, group in enumerate(index.chunks(self._order)):
            if guessed.keys().isdisjoint(group):
                continue
            if any(page not in guessed and page not in stage.current for page in group):
                continue  # a new page, or an empty output folder: nothing to guess from

            def source(page: str) -> str | bytes:
                return guessed[page] if page in guessed else os.path.join(stage.out, page)

            prefix, first = f"{index.FOLDER}/{number}/", number == 0
            folder = index.workspace(stage)
            self._folders.append(folder)
            site, bundle = index.lay_out(folder.name, group, source)
            try:
                process = subprocess.Popen(index.command(self._executable, site, bundle), stdout=subprocess.PIPE,
                                           stderr=subprocess.STDOUT, text=True)
            except OSError:
                return  # the build proper runs it again, and says why it cannot
            key = index.content_key(group, index.manifest_of(group), first, source)
            self._runs[prefix] = (key, process, bundle, first)

    def made(self, prefix: str) -> tuple[str, index.Files] | None:
        """(content key, files) of the bundle at prefix made ahead, once its Pagefind has ended; None
        if none was started or it failed (the build proper runs it again, and reports the failure)."""
        run = self._runs.get(prefix)
        if run is None:
            return None
        key, process, bundle, first = run
        output, _ = process.communicate()
        try:
            return key, index.outcome(process.returncode, output or "", bundle, first)
        except Exception:  # noqa: BLE001  any failure is the build proper's to report
            return None
