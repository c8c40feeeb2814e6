"""Bounded work for readers' and authors' formulas (issue 18): a formula that cannot be typeset
costs only itself, never the build; comment formulas have a length cap; the build-time worker has a
time limit per formula and per page; the recent comments box stays small. Real MathJax in Node."""

from __future__ import annotations

import os
import signal
import time

import pytest
import yaml
from helpers import post, run_cli, write_site

from blogbuild.render.math import _mathjax_html
from blogbuild.render.typeset import TypesetSettings, Typesetter, find_node

pytestmark = pytest.mark.skipif(find_node() is None, reason="needs Node.js (pip install 'blogbuild[server-math]')")

CONFIG = "title: T\nurl: https://example.org/\nauthor: A\n"


def _site(root, body="Author: $x^2$.", comments=()):
    entries = [{"id": i + 1, "author": f"r{i}", "date": f"2024-02-01 10:{i:02d}:00+00:00", "body": text}
               for i, text in enumerate(comments)]
    return write_site(root, {"p.md": post(title="P", slug="p", body=body)}, config=CONFIG,
                      comments={"p": yaml.safe_dump(entries)} if entries else None)


def _build(capsys, root, mode="server"):
    code, out, err = run_cli("build", "-s", str(root), "--math", mode, "--no-cache", capsys=capsys)
    return code, err, (root / "public" / "archives" / "p" / "index.html").read_text(encoding="utf-8")


def test_require_of_a_missing_extension_in_a_comment_is_an_error_box(tmp_path, capsys):
    root = _site(tmp_path, comments=["Try $\\require{nonexistent}x$ and $\\alpha^2$.", "Also $\\beta$."])
    code, err, page = _build(capsys, root)
    assert code == 0
    assert ("comments/p.yaml:1:6: warning: MathJax cannot typeset this formula: "
            "\\require is not allowed in a comment\n") in err
    assert page.count("<mjx-container") == 4  # the author's, the error box, and the two good ones
    assert page.count("<mjx-merror") == 1


def test_require_of_a_missing_extension_in_a_post_is_an_error_box_and_a_warning(tmp_path, capsys):
    root = _site(tmp_path, body="First $a^2$.\n\nThen $\\require{nonexistent}\\foo$ and $b^2$.")
    code, err, page = _build(capsys, root)
    assert code == 0
    assert ('posts/p.md:8:7: warning: MathJax cannot typeset this formula: '
            'Extension "[tex]/nonexistent" is not allowed to be loaded') in err
    assert page.count("<mjx-container") == 3 and page.count("<mjx-merror") == 1
    # an extension MathJax has still loads in the author's formulas
    root = _site(tmp_path / "ok", body="$\\require{cancel}\\cancel{x}$")
    code, err, page = _build(capsys, root)
    assert code == 0 and "data-mjx-error" not in page and "updiagonalstrike" in page


def test_a_64_kb_comment_formula_is_capped_and_the_build_stays_quick(tmp_path, capsys):
    tex = "a" + "+a" * 32_767 + "+b"
    root = _site(tmp_path, comments=[f"Look ${tex}$ here, and $\\alpha$."])
    started = time.perf_counter()
    code, err, page = _build(capsys, root)
    assert code == 0 and time.perf_counter() - started < 20
    assert (f"<code>{tex[:60]}…</code> <em>(a formula of {len(tex):,} characters, not shown: "
            f"a comment's formula may have 2,000)</em>") in page
    assert page.count("<mjx-container") == 2  # the author's and the comment's short one
    assert len(page) < 100_000


@pytest.mark.parametrize("mode", ["server", "client"])
@pytest.mark.parametrize("size", [1_900, 16_000])
def test_the_recent_comments_box_stays_small_with_a_long_formula(tmp_path, capsys, mode, size):
    tex = ("a" + "+a" * size)[:size]
    root = _site(tmp_path, comments=[f"${tex}$", "Short $\\alpha$ one."])
    code, _err, _page = _build(capsys, root, mode)
    assert code == 0
    recent = (root / "public" / "comments" / "recent.html").read_text(encoding="utf-8")
    assert len(recent.encode()) < 8_000
    if size < 2_000:  # (over the cap, the formula is never typeset: its note is text)
        assert "[…]" in recent
    assert recent.count("\\alpha") == 1 or recent.count("mjx-container") == 1  # the short formula kept


def _slow(terms: int, last: str = "b") -> str:
    return "$" + "a" + "+a" * terms + "+" + last + "$"


def test_a_formula_over_the_time_limit_is_an_error_box_and_a_warning(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BLOGBUILD_MATH_FORMULA_SECONDS", "0.05")
    root = _site(tmp_path, body=f"Quick $x^2$.\n\nSlow {_slow(3000)}.\n\nQuick $y^2$.")
    started = time.perf_counter()
    code, err, page = _build(capsys, root)
    assert code == 0
    assert ("posts/p.md:8:7: warning: MathJax cannot typeset this formula: "
            "took longer than 0.05 s (the time limit of one formula)\n") in err
    assert page.count("<mjx-container") == 3 and page.count("<mjx-merror") == 1
    assert time.perf_counter() - started < 20


def test_a_page_the_worker_does_not_finish_in_time_is_error_boxes(tmp_path, capsys, monkeypatch):
    # MathJax's TeX post-processing of a long sum is not where the worker looks at the clock: the
    # Python side gives up on the page (its limit plus typeset.SLACK), kills the worker, and the
    # page's formulas are error boxes; the build goes on.
    monkeypatch.setenv("BLOGBUILD_MATH_PAGE_SECONDS", "0.3")
    body = "\n\n".join(f"Formula {i}: {_slow(8000, str(i))}" for i in range(2)) + "\n\nLast $z$."
    root = _site(tmp_path, body=body)
    started = time.perf_counter()
    code, err, page = _build(capsys, root)
    assert code == 0 and time.perf_counter() - started < 20
    message = ("MathJax cannot typeset this formula: "
               "not typeset: its page took longer than 0.3 s (the time limit of one page)")
    assert err == "".join(f"posts/p.md:{line}:{col}: warning: {message}\n" for line, col in ((6, 13), (8, 13), (10, 7)))
    assert page.count("<mjx-container") == 3


def test_a_worker_that_does_not_answer_is_replaced_and_its_page_is_error_boxes(monkeypatch):
    monkeypatch.setenv("BLOGBUILD_MATH_PAGE_SECONDS", "1")
    docs = [[_mathjax_html("x^2", "inline", False)], [_mathjax_html("y", "inline", False)]]
    with Typesetter(TypesetSettings((), "/f", 0.5), processes=1) as typesetter:
        typesetter.typeset(docs[:1])  # started
        stuck = typesetter._workers[0]._process
        os.kill(stuck.pid, signal.SIGSTOP)  # a real hang: it answers nothing
        started = time.perf_counter()
        first, second = typesetter.typeset(docs)
        assert time.perf_counter() - started < 15
        assert stuck.poll() is not None  # killed
        assert first.errors == (("x^2", "not typeset: its page took longer than 1 s (the time limit of one page)"),)
        assert second.errors == () and "<mjx-container" in second.math[0]
