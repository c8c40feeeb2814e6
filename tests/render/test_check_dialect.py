"""`blogbuild check` tells a post written for another site's math rules, in one line naming the
command that rewrites it; prices and posts already in blogbuild's rules get no such line."""

from __future__ import annotations

import pytest
from helpers import post, run_cli, write_site

from blogbuild.importers.markdown_posts import rewrite_in_place


def check_lines(tmp_path, body, capsys):
    site = write_site(tmp_path / "site", {"x.md": post(body=body)})
    code, out, _ = run_cli("check", "-s", str(site), capsys=capsys)
    return site, code, out.splitlines()


def test_mathjax_pairing(tmp_path, capsys):
    _, code, lines = check_lines(tmp_path, "Intro.\n\nLet $ x $ be real and $ y_1 $ too.", capsys)
    assert code == 1
    assert lines == ["posts/x.md:7:5: written for MathJax's $-pairing: 2 formulas such as '$ x $' are not "
                     "math here; rewrite with: blogbuild import markdown posts/x.md"]


def test_markdown_escapes(tmp_path, capsys):
    _, _, lines = check_lines(tmp_path, "$a\\_1$ and $\\left\\\\{ b \\right.$", capsys)
    assert lines == ["posts/x.md:5:1: written for Markdown that eats backslashes (Hexo's marked): 2 formulas "
                     "keep Markdown escapes such as '\\_'; rewrite with: blogbuild import markdown posts/x.md"]


def test_kramdown(tmp_path, capsys):
    _, _, lines = check_lines(tmp_path, "Inline $$a\\_1$$ and $b\\_2$ here.", capsys)
    assert len(lines) == 1 and "written for kramdown: 2 formulas keep" in lines[0]


@pytest.mark.parametrize("body", [
    "Prices: $5 and $6, and $x_1$ is math.",
    "A single \\_ in prose, $x$ and `$ y $` in code.",
    "$\\text{file\\_name}$ once.",
])
def test_no_line_for_blogbuild_posts(tmp_path, capsys, body):
    _, code, lines = check_lines(tmp_path, body, capsys)
    assert (code, lines) == (0, [])


def test_the_suggested_rewrite_makes_check_quiet(tmp_path, capsys):
    site, _, lines = check_lines(tmp_path, "Let $ x $ be and $ y $ and $a\\_1$ too.\n\n```\n$ z $\n```", capsys)
    assert lines
    before = (site / "posts" / "x.md").read_text(encoding="utf-8")
    summary = rewrite_in_place(site, site / "posts" / "x.md")
    assert summary == ["posts/x.md: rewritten from MathJax's $-pairing", "1 post rewritten"]
    after = (site / "posts" / "x.md").read_text(encoding="utf-8")
    assert after.split("---\n", 2)[1] == before.split("---\n", 2)[1]  # front matter untouched
    assert "Let $x$ be and $y$ and $a\\_1$ too." in after and "$ z $" in after
    assert run_cli("check", "-s", str(site), capsys=capsys)[:2] == (0, "")
