#!/usr/bin/env python3
"""Build-speed benchmark: blogbuild against Hugo on the synthetic math-blog corpus.

    python bench/run.py         # 1000, 3000, 10000 posts; writes bench/report-build.md (copy it into BENCHMARKS.md)
    python bench/run.py --sizes 1000 --runs 3 --out /tmp/bench.md

For each size it generates the corpus (bench/make_corpus.py, blogbuild and Hugo formats;
reused when already there), adds comments for the blogbuild site, installs Hugo with apt-get
if it is missing and we are root, then measures, alternating the two tools run after run:

- blogbuild: cold (no cache, no output), no-op rebuild, rebuild after editing one post's body,
  rebuild after adding one comment (each a fresh `python -m blogbuild build` process);
- Hugo: cold (no public/, no resources/) and rebuild with nothing changed (Hugo's CLI has no
  incremental mode: it renders everything every time).

Each measurement is one child process: wall time (perf_counter; for blogbuild also the time of
build() itself as it reports it, i.e. without Python start-up and imports, which is what
`blogbuild serve` pays per rebuild), CPU time (user+sys of the child
and the processes it waited for, from wait4) and peak memory (ru_maxrss from wait4: the largest
single process of the tree; blogbuild's forked workers share most pages with their parent).
The median of the runs is reported. After the cold builds, blogbuild's output is checked: every
`$…$` formula of every source post appears, HTML-unescaped, inside a math element of its page,
and no math element contains `<em>` (Markdown never touched the TeX).

Not a test: it takes minutes (the 10,000-post Hugo build alone takes tens of seconds).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MAKE_CORPUS = Path(os.environ.get("MAKE_CORPUS", REPO / "bench" / "make_corpus.py"))

BLOG_YAML = """title: Bench Blog
url: http://example.org/
author: Bench
language: en
permalink: /posts/{slug}/
posts_per_page: 10
"""

TARGETS = """\
| target (issue #5) | 1,000 posts | 10,000 posts |
|---|---|---|
| cold build vs Hugo | ≤ 1.5× Hugo | < 1.0× Hugo |
| peak memory | | ≤ 1 GB |
| no-op rebuild | ≤ 0.3 s | ≤ 2 s |
| one-post edit | ≤ 0.5 s | ≤ 2.5 s |
| one-comment add | ≤ 0.5 s | ≤ 2.5 s |
"""


# ----------------------------------------------------------------------------- measuring

def measure(cmd: list[str], cwd: Path, env: dict | None = None) -> dict:
    """Run cmd to completion: wall s, cpu s (child tree), peak MB (largest process)."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = b"", b""
    # communicate() would reap the child itself; read the pipes, then wait4 for its rusage
    out = proc.stdout.read()
    err = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{out.decode()}\n{err.decode()}")
    text = out.decode("utf-8", "replace")
    inner = re.search(r" in (\d+\.\d+) s$", text.strip())  # blogbuild's own timing of build()
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024,
            "inner": float(inner.group(1)) if inner else None, "stdout": text}


def median(rows: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in rows)


# ----------------------------------------------------------------------------- corpus

def make_corpus(n: int, work: Path, comments: tuple[int, int] = (30, 3)) -> tuple[Path, Path]:
    base = work / f"corpus-{n}"
    bb, hugo = base / "blogbuild", base / "hugo"
    if not (base / ".complete").exists():
        shutil.rmtree(base, ignore_errors=True)
        for fmt, dest in (("blogbuild", bb), ("hugo", hugo)):
            subprocess.run([sys.executable, str(MAKE_CORPUS), "--posts", str(n), "--out", str(dest),
                            "--format", fmt], check=True, stdout=subprocess.DEVNULL)
        (bb / "blog.yaml").write_text(BLOG_YAML, encoding="utf-8")
        (base / ".complete").write_text("ok\n")
    add_comments(bb, *comments)  # rewritten every time: an earlier run appended its "one more comment"
    return bb, hugo


def _slugs(site: Path) -> list[str]:
    return sorted(p.stem for p in (site / "posts").glob("*.md"))


