#!/usr/bin/env python3
"""Cold `--math server` against cold `--math client` on real blogs (issue 23: at most 2×).

    python bench/real_blogs.py SITE [SITE ...] [--runs 5] [--no-search]

Each SITE is a blogbuild site (blog.yaml, posts/) made from a real blog by `blogbuild import`; real
blogs are not in this repository. Those measured so far (BENCHMARKS.md) were made so:

- Jeremy Kun's Math ∩ Programming (dense: 66 formulas a post):

      git clone https://github.com/j2kun/jeremykun.com && mkdir -p old/_posts
      cp jeremykun.com/content/_posts/* old/_posts/ && echo 'title: Math ∩ Programming' > old/_config.yml
      blogbuild init --language en jk && rm jk/posts/*.md jk/pages/*.md
      cd jk && blogbuild import jekyll --dialect commonmark ../old

- Lilian Weng's Lil'Log as it was on Jekyll (long posts: 140 formulas a post), at the last commit
  before its posts became redirects to the new site:

      git clone https://github.com/lilianweng/lil-log && git -C lil-log checkout 0fa5d15
      mkdir old-lil && cp -r lil-log/_posts lil-log/_config.yml old-lil/
      blogbuild init --language en lil && rm lil/posts/*.md lil/pages/*.md
      cd lil && blogbuild import jekyll ../old-lil

- Andrej Karpathy's blog (light: 3 formulas a post), from github.com/karpathy/karpathy.github.io
  the same way (its `_posts/` and `_config.yml`, `blogbuild import jekyll`).

Each site is copied into a work folder; then, run after run, a client build and a server build
alternate, each a fresh `blogbuild build` process into an empty output folder with an empty cache
(what a first build, or a CI build without a cache, costs). The ratio is taken pair by pair, so the
machine's drift between runs does not move it; the median of each column is printed as Markdown.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import byte_compile  # noqa: E402


def cold(site: Path, math: str, extra: list[str]) -> float:
    shutil.rmtree(site / "public", ignore_errors=True)
    shutil.rmtree(site / ".blogbuild-cache", ignore_errors=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "blogbuild", "build", "-q", "-s", str(site), "--math", math, *extra],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # (its warnings: the blog's)
    return time.perf_counter() - started


def formulas(site: Path) -> tuple[int, int]:
    """(formulas, distinct formulas) in the server build's pages of posts, as MathJax's data-tex."""
    import re

    found = [m for page in (site / "public").rglob("index.html")
             for m in re.findall(r'<mjx-container[^>]*?data-tex="([^"]*)"', page.read_text(encoding="utf-8"))]
    return len(found), len(set(found))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sites", type=Path, nargs="+")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-search", action="store_true", help="build without the search index (both modes)")
    args = ap.parse_args()
    byte_compile()
    extra = ["--no-search"] if args.no_search else []
    print(f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
          f"python {platform.python_version()}; runs: {args.runs}; {'no search' if extra else 'with search'}\n")
    print("| blog | posts | formulas (distinct) on pages | client cold | server cold | server / client |")
    print("|---|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for source in args.sites:
            site = Path(tmp) / source.name
            shutil.copytree(source, site, ignore=shutil.ignore_patterns("public", ".blogbuild-cache"))
            client, server = [], []
            for _ in range(args.runs):
                client.append(cold(site, "client", extra))
                server.append(cold(site, "server", extra))
            ratios = [s / c for s, c in zip(server, client, strict=True)]
            n, distinct = formulas(site)
            posts = sum(1 for p in (site / "posts").rglob("*") if p.suffix in (".md", ".markdown"))
            print(f"| {source.name} | {posts} | {n:,} ({distinct:,}) | {statistics.median(client):.2f} s "
                  f"| {statistics.median(server):.2f} s | {statistics.median(ratios):.2f}× "
                  f"({min(ratios):.2f}–{max(ratios):.2f}) |", flush=True)


if __name__ == "__main__":
    main()
