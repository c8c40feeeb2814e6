"""The search index: Pagefind (https://pagefind.app) run over the posts and pages, inside the stage.

Pagefind has no incremental mode, and indexing 1,000 posts takes seconds: more than a rebuild
may cost. So the pages (the site's own, then the posts oldest first) are indexed in chunks of
CHUNK, each its own Pagefind bundle (`pagefind/0/`, `pagefind/1/`, …), which the search page
merges (`mergeIndex`). A new post joins the last chunk, an edited one re-indexes its own chunk;
a chunk whose pages did not change keeps its files untouched. A chunk's files depend only on its
pages' bytes (Pagefind is deterministic), so the result is the same as indexing everything afresh;
the tests check that. The bundles are made by Pagefind's service, one process a core
(write/pagefind_service.py); those of the posts an edit changed are started before the rest of
the site is written (write/search_ahead.py).

Only the article is indexed (`data-pagefind-body` in the theme); the sidebar and the comments are
not, and the comments are not even read (UNSEARCHED): a new comment changes no bundle. Formulas
are indexed as their linear text (`exp(A)`, render/describe.py): Pagefind is sent a copy of each
page with every formula so replaced (the output pages stay as they are), so results' excerpts
have no holes where formulas were, and TeX commands (`\\boldsymbol`) find nothing.

Bundles are also remembered by content (`BundleMemory`, the build cache's): a bundle whose pages
have the same paths and bytes as when it was last made in its place is taken from there, not
indexed again. That is what makes a fresh checkout with a restored cache (CI) skip Pagefind for
every bundle but the changed ones, though its output folder is empty.

Pagefind comes from PyPI (`pip install 'blogbuild[search]'`, its extended build, which segments
Chinese into words). Without it the build makes no index and says so once; the search page then
explains and links to the archive.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import subprocess
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from blogbuild.errors import OutputError
from blogbuild.render.describe import formulas_as_text
from blogbuild.write.output import Stage, walk_files
from blogbuild.write.pagefind_service import NotStarted, PagefindFailed, Services, pagefind_executable

CHUNK = 32
"""Posts per bundle: an edit re-indexes this many pages (~0.1 s of CPU); a search loads two or
three small files of each bundle (not the engine again)."""
FOLDER = "pagefind"
MANIFEST = "blogbuild-pages.txt"
"""In each bundle: how it was made (Pagefind's version, the selectors left out) and from which
pages, one output path a line: a bundle is kept only if all of it is the same."""
BUNDLES = "bundles.json"
"""`pagefind/bundles.json`: the bundles the search page loads, in order."""
MATH_SELECTORS = ".math, mjx-container, mjx-assistive-mml, .MathJax"
"""Left out of the index: any formula the copy still has as markup (none, with formulas_as_text)."""
FORMULA_TEXT = 1
"""The version of the formulas' text in the index: a bundle made otherwise is made again."""
UNSEARCHED = (b"<!--blogbuild:unsearched-->", b"<!--/blogbuild:unsearched-->")
"""The theme marks a page's comments so (templates/_comments_section.html): Pagefind indexes only
`data-pagefind-body`, so it reads a copy without them, and bundles are keyed without them. A new
comment then changes no bundle: the build takes its files from the cache instead of running Pagefind."""
_UNCUT = (b"data-pagefind", b"<h1", b"<img", b"<meta")
"""A marked part holding one of these is kept: Pagefind may read it (filters, the title, the image)."""


Files = list[tuple[str, bytes]]
"""A bundle's files: (path inside the bundle, bytes)."""


class BundleMemory(Protocol):
    """Bundles made by earlier builds, one a place (`pagefind/N/`): the content key of the pages
    it was made from, and its files. The reference build has none (it runs Pagefind for each)."""

    def get(self, prefix: str) -> tuple[str, Files] | None: ...

    def put(self, prefix: str, key: str, files: Files) -> None: ...


@lru_cache(maxsize=1)
def _version() -> str:
    """pagefind-bin-extended's version, from the name of its .dist-info folder beside the module
    (what importlib.metadata reads, without its ~20 ms of imports on every build that indexes).
    Once a process: each bundle's manifest names it (33 looks cost ~11 ms)."""
    try:
        import pagefind_bin_extended
    except ImportError:
        return "unknown"
    prefix = "pagefind_bin_extended-"
    found = sorted(Path(pagefind_bin_extended.__file__).resolve().parents[1].glob(f"{prefix}*.dist-info"))
    return found[-1].name[len(prefix):-len(".dist-info")] if found else "unknown"


def chunks(pages: list[str]) -> list[list[str]]:
    """pages (output paths, oldest post first) cut into bundles of CHUNK."""
    return [pages[i:i + CHUNK] for i in range(0, len(pages), CHUNK)]


def search_order(pages: list) -> list[str]:
    """The output paths the index holds, in bundle order: the site's pages, then the posts oldest
    first (a plan's pages list posts newest first)."""
    return ([p.output for p in pages if p.template == "page.html"]
            + [p.output for p in reversed(pages) if p.template == "post.html"])


def index_posts(stage: Stage, pages: list[str], memory: BundleMemory | None = None, ahead: Ahead | None = None) -> None:
    """The search index of these pages (output paths, in bundle order) into the stage, if Pagefind
    is installed."""
    executable = pagefind_executable()
    if executable is not None:
        index_site(stage, pages, executable, memory, ahead)


class Ahead(Protocol):
    """Bundles Pagefind was started on before the pages were all written, from the pages' likely
    bytes (write/search_ahead.py): each is used only if its pages turn out to be exactly those."""

    def made(self, prefix: str) -> tuple[str, Files] | None: ...


def manifest_of(group: list[str]) -> bytes:
    """A bundle's manifest: how it is made (Pagefind's version, the selectors left out, the formulas'
    text) and from which pages."""
    header = (f"pagefind {_version()}\nexclude {MATH_SELECTORS}\nformulas as text {FORMULA_TEXT}\n"
              "without the parts marked unsearched\n")
    return "".join([header, *(f"{page}\n" for page in group)]).encode()


def index_site(stage: Stage, pages: list[str], executable: Path, memory: BundleMemory | None = None,
               ahead: Ahead | None = None) -> int:
    """Put the search index of `pages` (output paths: the site's pages, then the posts oldest first,
    all already put into the stage) into the stage under pagefind/. Returns how many bundles Pagefind
    made in this call (not kept from the output folder, taken from memory or made ahead)."""
    changed = set(stage.new)
    source = in_stage(stage, changed)
    groups = chunks(pages)
    current: dict[str, list[str]] = {}  # the output's files of each bundle, by its prefix
    for rel in stage.current:
        if rel.startswith(f"{FOLDER}/"):
            current.setdefault(rel[:rel.find("/", len(FOLDER) + 1) + 1], []).append(rel)
    todo = []
    for number, group in enumerate(groups):
        prefix = f"{FOLDER}/{number}/"
        manifest = manifest_of(group)
        if changed.intersection(group) or not _keep(stage, prefix, manifest, current.get(prefix, [])):
            todo.append((prefix, group, manifest))
    remembered: dict[str, Files] = {}
    made: dict[str, Files] = {}  # made ahead (write/search_ahead.py); those made here are stored as they come
    keys: dict[str, str] = {}
    if memory is not None or ahead is not None:
        for prefix, group, manifest in todo:
            keys[prefix] = content_key(group, manifest, prefix == f"{FOLDER}/0/", source)
            early = ahead.made(prefix) if ahead is not None else None
            if early is not None and early[0] == keys[prefix]:
                made[prefix] = early[1]
                continue  # (the cache's copy, ~1 MB to read and unpickle, is not needed)
            found = memory.get(prefix) if memory is not None else None
            if found is not None and found[0] == keys[prefix]:
                remembered[prefix] = found[1]
    run = [item for item in todo if item[0] not in remembered and item[0] not in made]
    manifests = {prefix: manifest for prefix, _group, manifest in todo}

    def store(prefix: str, files: Files) -> None:
        if memory is not None and prefix not in remembered:  # made now, or ahead
            memory.put(prefix, keys[prefix], files)
        for rel, data in files:
            stage.put(prefix + rel, data)
        stage.put(prefix + MANIFEST, manifests[prefix])

    with Services(executable) as services:
        # Each bundle's files are stored as they come, while the services index the next ones.
        asked = ((prefix, bundle_pages(group, source)) for prefix, group, _manifest in run)
        results = services.index_many(asked, MATH_SELECTORS, len(run))
        while True:
            with pagefind_errors(executable):  # (not around store: a full disk is the stage's error)
                prefix, files = next(results, (None, None))
            if prefix is None:
                break
            store(prefix, search_files(files, prefix == f"{FOLDER}/0/"))
        for prefix, _group, _manifest in todo:
            if prefix in remembered or prefix in made:
                store(prefix, remembered[prefix] if prefix in remembered else made[prefix])
        # A bundle whose pages have no text (only formulas, say) has no index. The search page loads
        # the engine from the first bundle it lists: bundle 0's, or if that is empty, another's.
        bundles = [f"{n}/" for n in range(len(groups)) if f"{FOLDER}/{n}/pagefind-entry.json" in stage.files]
        engines = [b for b in bundles if f"{FOLDER}/{b}pagefind.js" in stage.files]
        if bundles and not engines:
            group = groups[int(bundles[0].rstrip("/"))]
            for rel, data in search_files(_pagefind(group, services, source), True):
                stage.put(f"{FOLDER}/{bundles[0]}{rel}", data)
            engines = bundles[:1]
    if engines:
        bundles.remove(engines[0])
        bundles.insert(0, engines[0])
    stage.put(f"{FOLDER}/{BUNDLES}", (json.dumps({"bundles": bundles}) + "\n").encode())
    return len(run)


Source = Callable[[str], "str | bytes"]
"""Where a bundle's page is read from: the path of its file, or its bytes."""


def in_stage(stage: Stage, new: set[str]) -> Source:
    """Pages as the stage has them: those in `new` written into it, the others in the output folder."""
    return lambda page: os.path.join(stage.dir if page in new else stage.out, page)


def content_key(group: list[str], manifest: bytes, first: bool, source: Source) -> str:
    """What a bundle's files depend on: how it is made and from which pages (the manifest), whether
    it carries the engine, and each page's bytes (read where _pagefind reads them)."""
    h = hashlib.sha256(manifest + (b"engine\n" if first else b"index only\n"))
    for page in group:
        data = searched_part(_bytes(source(page)))
        h.update(b"%d\n" % len(data))
        h.update(data)
    return h.hexdigest()


def _bytes(where: str | bytes) -> bytes:
    if isinstance(where, bytes):
        return where
    with open(where, "rb") as f:
        return f.read()


def _keep(stage: Stage, prefix: str, manifest: bytes, files: list[str]) -> bool:
    """Keep the output's bundle at prefix (its files: `files`) as it is, if it was made from exactly
    these pages (whose bytes did not change: the caller checked)."""
    old = stage.current.get(prefix + MANIFEST)
    path = os.path.join(stage.out, prefix + MANIFEST)
    if old is None or old[0] != len(manifest):
        return False
    try:
        with open(path, "rb") as f:
            if f.read() != manifest:
                return False
    except OSError:
        return False
    for rel in files:
        stage.reuse(rel, stage.current[rel])
    return True


def _pagefind(group: list[str], services: Services, source: Source) -> dict[str, bytes]:
    """Index the pages of one bundle (read from `source`) with one of the services: the files
    Pagefind made (path in the bundle -> bytes)."""
    pages = bundle_pages(group, source)
    with pagefind_errors(services.executable):
        return services.index_pages(pages, MATH_SELECTORS)


def bundle_pages(group: list[str], source: Source) -> list[tuple[str, str]]:
    """searchable_pages of a bundle the build proper indexes (not one made ahead)."""
    return searchable_pages(group, source)


@contextlib.contextmanager
def pagefind_errors(executable: Path) -> Iterator[None]:
    """Pagefind that cannot start, or that fails, as the build's one-line error."""
    try:
        yield
    except NotStarted as e:
        raise cannot_run(executable, e.error) from None
    except PagefindFailed as e:
        raise failed(str(e)) from None


def search_files(files: dict[str, bytes], first: bool) -> Files:
    """What the search page needs of the files Pagefind made of a bundle (path in it -> bytes), in
    order; nothing if no page has text once formulas are left out (the service then makes an
    index of no language, where the CLI stops: "did not contain any html files")."""
    if not files or not json.loads(files["pagefind-entry.json"]).get("languages"):
        return []
    return [(rel, files[rel]) for rel in sorted(files) if _needed(rel, first)]


def searchable_pages(group: list[str], source: Source) -> list[tuple[str, str]]:
    """The bundle's pages as Pagefind should read them: (output path, HTML), in bundle order (sent
    to its service, not written into a folder for it: see write/pagefind_service.py)."""
    return [(page, searchable_text(source(page))) for page in group]


def cli_files(executable: Path, site: Path, bundle: Path) -> dict[str, bytes]:
    """The reference for the service: the files `pagefind --site site --output-path bundle` writes
    (path in the bundle -> bytes), one process for one bundle, as blogbuild ran it before the service."""
    command = [str(executable), "--site", str(site), "--output-path", str(bundle), "--exclude-selectors",
               MATH_SELECTORS, "--silent"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0 and "did not contain any html files" in done.stdout + done.stderr:
        return {}
    if done.returncode != 0:
        raise failed((done.stderr or done.stdout).strip().splitlines()[-1])
    return {rel: Path(entry.path).read_bytes() for rel, entry in walk_files(str(bundle))}


def cannot_run(executable: Path, e: OSError) -> OutputError:
    """Pagefind's binary is not executable here (another platform's wheel), or gone meanwhile."""
    return OutputError(f"cannot run Pagefind ({executable}): {e.strerror or e}", FOLDER,
                       hint="pip install --force-reinstall 'pagefind[extended]', or uninstall it to build "
                            "without a search index")


def failed(detail: str) -> OutputError:
    """Pagefind ran and stopped with an error (its last line: detail)."""
    return OutputError(f"Pagefind could not index the site: {detail}", FOLDER, hint="the previous site is unchanged")


def searchable_text(where: str | bytes) -> str:
    """The page (its file, or its bytes) as Pagefind should read it: without the parts marked
    unsearched, formulas as their text."""
    text = searched_part(_bytes(where)).decode("utf-8")
    return formulas_as_text(text) if 'class="math ' in text else text


def searched_part(page: bytes) -> bytes:
    """The page without its parts marked UNSEARCHED (the same object if it has none, or if a part
    holds something Pagefind may read outside `data-pagefind-body`). A part ends at an end mark and
    starts at the nearest start mark before it: a stray start mark (an author's raw HTML in a post)
    cuts nothing, where it used to cut the rest of the post up to the comments' end mark."""
    start, end = UNSEARCHED
    if page.find(start) == -1:
        return page
    parts, done = [], 0
    close = page.find(end)
    while close != -1:
        at = page.rfind(start, done, close)
        if at != -1:
            if any(mark in page[at:close] for mark in _UNCUT):
                return page
            parts.append(page[done:at])
            done = close + len(end)
        close = page.find(end, close + len(end))
    if not parts:
        return page
    parts.append(page[done:])
    return b"".join(parts)


def _needed(rel: str, first: bool) -> bool:
    """Whether the search page needs this file of a bundle: the index of every bundle; the engine
    (pagefind.js, its worker and WebAssembly) of the first only, which the others merge into;
    Pagefind's ready-made UIs never (the search page has its own few lines)."""
    if rel.startswith(("index/", "fragment/", "filter/")) or rel == "pagefind-entry.json" or rel.endswith(".pf_meta"):
        return True
    return first and (rel in ("pagefind.js", "pagefind-worker.js") or rel.endswith(".pagefind"))
