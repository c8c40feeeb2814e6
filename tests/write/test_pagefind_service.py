"""write/pagefind_service.py's failures: a Pagefind that ends says why in its last line on stderr,
and that line is the build's message, however much of a request was still unsent."""

from __future__ import annotations

import base64
import itertools
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from blogbuild.write.pagefind_service import NotStarted, PagefindFailed, Service, Services


def test_a_service_that_ended_with_a_request_unsent_says_its_last_line(tmp_path):
    """Under load, the request a failed Pagefind never read was still in our buffer: closing its
    stdin flushed it into a broken pipe, and that error hid Pagefind's own words (CI: "it ended
    (None)" where "Error: the index is on fire" was due)."""
    fake = tmp_path / "pagefind"
    fake.write_text("#!/bin/sh\necho 'Error: the index is on fire' >&2\nexit 3\n", encoding="utf-8")
    fake.chmod(0o755)
    service = Service(fake)
    service._process.wait(timeout=30)
    service._process.stdin.write(b"x" * 100)  # buffered, not yet flushed: as a request in flight
    with pytest.raises(PagefindFailed, match="^Error: the index is on fire$"):
        service.collect(service.submit([("a/index.html", "<p>a</p>")], ".math"))
    service.close(now=True)


class _Pipe:
    """A process's stdout that gives back its bytes in the pieces it was given (read1's sizes)."""

    def __init__(self, pieces: list[bytes]) -> None:
        self.pieces = list(pieces)

    def read1(self, _size: int) -> bytes:
        return self.pieces.pop(0) if self.pieces else b""


@given(messages=st.lists(st.binary(max_size=40).map(lambda b: base64.b64encode(b)), min_size=1, max_size=8),
       cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=12))
def test_messages_are_read_whole_however_the_pipe_cuts_them(messages, cuts):
    """Answers come as base64 text ending in commas, cut anywhere by the pipe (a bundle's files: one
    message of ~1.4 MB in 64 KB pieces): each is read whole, in order, and an end of the pipe in the
    middle of one is Pagefind ending."""
    stream = b"".join(m + b"," for m in messages)
    bounds = sorted({0, len(stream), *(c for c in cuts if c < len(stream))})
    service = Service.__new__(Service)
    service._buffer = b""
    service._process = SimpleNamespace(stdout=_Pipe([stream[a:b] for a, b in itertools.pairwise(bounds)]))
    assert [service._read_until_comma() for _ in messages] == messages
    with pytest.raises(OSError, match="Pagefind ended"):
        service._read_until_comma()


def test_no_service_is_started_for_no_bundle(tmp_path):
    """A build whose bundles all come from the cache or were made ahead (an edit, a new comment)
    starts no Pagefind for the rest: none is asked of it."""
    missing = tmp_path / "no-such-pagefind"  # starting it would raise
    with Services(missing) as services:
        assert list(services.index_many(iter([]), ".math", 0)) == []
    with Services(missing) as services, pytest.raises(NotStarted):
        list(services.index_many(iter([("a", [("a/index.html", "<p>a</p>")])]), ".math", 1))


def test_one_bundle_is_made_by_one_service(monkeypatch):
    """An edit whose bundle was not made ahead (a wrong guess) starts one Pagefind, not one a core
    (each loads its Chinese segmenter: ~0.25 s of CPU); many bundles get one a core."""
    from blogbuild.write import search_index

    started, real = [], Service.__init__
    monkeypatch.setattr(Service, "__init__", lambda self, *a: started.append(self) or real(self, *a))
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    page = [("a/index.html", '<html lang="en"><body><p>word</p></body></html>')]
    with Services(search_index.pagefind_executable()) as services:
        assert [key for key, _files in services.index_many(iter([("a", page)]), ".math", 1)] == ["a"]
    assert len(started) == 1
    with Services(search_index.pagefind_executable()) as services:
        assert [key for key, _ in services.index_many(iter([(n, page) for n in range(3)]), ".math", 3)] == [0, 1, 2]
    assert len(started) == 3
