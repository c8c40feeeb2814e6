"""Pagefind as a service: one process indexes bundle after bundle (`pagefind --service`).

The CLI is a new process a bundle, and Pagefind's extended build loads its Chinese segmenter in
each (~0.2-0.3 s): 32 bundles of a Chinese blog paid it 32 times. A service loads it once, and
its `AddDir` runs the CLI's own indexing of a folder; `GetFiles` gives back the bytes the CLI
would write for the same pages (tests/write/test_search_index.py compares the two).

The protocol is the one of Pagefind's own Python and Node wrappers: each message is JSON,
base64-encoded, followed by a comma, on the process's stdin and stdout. Pagefind's Python
package is not used: it is asynchronous, and waits 0.1 s before reading each response.
"""

from __future__ import annotations

import base64
import json
import queue
import subprocess
from pathlib import Path


class PagefindFailed(Exception):
    """Pagefind answered with an error, or ended; str() is what it said last."""


class Service:
    """One `pagefind --service` process; one caller at a time."""

    def __init__(self, executable: Path) -> None:
        """Raises OSError if the executable cannot be started."""
        self._process = subprocess.Popen([str(executable), "--service"], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self._sent = 0
        self._buffer = b""

    def index_folder(self, site: Path, exclude: str) -> dict[str, bytes]:
        """Index every HTML file under site, as `pagefind --site site --exclude-selectors exclude`
        does; the bundle's files (path in it -> bytes), none if there was no page."""
        index = self._ask({"type": "NewIndex", "config": {"exclude_selectors": [exclude]}})["index_id"]
        try:
            if not self._ask({"type": "AddDir", "index_id": index, "path": str(site)})["page_count"]:
                return {}
            # Asked for, not written: the service answers WriteFiles before its files are all on disk.
            files = self._ask({"type": "GetFiles", "index_id": index})["files"]
        finally:
            self._ask({"type": "DeleteIndex", "index_id": index})
        return {file["path"]: base64.b64decode(file["content"]) for file in files}

    def close(self) -> None:
        """End the process (closing its input ends it), then wait for it."""
        process = self._process
        for stream in (process.stdin, process.stdout, process.stderr):
            try:
                stream.close()
            except OSError:
                pass
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def _ask(self, payload: dict) -> dict:
        self._sent += 1
        message = {"message_id": self._sent, "payload": payload}
        try:
            self._process.stdin.write(base64.b64encode(json.dumps(message).encode("utf-8")) + b",")
            self._process.stdin.flush()
            answer = json.loads(base64.b64decode(self._read_until_comma()))["payload"]
        except (OSError, ValueError):
            answer = None
        if answer is None or answer.get("type") == "Error":
            raise self._failure(answer)
        return answer

    def _read_until_comma(self) -> bytes:
        """The next message (each ends with a comma, which base64 never holds)."""
        while b"," not in self._buffer:
            chunk = self._process.stdout.read1(65536)
            if not chunk:
                raise OSError("Pagefind ended")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b",")
        return bytes(message)

    def _failure(self, answer: dict | None) -> PagefindFailed:
        if answer is not None:
            detail = str(answer.get("message") or answer)
        else:  # it ended: its last words are on stderr
            try:
                self._process.stdin.close()
                self._process.wait(timeout=5)
                lines = self._process.stderr.read().decode("utf-8", "replace").strip().splitlines()
            except (OSError, subprocess.TimeoutExpired):
                lines = []
            detail = lines[-1] if lines else f"it ended ({self._process.returncode})"
        return PagefindFailed(detail.strip())


class Services:
    """Services for the threads of one build: a thread takes one, uses it, gives it back; each is
    started when first needed, and all are ended when the build leaves the `with`."""

    def __init__(self, executable: Path) -> None:
        self.executable = executable
        self._idle: queue.SimpleQueue[Service] = queue.SimpleQueue()
        self._all: list[Service] = []

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc) -> None:
        for service in self._all:
            service.close()

    def index_folder(self, site: Path, exclude: str) -> dict[str, bytes]:
        try:
            service = self._idle.get_nowait()
        except queue.Empty:
            service = Service(self.executable)
            self._all.append(service)
        files = service.index_folder(site, exclude)  # if it fails, that process is not given back
        self._idle.put(service)
        return files
