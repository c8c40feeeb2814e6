"""`blogbuild serve`: build, serve on localhost, rebuild on every change, reload the open tabs.

    SiteServer.start()
      ├── watcher threads   watchfiles: posts/ pages/ comments/ templates/ static/ (recursive), the
      │                     site root (blog.yaml, source folders appearing or vanishing)
      ├── builder thread    coalesces change batches → build() → epoch += 1 → wakes the SSE streams
      └── HTTP thread       ThreadingHTTPServer: files of the last good build, the error page
                            instead of HTML while the last build failed, /__blogbuild/events (SSE)

The site is built with the public `build()` into a private temporary folder, never into the
configured output: serve builds with a localhost base URL (absolute links in the feed, sitemap and
canonical tags point at this server), which must not end up in the folder that gets deployed, and
a `blogbuild build` running meanwhile must not race with the server's rebuilds. The folder is
deleted when the server stops. Rebuilding only what changed is `build()`'s job (its render cache);
serve only decides when to call it.

The live-reload script is added to HTML responses as they are sent (`livereload.inject`); the
files on disk are exactly what `build` writes.

The rooms of serve/: server.py (this: lifecycle, rebuild loop, the command), handler.py (HTTP),
targets.py (request target → file), hosts.py (Host header), error_page.py, watch.py, livereload.py.

`build()` forks its worker processes (incremental.workers) from the builder thread, while the other
threads run. A forked child has only the forking thread, and a lock another thread held at that
moment stays held in it, which is what Python 3.12's "multi-threaded, use of fork()" warning is
about. Here no other thread holds a lock a worker takes: only the builder thread prints (request
logging is off), and a worker only renders, writes its stage files and its pipe, and exits with
os._exit. Python resets its own import and logging locks in the child.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

import watchfiles

from blogbuild.build import build
from blogbuild.errors import BlogbuildError
from blogbuild.serve.handler import Handler, SiteHTTPServer, SiteHTTPServer6
from blogbuild.serve.hosts import allowed_hosts
from blogbuild.serve.notice import warnings_by_page
from blogbuild.serve.watch import Either, SourceFilter, describe_changes
from blogbuild.site.config import CONFIG_NAME, load_config, missing_config
from blogbuild.site.folders import SOURCE_DIRS
from blogbuild.site.models import BuildOptions


def _default_log(line: str) -> None:
    print(line, flush=True)


class SiteServer:
    """A running `blogbuild serve`: start() builds once and serves; stop() ends everything."""

    def __init__(self, root: Path | str = ".", *, host: str = "127.0.0.1", port: int = 8000,
                 drafts: bool = False, log: Callable[[str], None] = _default_log, math: str = "client") -> None:
        """math: "client" (the default whatever blog.yaml says: a save shows at once, no
        typesetting at build time) or "server" (previews what `build --math server` deploys)."""
        self.root = Path(root).resolve()
        self.host = host
        self.allowed_hosts = allowed_hosts(host)
        self.port = port
        self.drafts = drafts
        self.math = math
        self.log = log
        self._tmp: Path | None = None
        self.out = Path()
        self._cond = threading.Condition()
        self._serial = 0
        self._instance = os.urandom(4).hex()
        self._error: BaseException | None = None
        self.notices: dict[str, list] = {}
        """The last build's warnings by page file (serve.notice), shown on those pages."""
        self._base_path = "/"
        self._stop = threading.Event()
        self._restart_dirs = threading.Event()
        self._busy = False
        self._rebuilds = 0
        """Rebuilds begun: a tab's stream that looked before one began and after it ended still
        tells the tab it happened."""
        self._changes: queue.Queue = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._httpd: SiteHTTPServer | None = None
        self.origin = ""
        self.builds = 0

    # -- state shared with the request threads ------------------------------------------------

    @property
    def epoch(self) -> str:
        return f"{self._instance}-{self._serial}"

    def snapshot(self) -> tuple[str, BaseException | None, str]:
        with self._cond:
            return self.epoch, self._error, self._base_path

    def wait_for_state(self, last: tuple[str, bool, int] | None, timeout: float) -> tuple[str, bool, int] | None:
        """(epoch, rebuilding, rebuilds begun) once it differs from `last` or `timeout` passed;
        None when stopping."""
        with self._cond:
            if not self._stop.is_set() and (self.epoch, self._busy, self._rebuilds) == last:
                self._cond.wait(timeout)
            return None if self._stop.is_set() else (self.epoch, self._busy, self._rebuilds)

    @property
    def url(self) -> str:
        return self.origin + self._base_path

    @property
    def error(self) -> BaseException | None:
        return self._error

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> SiteServer:
        if not (self.root / CONFIG_NAME).is_file():
            raise missing_config(self.root)
        cls = SiteHTTPServer6 if ":" in self.host else SiteHTTPServer
        try:
            self._httpd = cls((self.host, self.port), Handler)
        except OSError as e:
            raise BlogbuildError(f"cannot listen on {self.host}:{self.port}: {e.strerror or e}",
                                 hint="is another server running there? try --port") from None
        self._httpd.site = self
        port = self._httpd.server_address[1]
        shown = self.host
        if shown in ("", "0.0.0.0", "::"):
            shown = "127.0.0.1"
        if ":" in shown:
            shown = f"[{shown}]"
        self.origin = f"http://{shown}:{port}"
        self._tmp = Path(tempfile.mkdtemp(prefix="blogbuild-serve-"))
        self.out = self._tmp / "site"

        ready = [threading.Event(), threading.Event()]
        self._spawn(self._watch_root, ready[0], name="blogbuild-watch-root")
        self._spawn(self._watch_dirs, ready[1], name="blogbuild-watch-dirs")
        for event in ready:
            event.wait(5)
        self._rebuild("initial build")
        self._spawn(self._build_loop, name="blogbuild-builder")
        self._spawn(self._httpd.serve_forever, 0.1, name="blogbuild-http")
        return self

    def stop(self) -> None:
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        self._changes.put(None)
        if self._httpd is not None:
            if any(t.name == "blogbuild-http" for t in self._threads):
                self._httpd.shutdown()
            self._httpd.server_close()
        if self._busy:
            self.log("Waiting for the running build to finish...")
        for t in self._threads:
            t.join(60 if t.name == "blogbuild-builder" else 5)
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)

    def __enter__(self) -> SiteServer:  # noqa: PYI034 -- start() returns self
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _spawn(self, target: Callable, *args: object, name: str) -> None:
        t = threading.Thread(target=target, args=args, name=name, daemon=True)
        t.start()
        self._threads.append(t)

    # -- building -----------------------------------------------------------------------------

    def _rebuild(self, reason: str) -> None:
        started = time.perf_counter()
        error: BaseException | None = None
        base_path = None
        report = None
        try:
            config = load_config(self.root)
            base_path = config.base_path
            report = build(self.root, BuildOptions(drafts=self.drafts, base_url=self.origin + base_path,
                                                   output=str(self.out), search=False, math=self.math))
        except Exception as e:  # noqa: BLE001 -- nothing a build does may kill the server
            error = e
        seconds = time.perf_counter() - started
        # nothing changed, or a build that wrote and deleted nothing (a file saved unchanged)
        skipped = report is not None and (getattr(report, "skipped", False) or (
            getattr(report, "written", 1) == 0 and getattr(report, "removed", 1) == 0))
        with self._cond:
            # a build that found nothing changed (and ends no error) leaves the tabs alone
            reload = not (skipped and self._error is None)
            self._error = error
            if error is None and base_path is not None:
                self._base_path = base_path
            if report is not None and not getattr(report, "skipped", False):
                self.notices = warnings_by_page(self.root, config, getattr(report, "warnings", ()))
            if reload:
                self._serial += 1
            self.builds += 1
            self._busy = False
            self._cond.notify_all()
        stamp = time.strftime("%H:%M:%S")
        if skipped:
            self.log(f"[{stamp}] {reason}: nothing to rebuild ({seconds:.2f} s)")
        elif report is not None:
            rendered = getattr(report, "rendered", None)
            posts = f"{report.posts} posts" + (f" ({rendered} rendered)" if rendered is not None else "")
            self.log(f"[{stamp}] {reason}: built {posts}, {report.pages} pages in {seconds:.2f} s")
        else:
            if isinstance(error, BlogbuildError):
                text = str(error)
            else:
                text = "".join(traceback.format_exception(type(error), error, error.__traceback__)).rstrip()
            lines = text.splitlines() or [""]
            self.log(f"[{stamp}] {reason}: build failed in {seconds:.2f} s: {lines[0]}")
            for line in lines[1:]:
                self.log(f"    {line}")

    def _build_loop(self) -> None:
        while True:
            batch = self._changes.get()
            if batch is None:
                return
            changes = set(batch)
            while True:  # coalesce whatever else arrived meanwhile
                try:
                    more = self._changes.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    return
                changes |= set(more)
            if self._stop.is_set():
                return
            with self._cond:
                self._busy = True  # open tabs show "Rebuilding..." until the new epoch or the all-clear
                self._rebuilds += 1
                self._cond.notify_all()
            self._rebuild(describe_changes(self.root, changes))

    # -- watching -----------------------------------------------------------------------------

    def _watch_root(self, ready: threading.Event) -> None:
        """blog.yaml, and the source folders appearing or vanishing (not recursive)."""
        names = {CONFIG_NAME, *SOURCE_DIRS}

        def wanted(_change: object, path: str) -> bool:
            return Path(path).name in names and Path(path).parent == self.root

        ready.set()
        for changes in watchfiles.watch(self.root, recursive=False, watch_filter=wanted,
                                        stop_event=self._stop, raise_interrupt=False):
            if any(Path(p).name in SOURCE_DIRS and int(c) != 2 for c, p in changes):
                self._restart_dirs.set()
            self._changes.put(changes)

    def _watch_dirs(self, ready: threading.Event) -> None:
        """posts/ pages/ comments/ templates/ static/ (SOURCE_DIRS), recursively; restarted when one appears or goes."""
        restarted = False
        while not self._stop.is_set():
            self._restart_dirs.clear()
            dirs = [self.root / d for d in SOURCE_DIRS if (self.root / d).is_dir()]
            ready.set()
            if not dirs:
                self._restart_dirs.wait(0.2)
                restarted = True
                continue
            try:
                # A file written while the watch restarts (templates/ made, then a template saved in
                # it) is seen by no watcher: once the new watch runs (its first timeout), rebuild.
                catch_up, restarted = restarted, True
                for changes in watchfiles.watch(*dirs, watch_filter=SourceFilter(),
                                                stop_event=Either(self._stop, self._restart_dirs),
                                                raise_interrupt=False, rust_timeout=100, yield_on_timeout=True):
                    if catch_up:
                        changes = changes or {(watchfiles.Change.modified, os.fspath(d)) for d in dirs}
                        catch_up = False
                    if changes:
                        self._changes.put(changes)
            except (FileNotFoundError, OSError):  # a folder vanished while starting to watch it
                self._stop.wait(0.2)


