#!/usr/bin/env python3
"""What the search index costs a build (issue 23 item 4), against what Pagefind alone costs.

    python bench/search_cost.py [--posts 1000] [--runs 3] [--language en|zh] [--work DIR]

On bench/make_corpus.py's corpus (bench/run.py's, client math), each a fresh `python -m blogbuild
build` process (wall seconds, Python start-up included), alternating run by run:

- cold with the index (no output folder, no cache) and cold with `--no-search`;
- one Pagefind run (the CLI) over every post page of the built site, as Hugo + Pagefind pays it;
- a one-post edit with the index (the post in the middle: one bundle made again) and without.

Targets: cold with the index ≤ cold without + one Pagefind run; the edit with the index ≤ 0.5 s.
`--language zh` sets blog.yaml's language (pages say lang="zh"): Pagefind's extended build then
loads its Chinese segmenter on every run, which is what a Chinese blog pays per bundle.
Needs `pip install 'blogbuild[search]'`. Prints a Markdown table for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import os
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

from math_build import timed  # noqa: E402  a fresh `blogbuild build` process, its wall seconds
from run import BLOG_YAML, byte_compile, edit_one_post, make_corpus  # noqa: E402


def cold(site: Path, *extra: str) -> float:
    shutil.rmtree(site / "public", ignore_errors=True)
    shutil.rmtree(site / ".blogbuild-cache", ignore_errors=True)
    return timed(site, *extra)


def one_pagefind_run(public: Path) -> float:
    """Pagefind over the post pages of a built site (copied, so its own bundles are not read)."""
    from pagefind_bin_extended import get_executable

    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(public / "posts", Path(tmp, "site", "posts"))
        started = time.perf_counter()
        subprocess.run([str(get_executable()), "--site", str(Path(tmp, "site")), "--output-path",
                        str(Path(tmp, "bundle")), "--silent"], check=True)
        return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--posts", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--language", default="en")
    ap.add_argument("--work", type=Path, default=Path("/tmp/blogbuild-bench-search"))
    args = ap.parse_args()
    byte_compile()  # as installed: no module compiled again in each measured build
    args.work.mkdir(parents=True, exist_ok=True)
    source, _hugo = make_corpus(args.posts, args.work)
    sites = {}
    for name in ("index", "no-index"):
        sites[name] = args.work / f"site-{name}"
        shutil.rmtree(sites[name], ignore_errors=True)
        shutil.copytree(source, sites[name], ignore=shutil.ignore_patterns("public", ".blogbuild-cache"))
        (sites[name] / "blog.yaml").write_text(BLOG_YAML.replace("language: en", f"language: {args.language}"),
                                               encoding="utf-8")
    times: dict[str, list[float]] = {}
    for run in range(args.runs):
        times.setdefault("cold, with the index", []).append(cold(sites["index"]))
        times.setdefault("cold, `--no-search`", []).append(cold(sites["no-index"], "--no-search"))
        times.setdefault("one Pagefind run over the post pages", []).append(one_pagefind_run(sites["index"] / "public"))
        for k in range(2):
            edit_one_post(sites["index"], 2 * run + k)
            times.setdefault("one-post edit, with the index", []).append(timed(sites["index"]))
            edit_one_post(sites["no-index"], 2 * run + k)
            times.setdefault("one-post edit, `--no-search`", []).append(timed(sites["no-index"], "--no-search"))
    load = os.getloadavg()
    print(f"{args.posts} posts, language {args.language}, {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, load average {load[0]:.2f} at the end: `python bench/search_cost.py "
          f"--posts {args.posts} --runs {args.runs} --language {args.language}` (wall seconds, fresh processes)\n")
    print("| build | median | runs |")
    print("|---|---:|---:|")
    for key, values in times.items():
        print(f"| {key} | {statistics.median(values):.2f} s | {len(values)} |")
    budget = statistics.median(times["cold, `--no-search`"]) + statistics.median(
        times["one Pagefind run over the post pages"])
    print(f"\nCold with the index against no index + one Pagefind run: "
          f"{statistics.median(times['cold, with the index']):.2f} s against {budget:.2f} s.")


if __name__ == "__main__":
    main()
