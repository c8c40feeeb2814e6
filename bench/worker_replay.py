#!/usr/bin/env python3
"""The MathJax worker alone: a site's typesetting requests replayed through two worker scripts.

    python bench/worker_replay.py SITE [--against REV] [--runs 5]

A cold `--math server` build of SITE (with the formula cache: every distinct formula, as the
build sends them) is run once with its requests to the Node worker recorded. Then the requests are
replayed, whole, through one worker process running this checkout's typeset_worker.js and one
running REV's (git, default HEAD~1), alternating; each run's CPU time (user + sys of the Node
process) and the md5 of its answers (all it wrote but its ready line) are printed, then the median CPU of each and the
ratio pair by pair. Equal md5s say the two workers gave the same bytes for every formula.

This is how session 15 measured the worker's speed-ups (BENCHMARKS.md): one worker's CPU varies
less than a whole build's wall time, which hides a few per cent on this machine. REV's worker runs
from a temporary copy of its render/*.js (the scripts require their neighbours by relative path; MathJax
is found by the paths on the command line, this checkout's).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def record(site: Path) -> tuple[list[str], list[str]]:
    """(the worker's command line, the request lines) of a cold server build of site."""
    from blogbuild.build import build
    from blogbuild.render import typeset

    lines, commands, settled = [], [], []
    send, popen, settings_of = typeset._Worker._send, typeset.subprocess.Popen, typeset._worker_settings

    def recording_send(self, request):
        lines.append(json.dumps({"id": len(lines) + 1, **request}, ensure_ascii=False))
        return send(self, request)

    def recording_popen(args, *rest, **kwargs):
        if "typeset_worker" in " ".join(map(str, args)):
            commands.append([str(a) for a in args])
        return popen(args, *rest, **kwargs)

    def recording_settings(settings):
        settled.append(settings_of(settings))
        return settled[-1]

    typeset._Worker._send, typeset.subprocess.Popen = recording_send, recording_popen
    typeset._worker_settings = recording_settings
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "site"
        shutil.copytree(site, copy, ignore=shutil.ignore_patterns("public", ".blogbuild-cache"))
        build(copy, math="server", search=False)
    typeset._Worker._send, typeset.subprocess.Popen, typeset._worker_settings = send, popen, settings_of
    # An early worker (typeset.EarlyWorker) is started with the extensions only and told the rest on
    # its stdin: the replayed worker is started with all of them, as a worker started late is.
    command = commands[0]
    return [*command[:3], json.dumps({**json.loads(command[3]), **settled[-1]}), *command[4:]], lines


def replay(command: list[str], worker: Path, requests: bytes) -> tuple[float, str]:
    """(CPU seconds, md5 of its answers) of one worker process answering the requests."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([command[0], str(worker), *command[2:]], input=requests, capture_output=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    answers = b"".join(line for line in done.stdout.splitlines(keepends=True) if not line.startswith(b'{"ready"'))
    return cpu, hashlib.md5(answers).hexdigest()[:12]  # (the ready line says which ways it runs: not compared)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("site", type=Path)
    ap.add_argument("--against", default="HEAD~1", help="the git revision whose worker to compare with")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    command, lines = record(args.site.resolve())
    requests = ("\n".join(lines) + "\n").encode("utf-8")
    formulas = sum(len(doc) for line in lines for doc in json.loads(line).get("docs", []))
    render = REPO / "blogbuild" / "render"
    with tempfile.TemporaryDirectory(prefix="blogbuild-replay-") as old:
        for name in subprocess.run(["git", "-C", str(REPO), "ls-tree", "--name-only", args.against,
                                    "blogbuild/render/"], capture_output=True, text=True, check=True).stdout.split():
            if name.endswith(".js"):
                data = subprocess.run(["git", "-C", str(REPO), "show", f"{args.against}:{name}"],
                                      capture_output=True, check=True).stdout
                (Path(old) / Path(name).name).write_bytes(data)
        workers = {args.against: Path(old) / "typeset_worker.js", "this checkout": render / "typeset_worker.js"}
        times: dict[str, list[float]] = {name: [] for name in workers}
        print(f"{args.site}: {len(lines)} requests, {formulas} formulas; {args.runs} runs each, alternating")
        for run in range(args.runs):
            for name in (list(workers) if run % 2 == 0 else list(workers)[::-1]):
                cpu, md5 = replay(command, workers[name], requests)
                times[name].append(cpu)
                print(f"  run {run + 1}: {name}: {cpu:.2f} s CPU, output md5 {md5}")
    base, new = times[args.against], times["this checkout"]
    ratios = sorted(n / b for n, b in zip(new, base, strict=True))
    print(f"median CPU: {args.against} {statistics.median(base):.2f} s, this checkout {statistics.median(new):.2f} s; "
          f"ratio {statistics.median(ratios):.3f} ({ratios[0]:.2f}–{ratios[-1]:.2f})")


if __name__ == "__main__":
    main()
