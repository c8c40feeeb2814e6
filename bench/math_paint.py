#!/usr/bin/env python3
""""Math at first paint" (issue 14): one heavy page, client MathJax vs build-time MathJax.

    python bench/math_paint.py [--runs 3] [--work DIR]

The page: every post of the example blog in one post (its real formulas, numbered environments
and \\eqref links; labels renamed per section so they stay unique): about 400 formulas. It is built
twice (`--math client`, `--math server`) and served on 127.0.0.1 with gzip, then opened in
headless Chromium (/usr/bin/chromium, via playwright) with a fresh profile per run:

- first paint: the `first-contentful-paint` entry;
- math done: after first paint, client: `MathJax.startup.promise` resolved and
  `document.fonts.ready`; server: `document.fonts.ready` (the math is in the HTML);
- CLS: the sum of `layout-shift` entries until math done;
- bytes: transfer sizes of every response, gzip (cold: empty cache; warm: a second visit in the
  same browser context);
- fonts loaded before first paint: woff responses complete before the first paint, of all woff;
- profiles: no throttling, and "mobile" = CPU slowed 4x and 150 ms RTT / 1.6 Mbit/s (CDP).

Prints a Markdown table for BENCHMARKS.md. bench/lighthouse.py (another script) runs Lighthouse.
"""

from __future__ import annotations

import argparse
import gzip
import platform
import re
import shutil
import statistics
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from blogbuild.build import build  # noqa: E402

COMPRESS = (".html", ".css", ".js", ".xml", ".svg", ".json")
PROFILES = {"desktop": None, "mobile": {"cpu": 4, "latency": 150, "down": 1.6e6 / 8, "up": 750e3 / 8}}


class GzipHandler(SimpleHTTPRequestHandler):
    """Static files, gzipped for text types when the browser asks (as any real host does)."""

    def log_message(self, format, *args):
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if Path(path).is_dir():
            path = str(Path(path) / "index.html")
        if not path.endswith(COMPRESS) or "gzip" not in self.headers.get("Accept-Encoding", "") \
                or not Path(path).is_file():
            return super().send_head()
        data = gzip.compress(Path(path).read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        import io

        return io.BytesIO(data)


def heavy_site(work: Path) -> Path:
    """A site with one post made of every example post's body."""
    site = work / "site"
    shutil.rmtree(site, ignore_errors=True)
    (site / "posts").mkdir(parents=True)
    parts = []
    for i, path in enumerate(sorted((REPO / "posts").glob("*.md"))):
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[1]
        body = re.sub(r"\\(label|eqref|ref)\{", lambda m, i=i: "\\" + m.group(1) + "{s" + str(i) + ":", body)
        parts.append(f"## Section {i}\n\n" + body.replace("<!--more-->", ""))
    (site / "posts" / "heavy.md").write_text("---\ntitle: Heavy\ndate: 2024-01-01\n---\n" + "\n\n".join(parts),
                                            encoding="utf-8")
    blog = (REPO / "blog.yaml").read_text(encoding="utf-8")
    (site / "blog.yaml").write_text(blog, encoding="utf-8")
    return site


MEASURE = """async (client) => {
  const fcp = await new Promise((ok) => new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') ok(e);
  }).observe({type: 'paint', buffered: true}));
  if (client) {
    await new Promise((ok) => { const t = setInterval(() => { if (window.MathJax && MathJax.startup
      && MathJax.startup.promise) { clearInterval(t); ok(); } }, 5); });
    await MathJax.startup.promise;
  }
  await document.fonts.ready;
  const done = performance.now();
  const shifts = await new Promise((ok) => {
    let sum = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; })
      .observe({type: 'layout-shift', buffered: true});
    setTimeout(() => ok(sum), 50);
  });
  const resources = performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'));
  const fonts = resources.filter((r) => r.name.endsWith('.woff'));
  return {fcp: fcp ? fcp.startTime : null, done, cls: shifts,
          fonts: `${fonts.filter((r) => r.responseEnd <= fcp.startTime).length}/${fonts.length}`,
          bytes: resources.reduce((n, r) => n + (r.transferSize || 0), 0),
          formulas: document.querySelectorAll('mjx-container').length};
}"""


def measure(browser, url: str, client: bool, profile: dict | None) -> tuple[dict, dict]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    if profile:
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": profile["latency"],
                                                      "downloadThroughput": profile["down"],
                                                      "uploadThroughput": profile["up"]})
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": profile["cpu"]})
    page.goto(url, wait_until="commit", timeout=120_000)
    cold = page.evaluate(MEASURE, client)
    page.goto(url, wait_until="commit", timeout=120_000)
    warm = page.evaluate(MEASURE, client)
    context.close()
    return cold, warm


def main() -> None:
    from playwright.sync_api import sync_playwright

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", type=Path, default=Path("/tmp/blogbuild-bench-paint"))
    args = ap.parse_args()
    site = heavy_site(args.work)
    server = ThreadingHTTPServer(("127.0.0.1", 0), GzipHandler)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    for mode in ("client", "server"):
        build(site, output=str(args.work / "out" / mode), math=mode, base_url=base + mode + "/", cache=False)
    server.RequestHandlerClass = partial(GzipHandler, directory=str(args.work / "out"))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    rows = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for profile_name, profile in PROFILES.items():
            for mode in ("client", "server"):
                results = [measure(browser, f"{base}{mode}/archives/heavy/", mode == "client", profile)
                           for _ in range(args.runs)]
                cold = [r[0] for r in results]
                warm = [r[1] for r in results]

                def med(rs, key):
                    return statistics.median(r[key] for r in rs)

                rows.append((profile_name, mode, cold[0]["formulas"], med(cold, "fcp"), med(cold, "done"),
                             med(cold, "cls"), med(cold, "bytes"), med(warm, "done"), med(warm, "bytes"),
                             " ".join(r["fonts"] for r in cold)))
        browser.close()
    server.shutdown()
    print(f"Heavy page ({rows[0][2]} formulas), {args.runs} runs, medians; Chromium headless, "
          f"{platform.machine()}, `python bench/math_paint.py --runs {args.runs}`\n")
    print("| profile | mode | first paint | math done | CLS | bytes (gzip, cold) | math done (warm) "
          "| bytes (warm) | fonts loaded before first paint (each run) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for profile_name, mode, _n, fcp, done, cls, bytes_, wdone, wbytes, fonts in rows:
        print(f"| {profile_name} | {mode} | {fcp:.0f} ms | {done:.0f} ms | {cls:.3f} | {bytes_ / 1024:.0f} KiB "
              f"| {wdone:.0f} ms | {wbytes / 1024:.0f} KiB | {fonts} |")


if __name__ == "__main__":
    main()
