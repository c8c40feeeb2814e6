#!/usr/bin/env python3
"""Lighthouse (mobile preset, simulated throttling) on the example blog, served with gzip.

    python bench/lighthouse.py                       # client-side MathJax, served from the site
    python bench/lighthouse.py --math server         # if this blogbuild has `build --math server`
    python bench/lighthouse.py --runs 3 --out /tmp/lh.md

Builds a copy of the example blog (with its search index if Pagefind is installed) into a
temporary folder, serves it on 127.0.0.1 as a static host would (gzip for text, a content type
for every file, `Cache-Control: max-age=600` like GitHub Pages; `/` is the site's root), and runs
npm `lighthouse` with the system Chromium (CHROME_PATH, default /usr/bin/chromium) on the post
page of "构造一个显式的、总是可逆的矩阵" and on the index. Prints each category's score, the
metrics behind performance and every audit that lost points, as a Markdown table (--out writes it
to a file as well, the raw reports go beside it as JSON).

Lighthouse is installed with npm into bench/.node on first use (needs node ≥ 18 and npm), and
MathJax 3 likewise when the site copies it (`mathjax.copy_from`): the benchmark does not depend
on a CDN. Not a test: a run takes about half a minute a page.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import mimetypes
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NODE = REPO / "bench" / ".node"
LIGHTHOUSE = NODE / "node_modules" / "lighthouse" / "cli" / "index.js"
MATHJAX = NODE / "node_modules" / "mathjax" / "es5"
PAGES = {"post": "archives/invertible-matrix/", "index": ""}
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
           "cumulative-layout-shift", "speed-index"]
TARGETS = {"performance": 0.95, "accessibility": 0.95, "best-practices": 1.0, "seo": 1.0}
COMPRESSIBLE = {"text/html", "text/css", "text/javascript", "application/javascript", "application/json",
                "image/svg+xml", "application/xml", "text/xml", "text/plain", "application/atom+xml"}


class StaticHost(SimpleHTTPRequestHandler):
    """A static host: files as they are, text gzip-compressed when the browser accepts it."""

    protocol_version = "HTTP/1.1"
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".js": "text/javascript",
                      ".mjs": "text/javascript", ".json": "application/json", ".svg": "image/svg+xml",
                      ".woff2": "font/woff2", ".woff": "font/woff", ".xml": "application/xml",
                      ".wasm": "application/wasm"}

    def log_message(self, format, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path.split("?", 1)[0]))
        if path.is_dir():
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()  # the redirect to the folder
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            return None
        body = path.read_bytes()
        kind = self.guess_type(str(path))
        headers = {"Content-Type": kind + ("; charset=utf-8" if kind.startswith("text/") else ""),
                   "Cache-Control": "max-age=600"}
        if kind.split(";")[0] in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, 6, mtime=0)
            headers["Content-Encoding"] = "gzip"
            headers["Vary"] = "Accept-Encoding"
        self.send_response(200)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        from io import BytesIO

        return BytesIO(body)


def npm_install(*packages: str) -> None:
    NODE.mkdir(parents=True, exist_ok=True)
    subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(NODE), *packages],
                   check=True)


def build_site(work: Path, url: str, math: str | None) -> Path:
    """The example blog, MathJax served from the site itself, built into work/example/public."""
    import yaml

    root = work / "example"
    for name in ("posts", "pages", "comments"):
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, root / name)
    config = yaml.safe_load((REPO / "blog.yaml").read_text(encoding="utf-8"))
    config["url"] = url
    config.setdefault("mathjax", {})["copy_from"] = str(MATHJAX)
    (root / "blog.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    command = [sys.executable, "-m", "blogbuild", "build", "-s", str(root), "--no-cache"]
    if math:
        command += ["--math", math]
    subprocess.run(command, check=True)
    return root / "public"


def lighthouse(url: str, report: Path) -> dict:
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    subprocess.run(["node", str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
                    f"--only-categories={','.join(CATEGORIES)}",
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu"], check=True, env=env)
    return json.loads(report.read_text(encoding="utf-8"))


def summary(result: dict) -> dict:
    audits = result["audits"]
    lost = []
    for name in CATEGORIES:
        for ref in result["categories"][name]["auditRefs"]:
            audit = audits[ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                lost.append(f"{name}: {ref['id']} ({audit['score']:.2f}) {audit.get('displayValue', '')}".strip())
    return {"scores": {name: result["categories"][name]["score"] for name in CATEGORIES},
            "metrics": {m: audits[m]["numericValue"] for m in METRICS},
            "lost": lost}


def table(rows: dict[str, list[dict]]) -> str:
    lines = ["| page | " + " | ".join(CATEGORIES) + " | FCP | LCP | TBT | CLS |",
             "|---|" + "---:|" * (len(CATEGORIES) + 4)]
    for page, runs in rows.items():
        med = {c: statistics.median(r["scores"][c] for r in runs) for c in CATEGORIES}
        met = {m: statistics.median(r["metrics"][m] for r in runs) for m in METRICS}
        lines.append(f"| {page} | " + " | ".join(f"{med[c]:.2f}" for c in CATEGORIES)
                     + f" | {met['first-contentful-paint'] / 1000:.2f} s"
                     + f" | {met['largest-contentful-paint'] / 1000:.2f} s"
                     + f" | {met['total-blocking-time']:.0f} ms | {met['cumulative-layout-shift']:.3f} |")
    lost = sorted({item for runs in rows.values() for r in runs for item in r["lost"]})
    if lost:
        lines += ["", "Audits that lost points (any run):", *[f"- {item}" for item in lost]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--math", choices=["client", "server"], default=None,
                        help="pass `--math MODE` to blogbuild build (default: the site's own setting)")
    parser.add_argument("--runs", type=int, default=1, help="Lighthouse runs per page (median reported)")
    parser.add_argument("--out", type=Path, help="also write the table here (raw reports beside it)")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.is_file():
        npm_install("lighthouse@12")
    if not (MATHJAX / "tex-chtml.js").is_file():
        npm_install("mathjax@3")
    with tempfile.TemporaryDirectory(prefix="blogbuild-lighthouse-") as tmp:
        server = ThreadingHTTPServer(("127.0.0.1", 0), StaticHost)
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        out = build_site(Path(tmp), base, args.math)
        server.RequestHandlerClass = partial(StaticHost, directory=str(out))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        rows: dict[str, list[dict]] = {}
        raw_dir = args.out.parent if args.out else Path(tmp)
        try:
            for page, path in PAGES.items():
                for run in range(args.runs):
                    report = raw_dir / f"lighthouse-{args.math or 'default'}-{page}-{run}.json"
                    rows.setdefault(page, []).append(summary(lighthouse(base + path, report)))
        finally:
            server.shutdown()
    text = "\n".join([
        f"Lighthouse {json.loads((LIGHTHOUSE.parents[1] / 'package.json').read_text())['version']}, "
        f"mobile preset (simulated throttling), {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, "
        f"math: {args.math or 'as configured'}, {platform.node()} ({os.cpu_count()} CPUs, "
        f"load {os.getloadavg()[0]:.1f})",
        "", table(rows)])
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    worst = {c: min(r["scores"][c] for runs in rows.values() for r in runs) for c in CATEGORIES}
    return 0 if all(worst[c] >= TARGETS[c] for c in CATEGORIES) else 1


if __name__ == "__main__":
    mimetypes.init()
    sys.exit(main())
