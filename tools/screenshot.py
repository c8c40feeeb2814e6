"""The README's screenshot (docs/screenshot.png), made from the example blog so it cannot go stale.

    .venv/bin/python tools/screenshot.py [--output docs/screenshot.png] [--width 1280] [--height 900]

Builds the repository's own blog (posts/, pages/, blog.yaml) with server math into a temporary
folder, serves it on a free local port and photographs its home page in headless Chromium
(Playwright drives the system's `chromium`, as the browser tests do). Run it after a change to
the theme and commit the picture.
"""

from __future__ import annotations

import argparse
import functools
import shutil
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from blogbuild.build import build

REPO = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:
        pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", default=str(REPO / "docs" / "screenshot.png"))
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args(argv)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("tools/screenshot.py: needs chromium on PATH (tests/run.sh installs it)", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="blogbuild-screenshot-") as tmp:
        site = Path(tmp) / "site"
        handler = functools.partial(_Quiet, directory=str(site))
        with ThreadingHTTPServer(("127.0.0.1", 0), handler) as httpd:
            origin = f"http://127.0.0.1:{httpd.server_address[1]}/"
            build(REPO, output=str(site), base_url=origin, math="server", cache=False)
            threading.Thread(target=httpd.serve_forever, daemon=True).start()
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": args.width, "height": args.height})
                page.goto(origin, wait_until="networkidle")
                page.screenshot(path=args.output)
                browser.close()
            httpd.shutdown()
    print(f"Wrote {args.output} ({args.width}×{args.height}, the example blog's home page)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
