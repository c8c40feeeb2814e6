"""Never a half-built site: the build lock, signals, and clean-up after an interrupted build.

- ``build_lock(out)``: one build at a time per output folder (``flock`` on ``.<name>.blogbuild-lock``
  next to it, deleted afterwards). A second build fails at once with a clear message; the lock
  dies with its process, so a killed build never leaves a stale lock behind.
- ``deferred_signals()``: SIGINT/SIGTERM are held back while the new files are moved into the
  output folder, and delivered right after, so an interrupt never leaves a mix of two sites.
- ``handle_sigterm()``: the CLI turns SIGTERM into ``Terminated`` (a KeyboardInterrupt), so a
  terminated build unwinds and deletes its temporary folder like a Ctrl-C'd one.
- When a build ends with an exception while holding the lock, every temporary folder of that
  output is deleted (ours, and any left by a build killed with SIGKILL or a power cut). Taking
  the lock deletes the leftovers of killed builds too.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

from blogbuild.errors import OutputError
from blogbuild.write.output import TEMP_PREFIX

try:
    import fcntl
except ImportError:  # Windows: no lock
    fcntl = None  # type: ignore[assignment]

LOCK_SUFFIX = ".blogbuild-lock"
_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that every `finally` and clean-up runs."""


def lock_path(out: Path) -> Path:
    return out.parent / f".{out.name}{LOCK_SUFFIX}"


def stale_temps(out: Path) -> list[Path]:
    """Temporary folders of builds into `out`: new files waiting to be moved in (and, from older
    versions of blogbuild, old sites being deleted and the persistent stage folder)."""
    try:
        names = os.listdir(out.parent)
    except OSError:
        return []
    prefixes = (f"{TEMP_PREFIX}{out.name}-", f"{TEMP_PREFIX}old-{out.name}-")
    return [out.parent / n for n in sorted(names)
            if n.startswith(prefixes) or n == f".{out.name}.blogbuild-stage"]


def sweep_temps(out: Path) -> None:
    """Delete the temporary folders of builds into `out` (call it only while holding the lock)."""
    for path in stale_temps(out):
        shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def build_lock(out: Path, display: str) -> Iterator[None]:
    """Hold the output folder's build lock; on an exception, delete every temporary folder of it.

    display names the output folder in messages (as blog.yaml or --output gave it). Taking and
    releasing the lock are never cut short by a signal, so no lock file is left behind.
    """
    if fcntl is None:
        yield
        return
    path = lock_path(out)
    fd = None
    try:
        with deferred_signals():
            if out.parent.exists() and not out.parent.is_dir():
                raise OutputError(f"cannot create the output folder: {out.parent} is a file", display)
            try:
                out.parent.mkdir(parents=True, exist_ok=True)
                fd = _acquire(path, display)
            except OSError as e:
                raise OutputError(f"cannot write next to the output folder: {e.strerror or e}", display,
                                  hint=f"the new site is written beside it, in {out.parent}, "
                                       "before it replaces it") from None
            sweep_temps(out)  # left by a build that was killed outright
        yield
    except BaseException:
        if fd is not None:
            with deferred_signals():
                sweep_temps(out)
        raise
    finally:
        if fd is not None:
            with deferred_signals():
                with contextlib.suppress(OSError):
                    os.unlink(path)
                os.close(fd)


def _acquire(path: Path, display: str) -> int:
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip()
            os.close(fd)
            who = f"pid {holder}" if holder.isdigit() else "another process"
            raise OutputError(f"another build ({who}) is writing this output folder right now",
                              display, hint="wait for it to finish, then build again") from None
        # The holder before us may have deleted the file after we opened it: lock the live file.
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            same = False
        if same:
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
            return fd
        os.close(fd)


def check_writable(out: Path, display: str) -> None:
    """A read-only output folder is refused before anything is written (the new files could not be moved in)."""
    if out.is_dir() and not os.access(out, os.W_OK):
        raise OutputError("the output folder is read-only; refusing to replace it", display,
                          hint="make it writable or choose another 'output:'")


@contextlib.contextmanager
def deferred_signals() -> Iterator[None]:
    """Hold back SIGINT and SIGTERM for the duration (they are delivered when it ends)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


@contextlib.contextmanager
def handle_sigterm() -> Iterator[None]:
    """In the main thread: SIGTERM raises Terminated for the duration."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def _raise(signum, frame):
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, _raise)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
