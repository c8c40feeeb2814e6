"""How long `blogbuild import typecho` takes on a big blog: writes a mysqldump-style Typecho dump
(Typecho's install/Mysql.sql tables; Markdown posts with MathJax-style formulas, HTML posts,
threaded comments, pingbacks and spam), then times the real command on it.

    python bench/typecho_import.py --posts 1000 --comments 30000 [--runs 3] [--math-every 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CONTENT_COLUMNS = ["cid", "title", "slug", "created", "modified", "text", "order", "authorId", "template", "type",
                   "status", "password", "commentsNum", "allowComment", "allowPing", "allowFeed", "parent", "views"]
COMMENT_COLUMNS = ["coid", "cid", "created", "author", "authorId", "ownerId", "mail", "url", "ip", "agent", "text",
                   "type", "status", "parent"]
PARAGRAPH = ("设矩阵$ \\boldsymbol{A} $的特征值为$\\lambda_1,\\dots,\\lambda_n$，则$\\det(\\exp(\\boldsymbol{A})) = "
             "e^{\\text{Tr}(\\boldsymbol{A})}$。这说明矩阵指数总是可逆的，而且 it costs $5 and $6 to print.\n\n"
             "$$\\begin{aligned}\\exp(\\boldsymbol{A}) &= \\sum_{n=0}^{\\infty} \\frac{\\boldsymbol{A}^n}{n!} \\\\ "
             "&= \\boldsymbol{I} + \\boldsymbol{A} + \\frac{1}{2}\\boldsymbol{A}^2 + \\cdots\\end{aligned}$$\n\n")
HTML = ("<p>Euler: \\(e^{i\\pi}+1=0\\) and $a<b$, $x_1 * y_1$; 'quotes' and \\\\ backslashes.</p>\n"
        "<p>$$\\int_0^1 x^2\\,dx = \\frac{1}{3}$$</p>\n")


def _value(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    text = str(value).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r")
    return "'" + text + "'"


def _insert(table: str, rows: list[list[object]], per_statement: int = 200) -> str:
    out = []
    for start in range(0, len(rows), per_statement):
        chunk = rows[start:start + per_statement]
        out.append(f"INSERT INTO `{table}` VALUES " + ",".join("(" + ",".join(map(_value, r)) + ")" for r in chunk)
                   + ";")
    return "\n".join(out)


def make_dump(posts: int, comments: int, math_every: int = 3, seed: int = 1) -> str:
    """math_every: one comment in that many has formulas (1: all)."""
    rng = random.Random(seed)
    t0 = 1262304000  # 2010-01-01
    contents = []
    for cid in range(1, posts + 1):
        text = ("<!--markdown-->" + PARAGRAPH * rng.randint(2, 6) + "<!--more-->\n\n" + PARAGRAPH * 2
                if cid % 5 else HTML * 4)
        created = t0 + cid * 86400
        contents.append([cid, f"文章 {cid}: 矩阵的指数", str(cid), created, created + 600, text, 0, 1, None, "post",
                         "publish" if cid % 50 else "hidden", None, 0, "1", "1", "1", 0, rng.randint(0, 50000)])
    rows = []
    by_post: dict[int, list[int]] = {}
    for coid in range(1, comments + 1):
        cid = rng.randint(1, posts)
        earlier = by_post.setdefault(cid, [])
        parent = rng.choice(earlier) if earlier and rng.random() < 0.4 else 0
        earlier.append(coid)
        kind = "pingback" if coid % 97 == 0 else "comment"
        status = "spam" if coid % 53 == 0 else "approved"
        rows.append([coid, cid, t0 + cid * 86400 + coid, f"读者{coid % 500}", 0, 1, f"reader{coid}@example.com",
                     f"https://reader{coid % 500}.example/", f"203.0.113.{coid % 250}", "Mozilla/5.0",
                     f"评论 {coid}：我觉得$ x^2 + y^2 $这里应该是$\\le 1$。\n第二行。" if coid % math_every == 0 else
                     f"评论 {coid}：写得很好，谢谢博主！\n第二行。", kind, status, parent])
    options = [["siteUrl", 0, "https://kexue.example"], ["title", 0, "科学空间"], ["timezone", 0, "28800"]]
    return "\n".join([
        "-- MySQL dump 10.13", "/*!40101 SET NAMES utf8mb4 */;",
        "CREATE TABLE `typecho_contents` (" + ",".join(f"`{c}` text" for c in CONTENT_COLUMNS) + ");",
        _insert("typecho_contents", contents, 50),
        "CREATE TABLE `typecho_comments` (" + ",".join(f"`{c}` text" for c in COMMENT_COLUMNS) + ");",
        _insert("typecho_comments", rows),
        "CREATE TABLE `typecho_options` (`name` varchar(32), `user` int(10), `value` text);",
        _insert("typecho_options", options), ""])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--comments", type=int, default=30000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--math-every", type=int, default=3, metavar="N",
                        help="one comment in N has formulas (default 3; 1: every comment)")
    parser.add_argument("--keep", metavar="DIR", help="keep the dump and the last site here")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-import-"))
    work.mkdir(parents=True, exist_ok=True)
    dump = work / "blog.sql"
    dump.write_text(make_dump(args.posts, args.comments, args.math_every), encoding="utf-8")
    print(f"{dump}: {dump.stat().st_size / 1e6:.1f} MB, {args.posts} posts, {args.comments} comments")
    times = []
    for _ in range(args.runs):
        site = work / "site"
        shutil.rmtree(site, ignore_errors=True)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "blogbuild", "import", "typecho", str(dump), "-s", str(site)],
                              capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if done.returncode:
            sys.exit(done.stderr)
    print(done.stdout.rstrip())
    print(f"import: median {statistics.median(times):.2f} s of {args.runs} ({', '.join(f'{t:.2f}' for t in times)})")
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
