"""`blogbuild import FORMAT SOURCE`: pick the reader, read everything, then write everything."""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

from blogbuild.errors import BlogbuildError, ImportSourceError
from blogbuild.progress import SILENT, Progress

# FORMAT → module with read(source: Path, *, display: str, site: Path, uploads: Path | None) -> ImportedSite
# (display: the source as messages name it; site: the blogbuild site's root, which may not exist yet).
_MODULES = {
    "typecho": "blogbuild.importers.typecho",
    "wordpress": "blogbuild.importers.wordpress",
    "disqus": "blogbuild.importers.disqus",
    "hexo": "blogbuild.importers.hexo",
    "jekyll": "blogbuild.importers.jekyll",
    "markdown": "blogbuild.importers.markdown_posts",
}
READERS = {kind: module for kind, module in _MODULES.items() if importlib.util.find_spec(module) is not None}
"""The formats this installation has a reader for."""
WITH_DIALECT = ("markdown", "hexo", "jekyll")
FROM_DATABASES = ("typecho", "wordpress")
"""The readers of database dumps, where text may be stored double-encoded (mojibake.py)."""
"""The readers that take `--dialect NAME` (their module's DIALECTS)."""


def import_site(kind: str, source: Path, root: Path, *, force: bool = False,
                uploads: Path | None = None, dialect: str | None = None,
                progress: Progress = SILENT) -> list[str]:
    """Returns the summary lines. Raises a BlogbuildError (nothing written) on bad input.
    dialect: for markdown, hexo and jekyll (each reader's DIALECTS): overrides what the source shows.
    progress: told each stage."""
    # loaded here, not at the top: the CLI reads READERS for every command's parser, a no-op build too
    from blogbuild.importers.mojibake import repair_site
    from blogbuild.importers.writer import summary, write_site

    if dialect is not None and kind not in WITH_DIALECT:
        raise ImportSourceError(f"is for `blogbuild import {'/'.join(WITH_DIALECT)}` only, not {kind}", "--dialect")
    if kind == "markdown":
        from blogbuild.importers import markdown_posts

        if not source.exists() and (root / source).exists():
            source = root / source  # `blogbuild check -s SITE` names posts from the site's root
        if markdown_posts.inside(source, root):
            return markdown_posts.rewrite_in_place(root, source, dialect)
    display = source.name or str(source)
    if not source.exists():
        raise ImportSourceError("no such file or folder", str(source))
    if uploads is not None and not uploads.is_dir():
        raise ImportSourceError("--uploads: no such folder", str(uploads))
    reader = importlib.import_module(READERS[kind])
    extra = {"dialect": dialect} if kind in WITH_DIALECT else {}
    progress.stage(f"reading {display}")
    site = _read(reader, source, display=display, site=root, uploads=uploads, **extra)
    if kind in FROM_DATABASES:
        repair_site(site)
    progress.stage("writing the blog")
    report = write_site(root, site, source=display, force=force, uploads=uploads)
    return summary(report, site, display)


GUARD = "cannot be read"
"""The last-resort message's words (tests check that hostile input never needs it)."""


def _read(reader, source: Path, *, display: str, **options) -> object:
    """reader.read, where a failure no reader foresaw (Python's stack or memory running out on a
    hostile export) is still one line naming the source and exit 1, not a traceback. Readers
    name the record themselves; this is the net under them."""
    try:
        return reader.read(source, display=display, **options)
    except BlogbuildError:
        raise
    except (RecursionError, MemoryError) as e:
        raise ImportSourceError(f"{GUARD}: it is nested too deeply or too large ({type(e).__name__})",
                                display) from None
    except Exception as e:  # noqa: BLE001 - a reader's bug on a hostile input: one line, then report it
        first = (str(e).splitlines() or [""])[0][:200]
        raise ImportSourceError(f"{GUARD}: {type(e).__name__}: {first}", display,
                                hint="a bug in blogbuild's importer: please report it with this line") from None
