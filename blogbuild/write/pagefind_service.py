"""Pagefind as a service: one process indexes bundle after bundle (`pagefind --service`).

The CLI is a new process a bundle, and Pagefind's extended build loads its Chinese segmenter in
each (~0.2-0.3 s): 32 bundles of a Chinese blog paid it 32 times. A service loads it once. Each
page is sent to it (`AddFile`: its path and HTML), in the bundle's order, and `GetFiles` gives back
the bytes the CLI would write for a folder of the same pages read in that order
(tests/write/test_search_index.py compares the two). Not `AddDir` on a folder of copies: that
numbers the pages in the folder's directory order, which differs between file systems (the same
blog indexed on ext4 and on tmpfs gave other bytes). Sending costs Pagefind ~25 ms of CPU a bundle
more than reading a folder, about what writing and deleting the folder cost the build.

The protocol is the one of Pagefind's own Python and Node wrappers: each message is JSON,
base64-encoded, followed by a comma, on the process's stdin and stdout. Pagefind's Python
package is not used: it is asynchronous, and waits 0.1 s before reading each response.
"""

from __future__ import annotations

import base64
import collections
import json
import os
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

K = TypeVar("K")

SEGMENTED = ("zh", "ja")
"""Languages whose word segmenter Pagefind loads on the first page in them (~0.25 s): warm() it."""


def pagefind_executable() -> Path | None:
    """The Pagefind binary of the `pagefind-bin-extended` wheel (the standard build finds nothing
    inside a run of Chinese text), or None if it is not installed."""
    try:
        from pagefind_bin_extended import get_executable
    except ImportError:
        return None
    try:
        return get_executable()
    except FileNotFoundError:
        return None


class PagefindFailed(Exception):
    """Pagefind answered with an error, or ended; str() is what it said last."""


class NotStarted(Exception):
    """Pagefind's executable could not be started (another platform's wheel, or gone): `error`."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


class Service:
    """One `pagefind --service` process; one caller at a time.

    Requests are written without waiting (the service answers them in order), so a bundle can be
    asked for and collected later; the service numbers its indexes from 0 in the order asked."""

    def __init__(self, executable: Path) -> None:
        """Raises OSError if the executable cannot be started."""
        self.executable = executable
        self.warmed: str | None = None
        """The language warm() loaded the word segmenter of."""
        self._process = subprocess.Popen([str(executable), "--service"], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self._sent = 0
        self._indexes = 0
        self._answers: dict[int | None, dict] = {}
        self._buffer = b""

    def index_pages(self, pages: list[tuple[str, str]], exclude: str) -> dict[str, bytes]:
        """Index these pages ((path as in an output folder, HTML), in this order), as `pagefind
        --site SITE --exclude-selectors exclude` indexes a folder holding them, if it read them in
        this order; the bundle's files (path in it -> bytes)."""
        return self.collect(self.submit(pages, exclude))

    def submit(self, pages: list[tuple[str, str]], exclude: str) -> tuple:
        """Ask for index_pages(pages, exclude) without waiting for it; collect() gives it. (The
        service reads its input on a thread of its own: a long request never waits for an answer
        to be read.)"""
        index = self._new_index()
        # GetFiles, not WriteFiles: the service answers WriteFiles before its files are all on disk.
        return (index, self._send({"type": "NewIndex", "config": {"exclude_selectors": [exclude]}}),
                tuple(self._send({"type": "AddFile", "index_id": index, "file_path": path, "url": None,
                                  "file_contents": html}) for path, html in pages),
                self._send({"type": "GetFiles", "index_id": index}),
                self._send({"type": "DeleteIndex", "index_id": index}))

    def collect(self, ticket: tuple) -> dict[str, bytes]:
        """The files of the bundle submit() asked for (waiting for them)."""
        index, new, adds, get, delete = ticket
        if self._answer(new)["index_id"] != index:
            raise PagefindFailed(f"the service numbered index {index} otherwise")
        for add in adds:
            self._answer(add)
        files = self._answer(get)
        self._answer(delete)
        return {file["path"]: base64.b64decode(file["content"]) for file in files["files"]}

    def warm(self, language: str) -> None:
        """Load the word segmenter of language now, without waiting (Pagefind loads Chinese's or
        Japanese's, ~0.25 s, on the first page in it): index a word of it and drop the index."""
        index = self._new_index()
        self.warmed = language
        word = "日本語" if language.lower().startswith("ja") else "中文分词"
        self._send({"type": "NewIndex", "config": {}})
        self._send({"type": "AddFile", "index_id": index, "file_path": "warm/index.html", "url": None,
                    "file_contents": f'<html lang="{language}"><body><p>{word}</p></body></html>'})
        self._send({"type": "DeleteIndex", "index_id": index})

    def close(self, *, now: bool = False) -> None:
        """End the process (closing its input ends it, once it has answered what it was asked;
        now: kill it, whatever it is doing), then wait for it."""
        process = self._process
        if now and process.poll() is None:
            process.kill()
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

    def _new_index(self) -> int:
        self._indexes += 1
        return self._indexes - 1

    def _send(self, payload: dict) -> int:
        self._sent += 1
        message = {"message_id": self._sent, "payload": payload}
        try:
            self._process.stdin.write(base64.b64encode(json.dumps(message, ensure_ascii=False).encode("utf-8")) + b",")
            self._process.stdin.flush()
        except OSError:
            raise self._failure(None) from None
        return self._sent

    def _answer(self, message: int, strict: bool = True) -> dict:
        """The answer to a message sent (those to earlier ones are kept till asked for); an error
        answer raises, unless not strict."""
        try:
            while message not in self._answers:
                answer = json.loads(base64.b64decode(self._read_until_comma()))
                self._answers[answer.get("message_id")] = answer["payload"]
                if answer.get("message_id") is None:  # it could not read a message
                    raise self._failure(answer["payload"])
        except (OSError, ValueError):
            raise self._failure(None) from None
        payload = self._answers.pop(message)
        if strict and payload.get("type") == "Error":
            raise self._failure(payload)
        return payload

    def _read_until_comma(self) -> bytes:
        """The next message (each ends with a comma, which base64 never holds). A bundle's files
        come as one message of ~1.4 MB: its chunks are joined once, and only the newest is searched."""
        at = self._buffer.find(b",")
        if at == -1:
            chunks = [self._buffer]
            while at == -1:
                chunk = self._process.stdout.read1(65536)
                if not chunk:
                    raise OSError("Pagefind ended")
                chunks.append(chunk)
                at = chunk.find(b",")
            at += sum(map(len, chunks)) - len(chunk)
            self._buffer = b"".join(chunks)
        message, self._buffer = self._buffer[:at], self._buffer[at + 1:]
        return message

    def _failure(self, answer: dict | None) -> PagefindFailed:
        if answer is not None:
            detail = str(answer.get("message") or answer)
        else:  # it ended: its last words are on stderr
            try:  # what it was still to read cannot be flushed to it (BrokenPipeError): never mind
                self._process.stdin.close()
            except OSError:
                pass
            try:
                self._process.wait(timeout=5)
                lines = self._process.stderr.read().decode("utf-8", "replace").strip().splitlines()
            except (OSError, subprocess.TimeoutExpired):
                lines = []
            detail = lines[-1] if lines else f"it ended ({self._process.returncode})"
        return PagefindFailed(detail.strip())