def add_comments(site: Path, posts: int = 30, per_post: int = 3) -> None:
    """Comments on the first posts, with inline math, as a real blog has (any other comments file
    is removed: --comments may have asked for more before)."""
    shutil.rmtree(site / "comments", ignore_errors=True)
    (site / "comments").mkdir()
    for i, slug in enumerate(_slugs(site)[:posts]):
        items = []
        for j in range(per_post):
            items.append(f"- id: {1_000_000 + i * 1000 + j + 1}\n  author: Reader {j}\n"
                         f"  date: 2024-03-{j + 1:02d} 12:00:00\n"
                         f"  body: 'Nice. Is $x_{j}^2 \\le \\frac{{1}}{{2}}$ needed here?'\n")
        (site / "comments" / f"{slug}.yaml").write_text("".join(items), encoding="utf-8")


def edit_one_post(site: Path, run: int) -> None:
    path = site / "posts" / f"{_slugs(site)[len(_slugs(site)) // 2]}.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + f"\nEdited (run {run}): $a_{run} + b_{run}$.\n", encoding="utf-8")


def add_one_comment(site: Path, run: int) -> None:
    path = sorted((site / "comments").glob("*.yaml"))[0]
    with path.open("a", encoding="utf-8") as f:
        f.write(f"- id: {900000 + run}\n  author: Bench {run}\n  date: 2025-01-01 10:{run % 60:02d}:00\n"
                f"  body: 'Run {run}: $e^{{i\\pi}} = -1$'\n")


def reset_site(site: Path) -> None:
    for name in ("public", ".blogbuild-cache"):
        shutil.rmtree(site / name, ignore_errors=True)
    for path in site.glob(".blogbuild-tmp*"):
        shutil.rmtree(path, ignore_errors=True)


# ----------------------------------------------------------------------------- Hugo

def find_hugo(install: bool) -> str | None:
    hugo = shutil.which("hugo")
    if hugo or not install:
        return hugo
    if shutil.which("apt-get") and os.geteuid() == 0:
        print("installing Hugo with apt-get …", file=sys.stderr)
        subprocess.run(["apt-get", "install", "-y", "hugo"], stdout=subprocess.DEVNULL, check=False)
    return shutil.which("hugo")


def hugo_version(hugo: str) -> str:
    return subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.strip()


# ----------------------------------------------------------------------------- math check

_DISPLAY = re.compile(r"\$\$.*?\$\$", re.S)
_FENCE = re.compile(r"^```.*?^```", re.S | re.M)
_INLINE = re.compile(r"(?<![\\$])\$(?![\s$])([^$\n]+?)(?<![\s\\])\$(?![\d$])")
_MATH_EL = re.compile(r'<(span|div) class="math[^"]*">(.*?)</\1>', re.S)


def check_math(site: Path) -> tuple[int, list[str]]:
    """(formulas checked, problems): every source `$…$` is in its page, intact; no <em> in math."""
    problems: list[str] = []
    checked = 0
    for src in sorted((site / "posts").glob("*.md")):
        body = src.read_text(encoding="utf-8").split("\n---\n", 1)[1]
        body = _DISPLAY.sub(" ", _FENCE.sub(" ", body))
        wanted = [m.group(1) for m in _INLINE.finditer(body)]
        page = site / "public" / "posts" / src.stem / "index.html"
        text = page.read_text(encoding="utf-8")
        found = set()
        for m in _MATH_EL.finditer(text):
            inner = m.group(2)
            if "<em>" in inner or "<strong>" in inner:
                problems.append(f"{page}: Markdown emphasis inside math: {inner[:80]!r}")
            found.add(html.unescape(inner).strip().removeprefix("\\(").removesuffix("\\)"))
        for tex in wanted:
            checked += 1
            if tex not in found:
                problems.append(f"{page}: formula ${tex}$ from {src.name} is missing or altered")
    return checked, problems


# ----------------------------------------------------------------------------- the benchmark

def snapshot(work: Path, revision: str = "HEAD") -> tuple[Path, str]:
    """blogbuild as committed (HEAD, or another revision), exported once: edits to the working tree
    during a long run would change the code fingerprint and turn every incremental build into a full one."""
    rev = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--verify", f"{revision}^{{commit}}"],
                         capture_output=True, text=True, check=True).stdout.strip()
    dest = work / f"code-{rev[:12]}"
    if not (dest / "blogbuild").is_dir():
        dest.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "blogbuild", "templates", "static"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest, rev[:12]


def byte_compile(package: Path | None = None) -> None:
    """blogbuild byte-compiled, as `pip install` leaves a package: where PYTHONDONTWRITEBYTECODE is
    set (it is on our machines), every measured process would otherwise compile its ~120 modules
    again (~0.08 s a build). package: the one measured (default: the one `import blogbuild` finds)."""
    if package is None:
        import importlib.util

        package = Path(importlib.util.find_spec("blogbuild").origin).parent
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)


