#!/usr/bin/env python3
"""`blogbuild serve` under load while posts are edited, and under path-traversal attack.

    python bench/serve_load.py [--clients 50] [--seconds 30] [--posts 200] [--edit-every 1.0]

Makes the synthetic corpus (bench/make_corpus.py), starts the
real CLI (`python -m blogbuild serve --port 0`) in a subprocess, and runs for --seconds:

  clients   --clients threads, each on its own keep-alive HTTP/1.1 connection, fetching a random
            page of the site (index pages, posts, tags, the feed, CSS) over and over; a response
            is correct when it is 200 with a complete body (HTML ends with </html>, the length
            matches Content-Length), or a 404 for the few missing URLs asked on purpose
  editor    appends a line to a random post every --edit-every seconds (the server rebuilds)
  attacker  one more client sending path-traversal requests (encoded dots and slashes, double
            encoding, backslashes, absolute paths, NUL bytes, over-long targets); every answer
            must be 400/403/404 and must not contain the secret planted beside the output

Prints requests/s, latency percentiles, errors by kind, rebuilds seen, and the same as JSON.
Stdlib only (plus blogbuild itself).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import socket
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import serve_process
from serve_process import ServeProcess

REPO = Path(__file__).resolve().parent.parent
SECRET = "TOP-SECRET-d41d8cd98f00b204"

TRAVERSALS = [
    "/../secret.txt", "/../../secret.txt", "/static/../../secret.txt", "/%2e%2e/secret.txt",
    "/%2E%2E/%2e%2e/secret.txt", "/.%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/%252e%252e/secret.txt",
    "/%252e%252e%252fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt",
    "//etc/passwd", "/etc/passwd", "/%2fetc/passwd", "/index.html%00.css", "/%00", "/%c0%ae%c0%ae/secret.txt",
    "/" + "a/" * 5000, "/..%2f..%2f..%2fetc%2fpasswd", "/static/..%255c..%255csecret.txt",
    "/%u002e%u002e/secret.txt", "/....//....//secret.txt", "/.../secret.txt",
]


def make_site(root: Path, posts: int) -> None:
    serve_process.make_site(root, posts, serve_process.CORPUS_SCRIPT, "Load", "https://example.org/")


def site_paths(server: ServeProcess, root: Path) -> list[str]:
    """URLs to fetch: taken from the served index and post pages, plus a few that do not exist."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    conn.request("GET", server.base)
    index = conn.getresponse().read().decode("utf-8")
    links = sorted(set(re.findall(r'href="(/[^"#?]*)"', index)))
    paths = [p for p in links if not p.startswith("/__")]
    paths += [server.base + "static/style.css", server.base + "atom.xml", server.base + "no-such-page/"]
    return paths


def client(port: int, paths: list[str], stop: float, stats: dict, lock: threading.Lock, seed: int) -> None:
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    local_lat: list[float] = []
    errors: Counter = Counter()
    ok = 0
    while time.monotonic() < stop:
        path = rng.choice(paths)
        started = time.perf_counter()
        try:
            conn.request("GET", path)
            r = conn.getresponse()
            body = r.read()
            took = time.perf_counter() - started
            length = r.getheader("content-length")
            if r.status == 404 and "no-such-page" in path:
                ok += 1
            elif r.status != 200:
                errors[f"status {r.status}"] += 1
            elif length is not None and int(length) != len(body):
                errors["short body"] += 1
            elif path.endswith("/") and not body.rstrip().endswith(b"</html>"):
                errors["incomplete html"] += 1
            else:
                ok += 1
            local_lat.append(took)
            if r.getheader("connection", "").lower() == "close":
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        except (OSError, http.client.HTTPException) as e:
            errors[type(e).__name__] += 1
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.close()
    with lock:
        stats["ok"] += ok
        stats["latency"] += local_lat
        stats["errors"].update(errors)


def raw_request(port: int, target: str) -> tuple[int, bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"GET " + target.encode("latin-1", "replace") + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  b"Connection: close\r\n\r\n")
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0
    return status, data