def warmed_service(executable: Path, language: str, service: Service | None = None) -> Service | None:
    """service (else a new one of executable) with the word segmenter of language loading, for
    Chinese or Japanese; None if Pagefind cannot start or answers with an error (the build proper
    runs Pagefind again, and says why it cannot)."""
    try:
        service = service or Service(executable)
        if language.lower().startswith(SEGMENTED) and service.warmed != language:
            service.warm(language)
        return service
    except (OSError, PagefindFailed):
        return None


class Services:
    """The services of one build: started when first needed, all ended when the build leaves the
    `with` (killed, if it leaves with an error)."""

    def __init__(self, executable: Path) -> None:
        self.executable = executable
        self._all: list[Service] = []

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc) -> None:
        for service in self._all:
            service.close(now=exc[0] is not None)

    def index_pages(self, pages: list[tuple[str, str]], exclude: str) -> dict[str, bytes]:
        """One bundle's files (Service.index_pages), by the first service."""
        return self._services(1)[0].index_pages(pages, exclude)

    def index_many(self, bundles: Iterable[tuple[K, list[tuple[str, str]]]], exclude: str, count: int,
                   ) -> Iterator[tuple[K, dict[str, bytes]]]:
        """(key, the bundle's files) for each (key, pages) of the `count` bundles, in their order, made
        by one service a core (at most one a bundle). Each service has the next bundle asked before
        the last is collected, so none waits while this process reads the next bundle's pages or
        stores the last one's files (the bundles are taken from the iterable one at a time)."""
        asked: collections.deque[tuple[K, Service, tuple]] = collections.deque()
        for number, (key, pages) in enumerate(bundles):
            services = self._services(max(1, min(count, os.cpu_count() or 1)))  # (none for no bundle)
            service = services[number % len(services)]
            asked.append((key, service, service.submit(pages, exclude)))
            if len(asked) == 2 * len(services):
                key, service, ticket = asked.popleft()
                yield key, service.collect(ticket)
        while asked:
            key, service, ticket = asked.popleft()
            yield key, service.collect(ticket)

    def _services(self, count: int) -> list[Service]:
        while len(self._all) < count:
            try:
                self._all.append(Service(self.executable))
            except OSError as e:
                raise NotStarted(e) from None
        return self._all[:count]