def _pagefind() -> str | None:
    """Pagefind's binary when installed (`blogbuild[search]`): then blogbuild's builds index the site."""
    try:
        from pagefind_bin_extended import get_executable
        return str(get_executable())
    except (ImportError, FileNotFoundError):
        return None


def bench_size(n: int, work: Path, runs: int, hugo: str | None, jobs: int | None, code: Path,
               comments: tuple[int, int] = (30, 3)) -> dict:
    bb, hugo_site = make_corpus(n, work, comments)
    env = dict(os.environ, PYTHONPATH=str(code) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    build = [sys.executable, "-m", "blogbuild", "build", "-s", str(bb)] + (["--jobs", str(jobs)] if jobs else [])
    hugo_cmd = [hugo, "--quiet", "-s", str(hugo_site)] if hugo else None
    pagefind = _pagefind()
    if hugo_cmd and pagefind:  # like for like: blogbuild then indexes its posts, so Hugo's site is indexed too
        index = f'"{pagefind}" --site "{hugo_site}/public" >/dev/null'
        hugo_cmd = ["sh", "-c", f'"{hugo}" --quiet -s "{hugo_site}" && {index}']
    results: dict[str, list[dict]] = {k: [] for k in
                                      ("cold", "noop", "edit", "comment", "hugo cold", "hugo rebuild")}
    for run in range(runs):
        print(f"[{n} posts] run {run + 1}/{runs}", file=sys.stderr, flush=True)
        reset_site(bb)
        results["cold"].append(measure(build, bb, env))
        if hugo_cmd:
            for name in ("public", "resources"):
                shutil.rmtree(hugo_site / name, ignore_errors=True)
            results["hugo cold"].append(measure(hugo_cmd, hugo_site))
        if run == 0:
            checked, problems = check_math(bb)
            if problems:
                raise SystemExit("math check failed:\n" + "\n".join(problems[:20]))
            math_checked = checked
        results["noop"].append(measure(build, bb, env))
        edit_one_post(bb, run)
        results["edit"].append(measure(build, bb, env))
        if hugo_cmd:
            results["hugo rebuild"].append(measure(hugo_cmd, hugo_site))
        add_one_comment(bb, run)
        results["comment"].append(measure(build, bb, env))
    return {"n": n, "results": results, "math_checked": math_checked}


def table(all_sizes: list[dict]) -> str:
    lines = ["| posts | build | median wall (s) | in-process build() (s) | CPU (s) | peak RSS (MB) | "
             "ms/post (wall) | blogbuild / Hugo cold |",
             "|---:|---|---:|---:|---:|---:|---:|---:|"]
    for size in all_sizes:
        n, res = size["n"], size["results"]
        hugo_cold = median(res["hugo cold"], "wall") if res["hugo cold"] else None
        for name in ("cold", "noop", "edit", "comment", "hugo cold", "hugo rebuild"):
            rows = res[name]
            if not rows:
                continue
            wall = median(rows, "wall")
            label = {"cold": "blogbuild cold", "noop": "blogbuild no-op rebuild",
                     "edit": "blogbuild one-post edit", "comment": "blogbuild one-comment add"}.get(name, name)
            ratio = f"{wall / hugo_cold:.2f}×" if hugo_cold and not name.startswith("hugo") else ""
            inner = f"{median(rows, 'inner'):.2f}" if rows[0]["inner"] is not None else ""
            lines.append(f"| {n:,} | {label} | {wall:.2f} | {inner} | {median(rows, 'cpu'):.2f} | "
                         f"{max(r['rss_mb'] for r in rows):.0f} | {1000 * wall / n:.2f} | {ratio} |")
    return "\n".join(lines)


def verdicts(all_sizes: list[dict]) -> str:
    out = []
    for size in all_sizes:
        n, res = size["n"], size["results"]
        if n not in (1000, 10000):
            continue
        cold = median(res["cold"], "wall")
        hugo = median(res["hugo cold"], "wall") if res["hugo cold"] else None
        limit = {1000: (1.5, 0.3, 0.5), 10000: (1.0, 2.0, 2.5)}[n]
        checks = []
        if hugo:
            ok = cold <= limit[0] * hugo if n == 1000 else cold < hugo
            checks.append((f"cold {cold:.2f} s vs Hugo {hugo:.2f} s ({cold / hugo:.2f}×, target "
                           f"{'≤ 1.5×' if n == 1000 else '< 1×'})", ok))
        if n == 10000:
            peak = max(r["rss_mb"] for r in res["cold"])
            checks.append((f"peak memory {peak:.0f} MB (target ≤ 1024 MB)", peak <= 1024))
        for name, target in (("noop", limit[1]), ("edit", limit[2]), ("comment", limit[2])):
            t = median(res[name], "wall")
            checks.append((f"{name} rebuild {t:.2f} s (target ≤ {target} s)", t <= target))
        for text, ok in checks:
            out.append(f"- {n:,} posts: {text}: **{'met' if ok else 'NOT met'}**")
    return "\n".join(out)


def machine() -> str:
    def run(cmd: list[str]) -> str:
        try:
            return subprocess.run(cmd, capture_output=True, text=True).stdout.strip()
        except OSError:
            return f"({cmd[0]} not available)"

    lscpu = "\n".join(line for line in run(["lscpu"]).splitlines()
                      if line.split(":")[0].strip() in {"Architecture", "CPU(s)", "Model name", "Thread(s) per core",
                                                        "Core(s) per socket", "Socket(s)", "CPU max MHz",
                                                        "Hypervisor vendor", "L2 cache", "L3 cache"})
    return f"```\n$ lscpu (excerpt)\n{lscpu}\n\n$ free -g\n{run(['free', '-g'])}\n```"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000])
    ap.add_argument("--runs", type=int, default=3, help="runs per measurement (median reported)")
    ap.add_argument("--runs-large", type=int, default=2, help="runs for sizes ≥ 10000 (each takes minutes)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/blogbuild-bench"), help="where corpora are built")
    ap.add_argument("--jobs", type=int, default=None, help="pass --jobs N to blogbuild (default: its own default)")
    ap.add_argument("--no-hugo", action="store_true")
    ap.add_argument("--no-install", action="store_true", help="do not apt-get install Hugo")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "report-build.md")
    ap.add_argument("--comments", type=int, nargs=2, default=[30, 3], metavar=("POSTS", "EACH"),
                    help="comments on the first POSTS posts by file name, EACH a post (default 30 3; 1000 20 "
                         "is a blog with 20,000 comments)")
    ap.add_argument("--working-tree", action="store_true",
                    help="benchmark the working tree as it is (default: a snapshot of HEAD)")
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    if args.working_tree:
        code, rev = REPO, "working tree"
    else:
        code, rev = snapshot(args.work)
    byte_compile(code / "blogbuild")
    hugo = None if args.no_hugo else find_hugo(not args.no_install)
    started = dt.datetime.now(dt.timezone.utc)
    load_before = os.getloadavg()
    sizes = [bench_size(n, args.work, args.runs_large if n >= 10000 else args.runs, hugo, args.jobs, code,
                        tuple(args.comments)) for n in args.sizes]
    load_after = os.getloadavg()
    command = "python bench/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    doc = f"""# Build speed: blogbuild vs Hugo

