"""What long work is doing, on one terminal line redrawn in place; nothing at all in a pipe or CI.

The build (and whatever else takes seconds) is handed a Progress and names each stage; a thread
redraws the line with the time spent so far, so a 30 s server-math build is never silent. Render
and write code never print: only the caller's Progress touches the terminal. Off a terminal (a
log, a pipe, CI) it writes nothing, so logs hold the summary line alone, with no carriage returns.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

CLEAR = "\r\x1b[K"
"""Back to the line's start and erase it (every terminal blogbuild runs in understands it)."""


class Progress:
    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None,
                 interval: float = 0.25) -> None:
        """enabled: None draws when stream is a terminal; False never (--quiet, tests)."""
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            enabled = _isatty(self.stream)
        self.enabled = enabled
        self.interval = interval
        self._text = ""
        self._count = ""
        self._since = time.monotonic()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def stage(self, text: str) -> None:
        """What the work does now ("rendering 300 posts"); the line shows it with its seconds."""
        if not self.enabled:
            return
        with self._lock:
            self._text, self._count, self._since = text, "", time.monotonic()
        self._draw()
        if self._thread is None:
            self._thread = threading.Thread(target=self._tick, name="blogbuild-progress", daemon=True)
            self._thread.start()

    def count(self, done: int, total: int) -> None:
        """How far the stage is ("12/300"), drawn after its text; the stage's seconds go on."""
        if not self.enabled:
            return
        with self._lock:
            self._count = f" {done}/{total}"
        self._draw()

    def clear(self) -> None:
        """Erase the line (before a warning is printed, and at the end); stage() draws it again."""
        if not self.enabled:
            return
        with self._lock:
            self._text = ""
            self._write(CLEAR)

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self.clear()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _tick(self) -> None:
        while not self._stop.wait(self.interval):
            self._draw()

    def _draw(self) -> None:
        with self._lock:
            if self._text:
                seconds = time.monotonic() - self._since
                self._write(f"{CLEAR}{self._text}{self._count} … {seconds:.0f} s")

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # the terminal went away: the work goes on without it
            self.enabled = False


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


SILENT = Progress(enabled=False)
"""For callers that want no progress (build() without one, serve's rebuilds, tests)."""
