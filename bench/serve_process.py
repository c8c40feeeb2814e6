"""The real `blogbuild serve` in a subprocess, for the serve benchmarks (serve_load, serve_reload)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS_SCRIPT = REPO / "bench" / "make_corpus.py"


def make_site(root: Path, posts: int, script: Path, title: str, url: str) -> None:
    """A corpus from make_corpus.py plus a three-line blog.yaml."""
    subprocess.run([sys.executable, str(script), "--posts", str(posts), "--out", str(root)], check=True,
                   stdout=subprocess.DEVNULL)
    (root / "blog.yaml").write_text(f"title: {title}\nurl: {url}\nauthor: Bench\n", encoding="utf-8")


class ServeProcess:
    """Starts `python -m blogbuild serve --port 0` on root and waits for its 'Serving … at URL' line.

    lines: everything the server printed so far (read by a thread); port, base: where it serves.
    """

    def __init__(self, root: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        self.proc = subprocess.Popen([sys.executable, "-m", "blogbuild", "serve", "-s", str(root), "--port", "0"],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
        self.lines: list[str] = []
        self._serving = ""
        self._ready = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()
        if not self._ready.wait(600):
            raise SystemExit("server did not start:\n" + "".join(self.lines))
        m = re.search(r"http://127\.0\.0\.1:(\d+)(/\S*)", self._serving)
        if m is None:
            raise SystemExit("server did not start:\n" + "".join(self.lines))
        self.port, self.base = int(m.group(1)), m.group(2)

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line)
            if line.startswith("Serving"):
                self._serving = line
                self._ready.set()
        self._ready.set()  # the server exited before serving

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
