#!/usr/bin/env python3
"""This checkout's builds against another revision's, paired, on today's machine.

    python bench/against.py REV [--posts 1000] [--runs 8] [--kinds edit,comment,noop,cold] [--math server]
                                [--comments POSTS EACH] [--language zh]

Why: the targets in BENCHMARKS.md are seconds on this project's machine, and that machine's speed
has moved under them (AMD EPYC until 2026-12-05, then Intel Xeon vCPUs, slower again and noisy
on 2026-12-06: Hugo + Pagefind's cold build of the 1,000-post corpus took 4.9 s, then 6.0 s, then
~10 s). A number measured today cannot be set beside one measured then. Run against the revision
that met a target when it was set, this says whether the code got slower or the machine did.

Both revisions are exported with `git archive` (HEAD: as committed, not the working tree) and
byte-compiled; each builds its own copy of bench/run.py's corpus (their build caches differ). After
a cold build of each, every round applies the same change to both copies (bench/run.py's
edit_one_post or add_one_comment, none, or reset_site for a cold build) and times one fresh
`python -m blogbuild build` process of each, the order alternating round by round. Printed: the
median wall time of each and the median of the ratios HEAD / REV, pair by pair (with their range),
as Markdown.
"""

from __future__ import annotations

import argparse
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

from run import add_one_comment, byte_compile, edit_one_post, make_corpus, reset_site, snapshot  # noqa: E402

CHANGES = {"edit": edit_one_post, "comment": add_one_comment, "noop": lambda site, run: None,
           "cold": lambda site, run: reset_site(site)}
"""What each round does to both copies before timing their builds (cold: no output, no cache)."""


def timed(code: Path, site: Path, math: str | None) -> float:
    """Wall seconds of one fresh build process of site, with the package exported at code."""
    env = dict(os.environ, PYTHONPATH=str(code))
    command = [sys.executable, "-m", "blogbuild", "build", "-s", str(site)] + (["--math", math] if math else [])
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=code, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="the revision to compare with (a commit, tag or branch)")
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=8, help="rounds (pairs) for each kind of build")
    parser.add_argument("--kinds", default="edit,comment,noop", help=f"comma-separated, of {', '.join(CHANGES)}")
    parser.add_argument("--math", choices=("client", "server"), default=None)
    parser.add_argument("--language", default="en", help="blog.yaml's language (zh: Pagefind segments Chinese)")
    parser.add_argument("--comments", type=int, nargs=2, default=(30, 3), metavar=("POSTS", "EACH"),
                        help="comments on the first POSTS posts, EACH a post (bench/run.py's default: 30 3)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/blogbuild-bench"))
    args = parser.parse_args(argv)
    kinds = args.kinds.split(",")
    if not set(kinds) <= CHANGES.keys():
        parser.error(f"--kinds: each of {', '.join(CHANGES)}")

    corpus, _hugo = make_corpus(args.posts, args.work, tuple(args.comments))
    codes = {"rev": snapshot(args.work, args.rev), "head": snapshot(args.work, "HEAD")}
    sites = {}
    for name, (code, _sha) in codes.items():
        byte_compile(code / "blogbuild")
        site = sites[name] = args.work / f"against-{name}"
        shutil.rmtree(site, ignore_errors=True)
        shutil.copytree(corpus, site, ignore=shutil.ignore_patterns("public", ".blogbuild-cache"))
        config = site / "blog.yaml"
        config.write_text(config.read_text(encoding="utf-8").replace("language: en", f"language: {args.language}"),
                          encoding="utf-8")
        timed(code, site, args.math)  # the cold build each incremental one starts from

    rows, comments = [], f"{args.comments[0] * args.comments[1]:,}"
    for kind in kinds:
        times: dict[str, list[float]] = {"rev": [], "head": []}
        for run in range(args.runs):
            for name in ("rev", "head") if run % 2 == 0 else ("head", "rev"):
                CHANGES[kind](sites[name], 50_000 + run)
                times[name].append(timed(codes[name][0], sites[name], args.math))
            print(f"{kind} {run + 1}/{args.runs}: {times['rev'][-1]:.3f} s / {times['head'][-1]:.3f} s",
                  file=sys.stderr, flush=True)
        ratios = [h / r for r, h in zip(times["rev"], times["head"], strict=True)]
        rows.append(f"| {args.posts:,} posts, {comments} comments, {kind} | {statistics.median(times['rev']):.3f} s | "
                    f"{statistics.median(times['head']):.3f} s | **{statistics.median(ratios):.2f}×** "
                    f"({min(ratios):.2f}–{max(ratios):.2f}) |")

    print(f"`python bench/against.py {args.rev} --posts {args.posts} --runs {args.runs} --kinds {args.kinds} "
          f"--comments {args.comments[0]} {args.comments[1]}"
          f"{' --math ' + args.math if args.math else ''}"
          f"{' --language ' + args.language if args.language != 'en' else ''}` "
          f"({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
          f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs; medians of {args.runs} pairs):\n")
    print(f"| build | {codes['rev'][1]} | HEAD ({codes['head'][1]}) | HEAD / {codes['rev'][1]}, paired |")
    print("|---|---:|---:|---:|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
