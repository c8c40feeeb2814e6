"""Pagefind started on an edited post's bundle before the rest of the site is planned and written.

An edit, or a new comment, changes a post or two; their bundles must be indexed again, and
Pagefind is the slowest step of such a build (0.1-0.3 s for a bundle of 32 posts, ~0.35 s more in
Chinese when its segmenter must load). Everything before it (the plan of 1,300 pages, their keys,
the listings, the static files) runs on one core while the other is idle. So:

- when the build starts, a Pagefind service starts too (and loads the site language's word
  segmenter, for Chinese or Japanese), if the output folder has an index to build on; for a
  Chinese or Japanese site whose last build made an index, earlier still, before blog.yaml is read
  (the speed layer's early_start), so that the segmenter has loaded by the time the bundle comes;
- the changed posts' pages are planned and rendered first (render.pages.Planner), before the rest
  of the site is planned, their bundles' other pages taken from the output
  folder as the last build left them, and the service asked for those bundles without waiting
  (its answers are read when the index is made: a process, not a thread, since the page writers
  may fork).

That is a guess: another page of the bundle may change too (a neighbour's title in its prev/next
links), or the guessed page be written otherwise. So a bundle made ahead is used only if the
content key of the pages it was made from (search_index.content_key) is the key of the pages as
written; otherwise it is thrown away and made again, as without it. Pagefind's output depends only
on the bytes it reads, so a bundle so used is the one the build would have made.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from blogbuild.errors import BlogbuildError
from blogbuild.write import search_index as index
from blogbuild.write.output import Stage
from blogbuild.write.pagefind_service import PagefindFailed, Service, warmed_service

if TYPE_CHECKING:
    from blogbuild.render.page_outputs import Page

MOST = 4
"""Posts rendered ahead at most: more changed posts (a new version of blogbuild, a front-matter
field every post has) are a build of their own, whose bundles are made the usual way."""


class SearchAhead:
    """The bundles started ahead in one build (a context manager: leaving it ends the service and
    deletes the bundles' folders)."""

    def __init__(self, out: Path, language: str, enabled: bool, memory: index.BundleMemory | None = None,
                 early: Service | None = None) -> None:
        """out: the output folder; language: the site's (blog.yaml); enabled: whether this build
        indexes, and keeps what it indexed (the reference does not: it makes every bundle the
        plain way); memory: the bundles the build cache holds (one of the same pages is not made
        again: a new comment changes a page, but not what Pagefind reads of it); early: a service
        started before blog.yaml was read (cache.Early), taken if it runs the same Pagefind."""
        self._memory = memory
        self._service: Service | None = None
        self._runs: dict[str, tuple[str, tuple, bool]] = {}
        executable = index.pagefind_executable() if enabled and (out / index.FOLDER).is_dir() else None
        if early is not None and (executable is None or early.executable != executable):
            early.close(now=True)
            early = None
        if executable is not None:
            self._service = warmed_service(executable, language, early)

    def __enter__(self) -> SearchAhead:
        return self

    def __exit__(self, *exc) -> None:
        if self._service is not None:  # nothing more is needed of it, even if it is still warming up
            self._service.close(now=True)

    def start(self, stage: Stage, order: list[str], pages: list[Page], render: Callable[[Page], bytes]) -> None:
        """Render `pages` (those of the posts rendered afresh, or with a new comment) and ask for each
        bundle that holds one of them and whose other pages are all in the output folder. order:
        every page the index holds, in bundle order (search_index.search_order)."""
        if self._service is None or not 0 < len(pages) <= MOST:
            return
        try:
            guessed = {p.output: render(p) for p in pages}
        except BlogbuildError:  # a guess: a page that fails here fails again when written, in its turn
            return
        for number, group in enumerate(index.chunks(order)):
            if guessed.keys().isdisjoint(group):
                continue
            if any(page not in guessed and not os.path.isfile(os.path.join(stage.out, page)) for page in group):
                continue  # a new page, or an empty output folder: nothing to guess from (31 stat
                # calls: the output's listing, ~25 ms, is taken after Pagefind has the bundle)

            def source(page: str) -> str | bytes:
                return guessed[page] if page in guessed else os.path.join(stage.out, page)

            key = index.content_key(group, index.manifest_of(group), number == 0, source)
            kept = self._memory.get(f"{index.FOLDER}/{number}/") if self._memory is not None else None
            if kept is not None and kept[0] == key:
                continue  # the build takes it from the cache
            try:
                self._runs[f"{index.FOLDER}/{number}/"] = (
                    key, self._service.submit(index.searchable_pages(group, source), index.MATH_SELECTORS), number == 0)
            except PagefindFailed:
                self._service.close(now=True)
                self._service = None
                return

    def made(self, prefix: str) -> tuple[str, index.Files] | None:
        """(content key, files) of the bundle at prefix made ahead, waiting for it; None if none was
        asked for or it failed (the build proper runs Pagefind again, and reports the failure)."""
        run = self._runs.get(prefix)
        if run is None or self._service is None:
            return None
        key, ticket, first = run
        try:
            return key, index.search_files(self._service.collect(ticket), first)
        except (PagefindFailed, ValueError, KeyError):
            self._service.close(now=True)  # in an unknown state: no more answers from it
            self._service = None
            return None
