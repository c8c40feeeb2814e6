"""Engine rules the real-engine corpus (test_real_engines.py) found missing from the dialects, one
case each. Every expected list is what the real engine's page showed to MathJax (checked with marked
15, marked 0.3, kramed 0.5, markdown-it 13 and kramdown 2.4); the check is that the post imported by
blogbuild shows the same formulas."""

from __future__ import annotations

import pytest
import yaml
from mathjax_reference import found_by_blogbuild, same

from blogbuild.importers import jekyll
from blogbuild.importers.dialects import (
    HEXO_KRAMED,
    HEXO_MARKED,
    HEXO_MARKED_OLD,
    KRAMDOWN,
    KRAMDOWN_DOLLARS,
    Dialect,
    formulas_seen,
    to_blogbuild,
)
from blogbuild.importers.hexo import DIALECTS
from blogbuild.tex.tables import split_row

MARKDOWN_IT = DIALECTS["markdown-it"]
ROW = "| $\\\\|x\\\\|$ | $y$ |"


def shown(markdown: str, dialect: Dialect) -> list[tuple[str, str]]:
    return same(found_by_blogbuild(to_blogbuild(markdown, dialect)))


@pytest.mark.parametrize("rule,cells", [
    ("markdown-it", ["$\\|x\\|$", "$y$"]),  # `\|` is an escaped pipe whatever comes before it
    ("gfm", ["$\\\\", "x\\\\", "$", "$y$"]),  # `\\|` is an escaped backslash, then a pipe
    ("all", ["$\\\\", "x\\\\", "$", "$y$"]),
    ("kramdown", ["$\\|x\\|$", "$y$"]),
])
def test_table_rows_split_where_each_engine_split_them(rule, cells):
    assert [text for text, _ in split_row(ROW, 0, rule)] == cells
    assert [text for text, _ in split_row("| `a|b` | c |", 0, rule)] == (
        ["`a|b`", "c"] if rule == "kramdown" else ["`a", "b`", "c"])  # kramdown: a code span keeps its pipe


@pytest.mark.parametrize("dialect,found", [
    (HEXO_MARKED, []),  # marked: four cells, two shown (`$\`, `x\`); blogbuild must not pair the rest
    (MARKDOWN_IT, [("inline", "|x|"), ("inline", "y")]),
])
def test_a_doubled_backslash_before_a_pipe_in_a_table(dialect, found):
    assert shown(f"| a | b |\n|---|---|\n{ROW}\n", dialect) == found


@pytest.mark.parametrize("dialect,row,found", [
    # the escaped pipes of a cell are `|` in its TeX; blogbuild's own table needs them escaped again
    (HEXO_MARKED, "| $\\|x\\|$ | $$y$$ |", [("inline", "|x|"), ("display", "y")]),
    # kramdown: `\\|` in a cell is `\|` (one backslash dropped), in its own `$$` too
    (KRAMDOWN_DOLLARS, "| $\\\\\\|x\\\\\\|$ | $$\\|y\\|$$ |", [("inline", "\\|x\\|"), ("inline", "|y|")]),
])
def test_pipes_of_a_formula_in_a_table_cell(dialect, row, found):
    assert shown(f"| a | b |\n|---|---|\n{row}\n", dialect) == found


def test_old_marked_splits_at_an_escaped_pipe_and_shows_every_cell():
    assert shown("| a | b |\n|---|---|\n| $a\\|b$ | $y$ |\n", HEXO_MARKED_OLD) == [("inline", "y")]


def test_link_destinations_with_parentheses():
    """CommonMark (marked ≥ 0.4) balances the parentheses of a Wikipedia URL, and a title is an
    attribute; marked 0.3 ends the destination at the first `)`, so the rest is text."""
    text = '[w](http://a.com/x_(y)_z "title $t$") and $x$\n'
    assert [f.tex for f in formulas_seen(text, HEXO_MARKED)] == ["x"]
    assert [f.tex for f in formulas_seen(text, HEXO_MARKED_OLD)] == ["t", "x"]
    assert shown(text, HEXO_MARKED) == [("inline", "x")]