Produced by `bench/run.py` on {started:%Y-%m-%d %H:%M} UTC (blogbuild {rev}, Python {platform.python_version()},
{hugo_version(hugo) if hugo else 'Hugo not measured'}{'; Pagefind indexes both sites' if _pagefind() else ''}).

Command (from the repository root): `{command.strip()}`

Corpus: `make_corpus.py` (≈1,270 words a post, inline and display math, code in half the posts),
plus {args.comments[0] * args.comments[1]:,} comments on {args.comments[0]:,} posts for blogbuild.
blogbuild builds every page of its theme (index pages, posts, tags, categories, monthly archives,
feed with MathML, sitemap); the Hugo site builds the corpus's minimal page set (index pages, posts,
tags). Both alternate run by run.
Load average (1, 5, 15 min) before: {", ".join(f"{x:.2f}" for x in load_before)}; after:
{", ".join(f"{x:.2f}" for x in load_after)}. Other agents were using the same 2 cores during the
run, so wall times are noisy: compare the two tools within one size (they alternate), and read the
CPU column too.

{table(sizes)}

Math check of blogbuild's output (every `$…$` of the sources found intact inside a math element
of its page, no `<em>`/`<strong>` inside math): passed for
{", ".join(f"{s['math_checked']:,} formulas at {s['n']:,} posts" for s in sizes)}.

## Targets

{TARGETS}
{verdicts(sizes)}

## Machine

{machine()}
"""
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(doc, encoding="utf-8")
    print(doc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
