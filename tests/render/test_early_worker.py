"""Node started first (render/typeset.py's EarlyWorker, the speed layer's early_start) and
MathJax compiled once (typeset_worker.js's compile cache): a build that will typeset math starts
Node before it imports most of its modules or reads blog.yaml, and tells it the settings
later. Neither may change a byte: a worker told its settings late typesets exactly what one
started with them does, and a damaged compile cache is only a slower start.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest
from helpers import post, run_cli, tree, write_site

from blogbuild.cache import Cache
from blogbuild.incremental import IncrementalCache
from blogbuild.render.typeset import EarlyWorker, TypesetSettings, Typesetter, find_node
from blogbuild.site.folders import CACHE_DIR, NODE_CACHE, TYPESET_MARK
from blogbuild.site.models import BuildOptions

pytestmark = pytest.mark.skipif(find_node() is None, reason="needs Node.js (pip install 'blogbuild[server-math]')")

SERVER = ("title: T\nurl: https://example.org/\nmath:\n  render: server\n"
          "mathjax:\n  macros:\n    RR: \"\\\\mathbb{R}\"\n")
POSTS = {"a.md": post("A", "2024-01-01", "Euler: $e^{i\\pi}+1=0$ and $\\RR$.")}
DOCS = [['<span class="math inline">\\(\\RR^n\\)</span>', '<div class="math display">\\[\\frac{a}{b}\\]</div>'],
        ['<span class="math inline">\\(\\RR\\)</span>', '<span class="math inline">\\(\\undefinedmacro\\)</span>'],
        ['<div class="math display">\\[\\begin{equation}x\\label{eq:a}\\end{equation}\\eqref{eq:a}\\]</div>']]


def _node_major() -> int:
    out = subprocess.run([find_node(), "--version"], capture_output=True, text=True).stdout
    return int(out.strip().lstrip("v").split(".")[0])


@pytest.mark.parametrize("settings", [TypesetSettings((("RR", "\\mathbb{R}"),), "/fonts", 0.5),
                                      TypesetSettings((("RR", "\\mathbf{R}"),), "/blog/mathjax/woff", 0.431)])
def test_a_worker_told_its_settings_late_typesets_what_one_started_with_them_does(settings):
    """The macros, the font URL and the ex height all come on stdin, and each shows in what is
    written (the macros and the ex height in the pages, the font URL in the stylesheet; the two
    settings above differ in all three): each must have arrived before the first page."""
    with Typesetter(settings, processes=1) as plain:
        want, sheet = plain.typeset(DOCS), plain.stylesheet()
    early = EarlyWorker()
    time.sleep(0.3)  # MathJax loaded (or nearly) before the settings come: the usual order
    with Typesetter(settings, processes=1, early=early) as late:
        assert late._workers[0] is early.worker
        assert late.typeset(DOCS) == want
        assert late.stylesheet() == sheet
        assert late.typeset(DOCS, comment=True) == plain_comment(settings)


def plain_comment(settings: TypesetSettings):
    with Typesetter(settings, processes=1) as plain:
        return plain.typeset(DOCS, comment=True)


def test_each_setting_told_late_shows_in_what_is_written():
    """(What makes the test above able to fail: a setting that did not arrive would show.)"""
    one = TypesetSettings((("RR", "\\mathbb{R}"),), "/fonts", 0.5)
    for other in (TypesetSettings((("RR", "\\mathbf{R}"),), "/fonts", 0.5),  # the macros
                  TypesetSettings((("RR", "\\mathbb{R}"),), "/fonts", 0.431)):  # the ex height
        with Typesetter(one, processes=1) as a, Typesetter(other, processes=1) as b:
            assert a.typeset(DOCS[:1]) != b.typeset(DOCS[:1])
    with Typesetter(one, processes=1) as a, \
            Typesetter(TypesetSettings(one.macros, "/blog/mathjax/woff", 0.5), processes=1) as b:
        assert a.stylesheet()[0] != b.stylesheet()[0]  # the font URL


def test_an_early_worker_never_taken_ends():
    early = EarlyWorker()
    process = early.worker._process
    started = time.monotonic()
    early.close()
    assert process.poll() is not None and time.monotonic() - started < 2
    early.close()  # twice: nothing


def test_an_early_worker_whose_stdin_closes_exits_by_itself():
    """The build process gone (its end of the pipe closed) before the settings came: Node exits too,
    before or after MathJax has loaded."""
    for wait in (0.0, 0.5):
        early = EarlyWorker()
        process = early.worker._process
        time.sleep(wait)
        process.stdin.close()
        assert process.wait(timeout=10) == 0
        early.close()  # (its stdout)


def test_when_a_build_starts_node_early(tmp_path: Path):
    site = tmp_path / "site"
    site.mkdir()

    def early(math: str | None):
        return IncrementalCache(site, BuildOptions(math=math)).early_start(math, False).typesetter

    assert early(None) is None  # never built: nothing says it typesets
    assert early("client") is None
    started = early("server")
    assert isinstance(started, EarlyWorker) and started.worker.compile_cache == site / CACHE_DIR / NODE_CACHE
    started.close()
    (site / CACHE_DIR).mkdir()
    (site / CACHE_DIR / TYPESET_MARK).touch()  # the last build typeset math
    started = early(None)
    assert isinstance(started, EarlyWorker)
    started.close()
    assert early("client") is None
    assert Cache().early_start("server", True).typesetter is None  # --no-cache: the reference starts Node later


def test_a_server_math_build_marks_its_cache_and_a_client_one_unmarks_it(tmp_path: Path):
    site = write_site(tmp_path / "site", POSTS, SERVER)
    assert run_cli("build", "-s", str(site))[0] == 0
    assert (site / CACHE_DIR / TYPESET_MARK).is_file()
    (site / "blog.yaml").write_text(SERVER.replace("render: server", "render: client"), encoding="utf-8")
    assert run_cli("build", "-s", str(site))[0] == 0
    assert not (site / CACHE_DIR / TYPESET_MARK).exists() and not (site / CACHE_DIR / NODE_CACHE).exists()


def test_node_keeps_mathjax_compiled_in_the_build_cache_and_a_damaged_copy_changes_nothing(tmp_path, monkeypatch):
    if _node_major() < 23:  # module.enableCompileCache: Node 22.1; the wheel blogbuild asks for is 24
        pytest.skip("Node without a module compile cache")
    monkeypatch.delenv("NODE_COMPILE_CACHE", raising=False)
    monkeypatch.delenv("NODE_DISABLE_COMPILE_CACHE", raising=False)
    site = write_site(tmp_path / "site", POSTS, SERVER)
    assert run_cli("build", "-s", str(site))[0] == 0
    kept = [p for p in (site / CACHE_DIR / NODE_CACHE).rglob("*") if p.is_file()]
    assert len(kept) > 20  # MathJax's modules, each compiled
    for path in kept:
        path.write_bytes(b"\x00garbage" * 100)
    page = site / "posts" / "a.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nNew: $\\RR^3 + z^2$.\n", encoding="utf-8")
    assert run_cli("build", "-s", str(site))[0] == 0  # typesets the new formula with the damaged cache
    assert run_cli("build", "-s", str(site), "--no-cache", "-o", str(tmp_path / "plain"))[0] == 0
    assert tree(site / "public") == tree(tmp_path / "plain")
    assert "New:" in (site / "public" / "index.html").read_text(encoding="utf-8") or \
        any("New:" in p.read_text(encoding="utf-8") for p in (site / "public").rglob("*.html"))


def test_the_worker_writes_its_compile_cache_once_ready_not_as_it_exits(tmp_path, monkeypatch):
    """Node writes a compile cache as it exits unless told earlier: ~0.12 s a worker that a cold
    build spent waiting at its end. The worker writes it once MathJax is loaded, while it lives."""
    if _node_major() < 23:  # module.flushCompileCache: Node 22.10
        pytest.skip("Node without a module compile cache")
    monkeypatch.delenv("NODE_COMPILE_CACHE", raising=False)
    monkeypatch.delenv("NODE_DISABLE_COMPILE_CACHE", raising=False)
    settings = TypesetSettings((), "/fonts", 0.5)
    with Typesetter(settings, processes=1, compile_cache=tmp_path / "node") as worker:
        assert worker.typeset(DOCS[:1])  # ready, and answered
        written = [p for p in (tmp_path / "node").rglob("*") if p.is_file()]
        assert len(written) > 20 and all(p.stat().st_size for p in written)  # MathJax's modules, before exit


def test_closing_a_typesetter_ends_its_workers_together():
    """Each worker is told to end (its stdin closed) before any is waited for: Node's exit then
    overlaps, where waiting for each in turn added its exit to the build's end."""
    events = []

    class Worker:
        def __init__(self, name):
            self.name = name

        def end_input(self):
            events.append(("end", self.name))

        def close(self):
            events.append(("wait", self.name))

    typesetter = Typesetter(TypesetSettings((), "/fonts", 0.5), processes=2)
    typesetter._workers = [Worker("a"), Worker("b")]
    typesetter.close()
    assert events[:2] == [("end", "a"), ("end", "b")] and {e for e in events[2:]} == {("wait", "a"), ("wait", "b")}


