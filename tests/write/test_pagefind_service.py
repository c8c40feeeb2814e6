"""write/pagefind_service.py's failures: a Pagefind that ends says why in its last line on stderr,
and that line is the build's message, however much of a request was still unsent."""

from __future__ import annotations

import pytest

from blogbuild.write.pagefind_service import PagefindFailed, Service


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
        service.collect(service.submit(tmp_path, ".math"))
    service.close(now=True)