def serve(root: Path | str = ".", *, host: str = "127.0.0.1", port: int = 8000, drafts: bool = False,
          open_browser: bool = False, math: str = "client") -> int:
    """The CLI's `serve`: runs until Ctrl-C (or SIGTERM), then stops cleanly and returns 0."""
    server = SiteServer(root, host=host, port=port, drafts=drafts, math=math)
    previous = None
    if threading.current_thread() is threading.main_thread():
        owner = os.getpid()

        def _term(signum: int, _frame: object) -> None:
            if os.getpid() != owner:  # a forked build worker that inherited this handler: just die
                signal.signal(signum, signal.SIG_DFL)
                os.kill(os.getpid(), signum)
                return
            raise KeyboardInterrupt
        previous = signal.signal(signal.SIGTERM, _term)
    stop_signals = {signal.SIGINT: None, signal.SIGTERM: None}
    try:
        server.start()  # Ctrl-C here interrupts the initial build (KeyboardInterrupt)
        print(f"Serving {server.root} at {server.url} (Ctrl-C to stop)", flush=True)
        if host in ("", "0.0.0.0", "::"):
            print(f"Listening on all interfaces ({host or '0.0.0.0'}): anyone on your network can read "
                  "this site", flush=True)
        if open_browser:
            import webbrowser

            threading.Thread(target=webbrowser.open, args=(server.url,), daemon=True).start()
        requested: list[int] = []
        if threading.current_thread() is threading.main_thread():
            # From now on a signal only sets a flag: a KeyboardInterrupt raised inside a lock's
            # wait (Event.wait) can leave that lock held, and stop() would then wait for it forever.
            def _request_stop(signum: int, _frame: object) -> None:
                if os.getpid() != owner:  # a forked build worker that inherited this handler: just die
                    signal.signal(signum, signal.SIG_DFL)
                    os.kill(os.getpid(), signum)
                    return
                requested.append(signum)

            for signum in stop_signals:
                stop_signals[signum] = signal.signal(signum, _request_stop)
        while not requested and not server._stop.is_set():
            time.sleep(0.1)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        for signum, handler in stop_signals.items():
            if handler is not None:
                signal.signal(signum, handler)
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    print("Stopped.", flush=True)
    return 0

