"""Progress on long work: one line redrawn in place on a terminal, nothing in a pipe, --quiet.

The terminal is a real pseudo-terminal (the pty module) holding the build's stderr; the pipe is
a plain subprocess pipe, as CI's logs are.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import time
from pathlib import Path

from helpers import fake_isso, post, write_site

CLEAR = "\r\x1b[K"  # the terminal's "back to the start of the line and erase it"
BLOGBUILD = [sys.executable, "-m", "blogbuild"]


def _site(tmp_path):
    posts = {f"2024-01-0{n}-p{n}.md": post(f"Post {n}", f"2024-01-0{n}", f"Body {n}.", slug=f"p{n}")
             for n in range(1, 4)}
    return write_site(tmp_path / "site", posts)


def _in_a_terminal(argv: list[str], cwd) -> tuple[int, str, str]:
    """Run with stderr on a pseudo-terminal; return (exit code, stdout, what the terminal got)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    got = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal (EIO on Linux)
            break
        if not chunk:
            break
        got += chunk
    os.close(master)
    out = proc.stdout.read().decode()
    proc.stdout.close()
    return proc.wait(timeout=120), out, got.decode("utf-8", "replace")


def test_in_a_pipe_only_the_summary_and_no_carriage_return(tmp_path):
    site = _site(tmp_path)
    run = subprocess.run([*BLOGBUILD, "build"], cwd=site, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    assert len(run.stdout.splitlines()) == 1 and run.stdout.startswith("Built 3 posts")
    assert "\r" not in run.stdout + run.stderr


def test_on_a_terminal_one_line_redrawn_in_place_and_erased_at_the_end(tmp_path):
    site = _site(tmp_path)
    code, out, term = _in_a_terminal([*BLOGBUILD, "build"], site)
    assert code == 0, term
    assert out.startswith("Built 3 posts") and len(out.splitlines()) == 1
    term = term.replace("\r\n", "\n")  # the terminal's own line endings, not ours
    assert "\n" not in term, "one line, never scrolling"
    draws = [d for d in term.split(CLEAR) if d]
    assert draws[0].startswith("reading posts")
    assert any(d.startswith("rendering 3 posts") for d in draws)
    assert any(d.startswith("writing ") for d in draws)
    assert term.endswith(CLEAR), "the line is erased before the summary"


def test_quiet_prints_nothing_even_on_a_terminal(tmp_path):
    site = _site(tmp_path)
    code, out, term = _in_a_terminal([*BLOGBUILD, "build", "--quiet"], site)
    assert (code, out, term) == (0, "", "")
    assert (site / "public" / "archives" / "p2" / "index.html").is_file()


def test_a_warning_starts_on_a_line_of_its_own(tmp_path):
    site = _site(tmp_path)
    bad = post("Bad", "2024-01-09", "See [x](/archives/nowhere/).", slug="bad")
    (site / "posts" / "2024-01-09-bad.md").write_text(bad, encoding="utf-8")
    code, out, term = _in_a_terminal([*BLOGBUILD, "build"], site)
    assert code == 0, term
    lines = term.replace("\r\n", "\n").split("\n")
    (warning,) = [line for line in lines if "nowhere" in line]
    assert warning.endswith(CLEAR + "posts/2024-01-09-bad.md:6:9: warning: link to a post that does not exist: "
                            "/archives/nowhere/"), "the progress line is erased before the warning is printed"


def test_import_shows_its_stages_on_a_terminal_and_nothing_in_a_pipe(tmp_path):
    source = Path(__file__).resolve().parent / "importers" / "fixtures" / "hexo-site"
    code, out, term = _in_a_terminal([*BLOGBUILD, "import", "hexo", str(source), "-s", str(tmp_path / "a")], tmp_path)
    assert code == 0, term
    draws = [d for d in term.replace("\r\n", "\n").split(CLEAR) if d]
    assert draws[0].startswith("reading hexo-site") and any(d.startswith("writing the blog") for d in draws)
    assert term.endswith(CLEAR) and out.strip()
    run = subprocess.run([*BLOGBUILD, "import", "hexo", str(source), "-s", str(tmp_path / "b")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and "\r" not in run.stdout + run.stderr and run.stdout.count("\n") == out.count("\n")
    code, out, term = _in_a_terminal([*BLOGBUILD, "import", "hexo", str(source), "-s", str(tmp_path / "c"), "--quiet"],
                                     tmp_path)
    assert (code, out, term) == (0, "", "") and (tmp_path / "c" / "blog.yaml").is_file()


def _one_comment_a_thread(path: str) -> bytes:
    """One comment on every page, answered after a pause so the progress line has time to be drawn."""
    time.sleep(0.4)
    slug = path.split("%2Farchives%2F")[1].split("%2F")[0]
    return json.dumps({"id": None, "total_replies": 1, "hidden_replies": 0, "replies": [
        {"id": len(slug) + ord(slug[-1]), "parent": None, "created": 1700000000.5, "modified": None,
         "mode": 1, "text": f"On {slug}.", "author": "Ann", "website": None, "likes": 0, "dislikes": 0,
         "hash": "x", "replies": []}]}).encode()


def test_comments_pull_counts_the_threads_on_a_terminal_and_prints_only_its_summary_in_a_pipe(tmp_path):
    with fake_isso(_one_comment_a_thread) as server:
        url = server.url
        config = f"title: T\nurl: https://example.org/\ncomments:\n  provider: isso\n  url: {url}\n"
        posts = {f"p{n}.md": post(f"P{n}", f"2024-01-0{n}", slug=f"p{n}") for n in range(1, 4)}
        site = write_site(tmp_path / "t", posts, config=config)
        code, out, term = _in_a_terminal([*BLOGBUILD, "comments", "pull"], site)
        assert code == 0, term
        assert out == f"Pulled 3 threads from {url}: 3 new, 0 edited, 3 files written\n"
        draws = [d for d in term.replace("\r\n", "\n").split(CLEAR) if d]
        assert "\n" not in term.replace("\r\n", "\n")
        counted = {d.split(" … ")[0] for d in draws if d.startswith("pulling comments: threads")}
        assert counted >= {f"pulling comments: threads {k}/3" for k in range(3)}, draws
        assert term.endswith(CLEAR)
        assert sorted(p.name for p in (site / "comments").iterdir()) == ["p1.yaml", "p2.yaml", "p3.yaml"]

        pipe = write_site(tmp_path / "p", posts, config=config)
        run = subprocess.run([*BLOGBUILD, "comments", "pull"], cwd=pipe, capture_output=True, text=True, timeout=120)
        assert (run.returncode, run.stderr, run.stdout) == (0, "", out)
        quiet = write_site(tmp_path / "q", posts, config=config)
        assert _in_a_terminal([*BLOGBUILD, "comments", "pull", "--quiet"], quiet)[2] == ""
