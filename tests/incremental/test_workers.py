"""The build's worker processes (blogbuild.incremental.workers.forked): results in order, errors carried over,
a dead worker is an error (never a hang), and no worker outlives an interrupted parent."""

from __future__ import annotations

import os
import signal
import time

import pytest

from blogbuild.errors import ContentError
from blogbuild.incremental import workers


def test_results_come_back_in_order():
    results = workers.forked(3, lambda k, n: (k, n, os.getpid()))
    assert [r[:2] for r in results] == [(0, 3), (1, 3), (2, 3)]
    assert len({r[2] for r in results} | {os.getpid()}) == 4  # three children, none of them us


def test_parallel_map_keeps_item_order_and_the_first_error():
    items = list(range(50))
    assert workers.parallel_map(lambda x: x * x, items, 3, min_items=2) == [x * x for x in items]

    def fail_on_13_and_31(x):
        if x in (13, 31):
            raise ContentError(f"bad {x}", f"posts/{x}.md", x)
        return x

    with pytest.raises(ContentError) as info:
        workers.parallel_map(fail_on_13_and_31, items, 3, min_items=2)
    assert str(info.value) == "posts/13.md:13: bad 13"  # the first in item order, with its place


def test_an_unexpected_exception_in_a_worker_is_raised_here():
    def boom(k, n):
        if k == 1:
            raise ValueError("worker 1 failed")
        return k

    with pytest.raises(ValueError, match="worker 1 failed"):
        workers.forked(2, boom)


def test_a_worker_killed_from_outside_is_an_error_not_a_hang():
    def die(k, n):
        if k == 0:
            os.kill(os.getpid(), signal.SIGKILL)
        return k

    started = time.monotonic()
    with pytest.raises(ChildProcessError, match="killed by signal 9"):
        workers.forked(2, die)
    assert time.monotonic() - started < 10


def test_an_interrupted_parent_leaves_no_worker_behind():
    pids_file = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"blogbuild-workers-{os.getpid()}")

    def slow(k, n):
        with open(pids_file, "a") as f:
            f.write(f"{os.getpid()}\n")
        time.sleep(60)
        return k

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, 0.5)
    try:
        with pytest.raises(KeyboardInterrupt):
            workers.forked(2, slow)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    with open(pids_file) as f:
        pids = [int(line) for line in f]
    os.unlink(pids_file)
    assert len(pids) == 2
    for pid in pids:  # killed and reaped: no such process any more
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