def attacker(server: ServeProcess, stop: float, stats: dict, lock: threading.Lock) -> None:
    counts: Counter = Counter()
    leaks = 0
    base = server.base.rstrip("/")
    while time.monotonic() < stop:
        for target in TRAVERSALS:
            status, data = raw_request(server.port, base + target if target.startswith("/") else target)
            counts[status] += 1
            if SECRET.encode() in data or b"root:x:" in data:
                leaks += 1
    with lock:
        stats["attacks"] = dict(counts)
        stats["leaks"] = leaks


def editor(root: Path, stop: float, every: float, stats: dict) -> None:
    posts = sorted((root / "posts").glob("*.md"))
    rng = random.Random(7)
    n = 0
    while time.monotonic() < stop:
        path = rng.choice(posts)
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"\nEdited under load, {n}: $x_{n}^2$.\n")
        n += 1
        time.sleep(every)
    stats["edits"] = n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--posts", type=int, default=200)
    ap.add_argument("--edit-every", type=float, default=1.0)
    ap.add_argument("--site", type=Path, help="an existing site instead of a new corpus")
    args = ap.parse_args()

    root = args.site or Path(tempfile.mkdtemp(prefix="blogbuild-load-")) / "site"
    if args.site is None:
        make_site(root, args.posts)
    server = ServeProcess(root)
    planted: list[Path] = []
    try:
        # serve builds into a private folder under the temp dir: plant the secret around it
        planted = [root / "secret.txt", Path(tempfile.gettempdir()) / "secret.txt"]
        for path in planted:
            path.write_text(SECRET, encoding="utf-8")
        paths = site_paths(server, root)
        stats: dict = {"ok": 0, "latency": [], "errors": Counter()}
        lock = threading.Lock()
        stop = time.monotonic() + args.seconds
        threads = [threading.Thread(target=client, args=(server.port, paths, stop, stats, lock, i))
                   for i in range(args.clients)]
        threads.append(threading.Thread(target=attacker, args=(server, stop, stats, lock)))
        threads.append(threading.Thread(target=editor, args=(root, stop, args.edit_every, stats)))
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - started
    finally:
        server.stop()
        for path in planted:
            path.unlink(missing_ok=True)
    lat = sorted(stats["latency"])
    total = stats["ok"] + sum(stats["errors"].values())
    rebuilds = sum(1 for line in server.lines if " built " in line or "rebuilt" in line.lower())
    result = {
        "clients": args.clients, "seconds": round(elapsed, 1), "posts": args.posts, "paths": len(paths),
        "requests": total, "requests_per_s": round(total / elapsed, 1), "ok": stats["ok"],
        "errors": dict(stats["errors"]), "error_rate": round(sum(stats["errors"].values()) / max(total, 1), 5),
        "latency_ms": {"p50": round(1000 * statistics.median(lat), 1) if lat else None,
                       "p90": round(1000 * lat[int(0.9 * (len(lat) - 1))], 1) if lat else None,
                       "p99": round(1000 * lat[int(0.99 * (len(lat) - 1))], 1) if lat else None,
                       "max": round(1000 * lat[-1], 1) if lat else None},
        "edits": stats.get("edits", 0), "rebuild_log_lines": rebuilds,
        "traversal_answers": stats.get("attacks", {}), "traversal_leaks": stats.get("leaks", 0),
        "cpus": os.cpu_count(), "python": sys.version.split()[0],
    }
    print(f"{result['requests']} requests in {result['seconds']} s from {args.clients} clients: "
          f"{result['requests_per_s']} req/s, errors {result['errors'] or 0} ({result['error_rate']:.3%}); "
          f"latency p50 {result['latency_ms']['p50']} ms, p99 {result['latency_ms']['p99']} ms; "
          f"{result['edits']} edits; traversal answers {result['traversal_answers']}, "
          f"leaks {result['traversal_leaks']}")
    print(json.dumps(result))
    if result["traversal_leaks"] or set(result["traversal_answers"]) - {400, 403, 404, 414}:
        raise SystemExit("traversal: a request was not refused")


if __name__ == "__main__":
    main()
