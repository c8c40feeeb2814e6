#!/usr/bin/env python3
"""Time from saving a post to the reloaded page, with `blogbuild serve` on a large site.

    python bench/serve_reload.py [--posts 1000] [--runs 7] [--browser] [--site DIR]

Makes the synthetic corpus (bench/make_corpus.py, or --corpus-script), adds a
blog.yaml, starts the real CLI (`python -m blogbuild serve --port 0`) in a subprocess and, for each
run, appends a unique line to one post and measures:

  event   file written -> the server's Server-Sent Events stream announces the new build
          (the moment an open tab calls location.reload())
  page    file written -> event received and the post's HTML, fetched over HTTP, has the new line
          (what a reloading tab gets)
  browser file written -> the new line is in the DOM of a headless Chromium tab that had the post
          open (with --browser; needs playwright and /usr/bin/chromium)
  rebuild the build time the server itself prints for that rebuild

Prints one line per run and a summary (median, min, max) as text and as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import socket
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import serve_process
from serve_process import ServeProcess

DEFAULT_CORPUS = Path(os.environ.get("BLOGBUILD_CORPUS_SCRIPT", serve_process.CORPUS_SCRIPT))
EVENTS_PATH = "/__blogbuild/events"


def make_site(root: Path, posts: int, script: Path) -> None:
    serve_process.make_site(root, posts, script, "Bench", "https://example.org/blog/")


class Events:
    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=120)
        self.sock.sendall(f"GET {EVENTS_PATH} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
        self.buf = b""
        self._until(b"\r\n\r\n")

    def _until(self, sep: bytes) -> bytes:
        while sep not in self.buf:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise RuntimeError("event stream closed")
            self.buf += chunk
        item, _, self.buf = self.buf.partition(sep)
        return item

    def next_epoch(self, timeout: float = 300) -> str:
        deadline = time.monotonic() + timeout
        while True:
            if time.monotonic() > deadline:  # the server sends a ping every 15 s, so recv never times out
                raise SystemExit(f"no rebuild announced within {timeout} s")
            event = self._until(b"\n\n").decode()
            if "event: epoch" in event:
                return event.rsplit("data: ", 1)[1].strip()


def fetch(port: int, path: str) -> str:
    with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    return data.decode("utf-8", "replace")


def pick_post(root: Path) -> tuple[Path, str]:
    files = sorted((root / "posts").glob("*.md"))
    path = files[len(files) // 2]
    slug = re.search(r"^slug:\s*(\S+)\s*$", path.read_text(encoding="utf-8"), re.MULTILINE)
    return path, slug.group(1) if slug else path.stem


def summary(name: str, values: list[float]) -> str:
    if not values:
        return f"{name:8s} -"
    return (f"{name:8s} median {statistics.median(values) * 1000:7.0f} ms   min {min(values) * 1000:7.0f} ms   "
            f"max {max(values) * 1000:7.0f} ms   (n={len(values)})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--browser", action="store_true", help="also time the reload in headless Chromium")
    ap.add_argument("--site", type=Path, help="use (or create) the corpus here instead of a temp folder")
    ap.add_argument("--corpus-script", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args()

    tmp = None
    if args.site is None:
        tmp = tempfile.TemporaryDirectory(prefix="blogbuild-bench-serve-")
        args.site = Path(tmp.name) / "site"
    root = args.site.resolve()
    if not (root / "blog.yaml").is_file():
        print(f"making a {args.posts}-post corpus in {root} ...", flush=True)
        make_site(root, args.posts, args.corpus_script)
    n_posts = len(list((root / "posts").glob("*.md")))

    started = time.perf_counter()
    server = ServeProcess(root)
    startup = time.perf_counter() - started
    print("".join(server.lines).rstrip(), flush=True)
    print(f"server up in {startup:.2f} s (process start + initial build)", flush=True)

    post, slug = pick_post(root)
    url_path = f"{server.base}archives/{slug}/"
    original = post.read_text(encoding="utf-8")
    page = browser = None
    results: dict[str, list[float]] = {"event": [], "page": [], "browser": [], "rebuild": []}
    try:
        if args.browser:
            from playwright.sync_api import sync_playwright

            pw = sync_playwright().start()
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                         args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.port}{url_path}", wait_until="domcontentloaded")
        events = Events(server.port)
        events.next_epoch()
        for run in range(1, args.runs + 1):
            token = f"bench-{run}-{uuid.uuid4().hex[:8]}"
            lines_before = len(server.lines)
            t0 = time.perf_counter()
            post.write_text(original + f"\n\nEdited line {token}.\n", encoding="utf-8")
            events.next_epoch()
            t_event = time.perf_counter() - t0
            html = fetch(server.port, url_path)
            t_page = time.perf_counter() - t0
            if token not in html:
                raise SystemExit(f"run {run}: the served page lacks the edit")
            t_browser = None
            if page is not None:
                page.wait_for_function(f"document.body && document.body.innerText.includes({json.dumps(token)})",
                                       timeout=120_000)
                t_browser = time.perf_counter() - t0
            deadline = time.monotonic() + 10
            rebuild = None
            while rebuild is None and time.monotonic() < deadline:
                for line in server.lines[lines_before:]:
                    m = re.search(r"modified: built .* in (\d+\.\d+) s", line)
                    if m:
                        rebuild = float(m.group(1))
                time.sleep(0.01)
            results["event"].append(t_event)
            results["page"].append(t_page)
            if t_browser is not None:
                results["browser"].append(t_browser)
            if rebuild is not None:
                results["rebuild"].append(rebuild)
            print(f"run {run}: event {t_event * 1000:6.0f} ms  page {t_page * 1000:6.0f} ms"
                  + (f"  browser {t_browser * 1000:6.0f} ms" if t_browser is not None else "")
                  + (f"  (server rebuild {rebuild:.2f} s)" if rebuild is not None else ""), flush=True)
            time.sleep(0.5)
    finally:
        post.write_text(original, encoding="utf-8")
        if browser is not None:
            browser.close()
            pw.stop()
        server.stop()
        if tmp is not None:
            tmp.cleanup()

    print()
    print(f"{n_posts} posts, edited {post.name}; {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} CPUs, {platform.machine()}")
    for name, values in results.items():
        print(summary(name, values))
    print(json.dumps({"posts": n_posts, "startup_s": round(startup, 3),
                      **{k: [round(v, 4) for v in vs] for k, vs in results.items()}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
