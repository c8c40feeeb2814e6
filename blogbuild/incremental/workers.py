"""Worker processes: pure work (rendering posts and pages, parsing front matter) shared by forked
children, each result sent back pickled through a pipe.

Not multiprocessing.Pool: a pool worker killed while it holds the task queue's lock (a SIGTERM to
the process group) makes the pool's clean-up wait forever. Here the children share nothing; on any
exception, an interrupt included, they are killed and reaped. Where os.fork is missing (Windows),
everything runs in this process.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from blogbuild.errors import BlogbuildError

PARALLEL_ITEMS = 24
"""Fewer posts to render than this: render them in this process (a pool costs ~0.1 s to start)."""
PARALLEL_PAGES = 300

def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


def _worker_signals() -> None:
    """Workers leave Ctrl-C to the parent, which kills them; SIGTERM kills a worker outright (the
    CLI's handler, inherited, would otherwise print a traceback from every worker)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def forked(n: int, work: Callable[[int, int], Any]) -> list[Any]:
    """[work(k, n) for k in range(n)], each in a forked child process: work and what it uses
    reach the children by fork (closures are fine), results come back pickled through a pipe.

    Not multiprocessing.Pool: a pool worker killed while it holds the task queue's lock (a
    SIGTERM to the process group) makes the pool's clean-up wait forever. Here the children share
    nothing; on any exception, an interrupt included, they are killed and reaped.
    An exception raised by work() in a child is raised here.
    """
    return Forked(n, work).join()


class Forked:
    """forked() in two steps: the children start at once, this process goes on with other work,
    and `join()` collects their results. Call `join()` or `kill()`, whatever happens in between."""

    def __init__(self, n: int, work: Callable[[int, int], Any]) -> None:
        self.children: list[tuple[int, int]] = []
        self.running: set[int] = set()
        try:
            for k in range(n):
                read_end, write_end = os.pipe()
                pid = os.fork()
                if pid == 0:  # the child: never returns
                    os.close(read_end)
                    _child(write_end, work, k, n)
                os.close(write_end)
                self.children.append((pid, read_end))
                self.running.add(pid)
        except BaseException:
            self.kill()
            raise

    def join(self) -> list[Any]:
        try:
            results = []
            for pid, read_end in self.children:
                with os.fdopen(read_end, "rb", closefd=False) as pipe:
                    data = pipe.read()
                status = os.waitpid(pid, 0)[1]
                self.running.discard(pid)
                if not data:
                    raise ChildProcessError(f"a worker process died ({describe_status(status)})")
                kind, value = pickle.loads(data)
                if kind == "error":
                    raise value
                results.append(value)
            return results
        finally:
            self.kill()

    def kill(self) -> None:
        """Kill and reap the children still running; close the pipes."""
        for pid in self.running:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        for pid in self.running:
            with contextlib.suppress(OSError):
                os.waitpid(pid, 0)
        self.running.clear()
        for _, read_end in self.children:
            with contextlib.suppress(OSError):
                os.close(read_end)
        self.children = []


def describe_status(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"killed by signal {os.WTERMSIG(status)}"
    return f"exit code {os.waitstatus_to_exitcode(status)}"


def _child(write_end: int, work: Callable[[int, int], Any], k: int, n: int) -> None:
    code = 0
    try:
        _worker_signals()
        gc.enable()
        try:
            data = pickle.dumps(("ok", work(k, n)), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException as e:  # noqa: BLE001  sent to the parent, which raises it
            code = 1
            try:
                data = pickle.dumps(("error", e), protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:  # noqa: BLE001  an exception that does not pickle
                data = pickle.dumps(("error", RuntimeError(f"{type(e).__name__}: {e}")))
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(data)
    finally:
        os._exit(code)  # no atexit handlers, no flushing of the parent's buffers


@dataclass(frozen=True)
class _Failed:
    error: BlogbuildError


def parallel_map(fn: Callable[[Any], Any], items: list, jobs: int, *, min_items: int = PARALLEL_ITEMS) -> list:
    """[fn(x) for x in items], in forked processes when there is enough work for them.

    fn and items reach the workers by fork, not pickling (closures are fine); results come back
    pickled. The first BlogbuildError in item order is raised, whatever `jobs` is.
    """
    if jobs <= 1 or len(items) < max(2, min_items):
        return [fn(x) for x in items]

    def stripe(k: int, n: int) -> list:
        out = []
        for item in items[k::n]:
            try:
                out.append(fn(item))
            except BlogbuildError as e:
                out.append(_Failed(e))
        return out

    n = min(jobs, len(items))
    stripes = forked(n, stripe)
    results = [stripes[i % n][i // n] for i in range(len(items))]
    for r in results:
        if isinstance(r, _Failed):
            raise r.error
    return results