def test_kramdown_line_break_eats_two_backslashes():
    """kramdown: `\\\\` at the end of a line is `<br />`, so an environment outside `$$` lost its row break."""
    assert shown("text\n\n\\begin{align} a \\\\\nb \\end{align}\n", KRAMDOWN_DOLLARS) == [
        ("display", "\\begin{align} a b \\end{align}")]


def test_kramdown_math_in_a_blockquote_keeps_no_quote_marker():
    assert shown("> $$\n> a \\\\\n> b\n> $$\n", KRAMDOWN) == [("display", "a \\\\ b")]


def test_kramed_escapes_the_dollar():
    assert shown("\\$5 and $x$\n", HEXO_KRAMED) == [("inline", "5 and")]


def test_kramed_math_block_ends_a_paragraph_but_not_a_table_cell():
    text = "text\n$$x$$\nmore\n\n| a |\n|---|\n| $$y$$ |\n"
    assert shown(text, HEXO_KRAMED) == [("display", "x"), ("inline", "y")]


@pytest.mark.parametrize("dialect,found", [
    # to its closing tag and raw: `\_` and `>` as written, the blank lines inside included
    (KRAMDOWN_DOLLARS, [("inline", "x\\_1 > 0"), ("inline", "y")]),
    # CommonMark: the block ends at the blank line; the paragraph is Markdown
    (HEXO_MARKED, [("inline", "x_1 > 0"), ("inline", "y")]),
])
def test_html_block_with_blank_lines(dialect, found):
    assert shown("<details>\n<summary>s</summary>\n\n$x\\_1 > 0$ and $y$\n\n</details>\n", dialect) == found


@pytest.mark.parametrize("dialect,tex", [
    (HEXO_MARKED_OLD, "a\\{b\\}"),  # marked 0.3 read an HTML block's text as inline Markdown
    (HEXO_MARKED, "a\\\\{b\\\\}"),  # CommonMark: raw
])
def test_html_block_text_read_as_markdown_by_old_marked(dialect, tex):
    assert shown("<div>\n$a\\\\{b\\\\}$\n</div>\n", dialect) == [("inline", tex)]


@pytest.mark.parametrize("text", ["$a<b$ and <!-- more --> $c$\n", "$a<b$ x $y$ z <br> and $c$\n"])
def test_kramed_tags_run_to_the_next_angle_bracket(text):
    """`<b$ … >` was a tag on the old page: `$y$` inside it is no formula there, nor in blogbuild."""
    assert shown(text, HEXO_KRAMED) == [("inline", "c")]


@pytest.mark.parametrize("dialect,tex", [(HEXO_KRAMED, "x\\_1"), (HEXO_MARKED_OLD, "x_1")])
def test_kramed_leaves_a_block_elements_content_raw(dialect, tex):
    assert shown("x <center>$x\\_1$</center> y\n", dialect) == [("inline", tex)]


@pytest.mark.parametrize("config,tex", [("", "a~b"), ("kramdown:\n  input: kramdown\n", "a\\~b")])
def test_jekyll_gfm_input_escapes_the_tilde(tmp_path, config, tex):
    """kramdown-parser-gfm (Jekyll's default input) eats the backslash of `\\~`; kramdown's own parser keeps it."""
    (tmp_path / "_includes").mkdir()
    script = "<script>MathJax = {tex: {inlineMath: [['$', '$']]}};</script>"
    (tmp_path / "_includes" / "mathjax.html").write_text(script, encoding="utf-8")
    dialect = jekyll.choose_dialect(yaml.safe_load(config) or {}, tmp_path)
    assert shown("Let $a\\~b$ hold.\n", dialect) == [("inline", tex)]
