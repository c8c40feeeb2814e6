#!/usr/bin/env python3
"""Build cost of `--math server` (issue 14): cold, no-op and one-post edit, vs client mode.

    python bench/math_build.py [--posts 1000] [--runs 3] [--work DIR]

The corpus is bench/make_corpus.py's (the same as bench/run.py's), plus 90 comments with math.
Each build is a fresh `blogbuild build` process (wall time, what a user waits for); the edit
appends one inline formula to a post in the middle of the blog, as bench/run.py does. Needs
`pip install -e '.[server-math]'`. Prints a Markdown table for BENCHMARKS.md.

Columns: the reference (`--no-cache`, no output folder); "cold", a first build with the cache,
into an empty output folder and with an empty cache (what a user's first build costs; until
2026-12-06 this column was built over the reference's output, whose search bundles it kept).

The corpus repeats its numbered equations (three distinct ones among 1,000 posts), which the
formula cache typesets once each; a real blog's are mostly its own. `--distinct-equations` makes
each post's numbered equation its own (`\\quad(n)` added), to measure that case.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import BLOG_YAML, add_comments, byte_compile, edit_one_post, make_corpus  # noqa: E402


def timed(site: Path, *args: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "blogbuild", "build", "-s", str(site), *args], check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--posts", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", type=Path, default=Path("/tmp/blogbuild-bench-math"))
    ap.add_argument("--distinct-equations", action="store_true",
                    help="make each post's numbered equation its own (real blogs rarely repeat theirs)")
    args = ap.parse_args()
    byte_compile()  # as installed: no module compiled again in each measured build
    args.work.mkdir(parents=True, exist_ok=True)
    source, _hugo = make_corpus(args.posts, args.work)
    rows = []
    for mode in ("client", "server"):
        site = args.work / f"site-{mode}"
        shutil.rmtree(site, ignore_errors=True)
        shutil.copytree(source, site)
        (site / "blog.yaml").write_text(BLOG_YAML, encoding="utf-8")
        add_comments(site)
        if args.distinct_equations:
            distinct_equations(site)
        cold = [timed(site, "--math", mode, "--no-cache")]
        shutil.rmtree(site / "public")
        cached_cold = timed(site, "--math", mode)  # fills the cache: a first build, nothing to keep
        noop = [timed(site, "--math", mode) for _ in range(args.runs)]
        edits = []
        for run in range(args.runs):
            edit_one_post(site, run)
            edits.append(timed(site, "--math", mode))
        rows.append((mode, statistics.median(cold), cached_cold, statistics.median(noop), statistics.median(edits),
                     max(edits)))
    print(f"{args.posts} posts, {platform.processor() or platform.machine()}, Python {platform.python_version()}, "
          f"`python bench/math_build.py --posts {args.posts} --runs {args.runs}"
          f"{' --distinct-equations' if args.distinct_equations else ''}` (wall seconds, medians)\n")
    print("| mode | cold `--no-cache` | cold, filling the cache | no-op | one-post edit (median / worst) |")
    print("|---|---|---|---|---|")
    for mode, cold, cached, noop, edit, worst in rows:
        print(f"| {mode} | {cold:.2f} s | {cached:.2f} s | {noop:.2f} s | {edit:.2f} s / {worst:.2f} s |")


def distinct_equations(site: Path) -> None:
    """Each post's numbered equations made its own: `\\quad(n)` before `\\end{equation}`."""
    for n, path in enumerate(sorted((site / "posts").glob("*.md"))):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("\\end{equation}", f"\\quad({n})\\end{{equation}}"), encoding="utf-8")


if __name__ == "__main__":
    main()
