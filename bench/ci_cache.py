#!/usr/bin/env python3
"""The hourly deploy with one new comment, as CI runs it (issue 23 item 2): a fresh checkout at
another path, every mtime new, the build cache restored from the last deploy, `--math server`.

    python bench/ci_cache.py [--posts 1000] [--runs 3] [--work DIR]

The corpus is bench/make_corpus.py's (bench/run.py's, plus its 90 comments with math). A first
checkout is built once with the cache (the last deploy; its time is the cold build). Each run then
copies the sources to a new folder elsewhere (no output folder, as a clone has none), sets every
file's mtime to now, copies .blogbuild-cache/ in (what actions/cache restores), adds one comment
and builds in a fresh process. Needs `pip install -e '.[server-math]'`. Prints a Markdown table
for BENCHMARKS.md. Target: ≤ 5 s at 1,000 posts.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import BLOG_YAML, add_comments, add_one_comment, byte_compile, make_corpus  # noqa: E402

CACHE = ".blogbuild-cache"
BUILD = """import json, sys
from blogbuild.build import build
r = build(sys.argv[1], math=sys.argv[2])
print(json.dumps({"posts": r.posts, "rendered": r.rendered, "cached": r.cached, "written": r.written}))
"""
"""A build in a fresh process that reports how many posts it rendered (the CLI prints no count)."""


def timed_build(site: Path, *extra: str) -> tuple[float, dict]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", BUILD, str(site), "server", *extra], check=True,
                          capture_output=True, text=True)
    return time.perf_counter() - started, json.loads(done.stdout.strip().splitlines()[-1])


def fresh_checkout(source: Path, dest: Path) -> None:
    """source's sources at dest with new mtimes and source's cache, as a CI runner has them."""
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns("public", CACHE))
    now = time.time_ns()
    for path in [dest, *dest.rglob("*")]:
        os.utime(path, ns=(now, now))
    shutil.copytree(source / CACHE, dest / CACHE)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--posts", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", type=Path, default=Path("/tmp/blogbuild-bench-ci"))
    args = ap.parse_args()
    byte_compile()  # as installed: no module compiled again in each measured build
    args.work.mkdir(parents=True, exist_ok=True)
    corpus, _hugo = make_corpus(args.posts, args.work)
    last_deploy = args.work / "deploy" / "site"
    shutil.rmtree(last_deploy, ignore_errors=True)
    shutil.copytree(corpus, last_deploy)
    (last_deploy / "blog.yaml").write_text(BLOG_YAML, encoding="utf-8")
    add_comments(last_deploy)
    cold, cold_report = timed_build(last_deploy)
    times, reports = [], []
    for run in range(args.runs):
        clone = args.work / f"runner-{run}" / "checkout" / "site"
        fresh_checkout(last_deploy, clone)
        add_one_comment(clone, run)
        seconds, report = timed_build(clone)
        times.append(seconds)
        reports.append(report)
    print(f"{args.posts} posts, {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, `python bench/ci_cache.py --posts {args.posts} --runs {args.runs}` "
          "(wall seconds of a fresh `blogbuild build` process, `--math server`)\n")
    print("| build | seconds | posts rendered / from the cache |")
    print("|---|---|---|")
    print(f"| last deploy: cold, filling the cache | {cold:.2f} s | "
          f"{cold_report['rendered']} / {cold_report['cached']} |")
    rendered = "; ".join(f"{r['rendered']} / {r['cached']}" for r in reports)
    print(f"| fresh checkout elsewhere, new mtimes, cache restored, one new comment (median / worst of "
          f"{args.runs}) | {statistics.median(times):.2f} s / {max(times):.2f} s | {rendered} |")


if __name__ == "__main__":
    main()