def test_a_compile_cache_the_environment_names_is_left_to_it(tmp_path, monkeypatch):
    if _node_major() < 23:
        pytest.skip("Node without a module compile cache")
    theirs = tmp_path / "theirs"
    monkeypatch.setenv("NODE_COMPILE_CACHE", str(theirs))
    site = write_site(tmp_path / "site", {"a.md": post("A", "2024-01-01", "Euler: $e^{i\\pi}+1=0$.")}, SERVER)
    assert run_cli("build", "-s", str(site))[0] == 0
    assert any(p.is_file() for p in theirs.rglob("*"))
    assert not (site / CACHE_DIR / NODE_CACHE).exists()


def test_the_worker_protocol_with_settings_on_stdin_by_hand():
    """typeset_worker.js itself: started with the extensions only, it says nothing until its
    settings line, then is ready and typesets."""
    early = EarlyWorker()
    process = early.worker._process
    try:
        time.sleep(0.5)
        assert early.worker._lines.empty()  # not ready: it waits for its settings
        settings = TypesetSettings((("RR", "\\mathbb{R}"),), "/fonts", 0.5)
        worker = early.settle(settings)
        ready = worker._read(process, 30)
        assert ready and ready["ready"] is True
        process.stdin.write(json.dumps({"id": 1, "docs": [DOCS[0]]}) + "\n")
        process.stdin.flush()
        doc = worker._read(process, 30)
        assert doc["id"] == 1 and 'mathvariant="double-struck"' in doc["doc"]["math"][0]  # the RR macro
    finally:
        early.close()
