"""Code spans bind tighter than math (CommonMark): a `$`, `$$`, `\\)` or `\\]` inside a complete code
span never closes a formula, so math never cuts a code span in two."""

from __future__ import annotations

import time
from collections import Counter

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from blogbuild.render.markdown import make_comment_markdown, make_markdown

MD = make_markdown()
COMMONMARK = MarkdownIt("commonmark")


def test_prices_and_a_code_span_are_not_math():
    out = MD.render("价格是 \\$5,并且 $5 与 $6 之间不是公式。代码里的 `$x_1*y_2$` 也不是公式。")
    assert "<code>$x_1*y_2$</code>" in out
    assert 'class="math' not in out


@pytest.mark.parametrize("source,code", [
    ("$6 and ``a $ b`` end", "a $ b"),
    ("$a ``b` c$`` d", "b` c$"),
    ("a $$x `$$` y", "$$"),
    ("a \\(x `\\)` y", "\\)"),
    ("a \\[x `\\]` y", "\\]"),
    ("`$x` b$ c", "$x"),  # an opener inside a code span: the backtick rule runs first there
])
def test_no_closer_inside_a_code_span(source, code):
    out = MD.render(source)
    assert f"<code>{code}</code>" in out
    assert 'class="math' not in out


@pytest.mark.parametrize("source,tex", [
    ("a $x `b$ c", "\\(x `b\\)"),  # an unmatched backtick run is literal text
    ("a $x ``b$ c`", "\\(x ``b\\)"),  # two backticks are not closed by one
    ("a $x `b` c$ d", "\\(x `b` c\\)"),  # a span wholly inside a formula is TeX, as before
    ("a \\(x `\\)` y\\) z", "\\(x `\\)` y\\)"),
])
def test_formulas_around_backticks(source, tex):
    assert f'<span class="math inline">{tex}</span>' in MD.render(source)


def test_code_span_inside_a_display_formula_does_not_close_it():
    out = MD.render("Text\n$$\nx `$$` y\n$$\nafter")
    assert '<span class="math display">\\[\nx `$$` y\n\\]</span>' in out
    assert "after" in out and "<code>" not in out


def test_code_span_next_to_a_display_line():
    out = MD.render("Text\n$$x$$\nand `$$y$$` here")
    assert '<span class="math display">\\[x\\]</span>' in out
    assert "<code>$$y$$</code>" in out


def test_code_span_after_a_display_block():
    out = MD.render("$$\nx\n$$\n\nUse `$$` and `\\]` to close.")
    assert '<div class="math display">\\[\nx\n\\]</div>' in out
    assert "<code>$$</code>" in out and "<code>\\]</code>" in out


# ----------------------------------------------------------------------------- property

FRAGMENTS = ["word", "x", " ", "$", "$$", "`", "``", "\\", "\\(", "\\)", "\\[", "\\]", "\\$", "\\`",
             "{", "}", "5", "42", "中文", "，", "。"]
texts = st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(lambda parts: "w " + "".join(parts))
"""One line starting with a word: only inline rules apply (no fence, list or `$$` block)."""


def _inline(md: MarkdownIt, text: str) -> list:
    return [t for block in md.parse(text) if block.children for t in block.children]


@settings(max_examples=500, deadline=None)
@given(texts)
@example("w $a `$` and $6 `$x$` \\(y `\\)`")
def test_math_never_cuts_a_code_span(text):
    """Every code span plain CommonMark finds is still a code span, unless a formula holds it whole
    (then it is TeX, written verbatim in the formula); and math makes no new ones."""
    tokens = _inline(MD, text)
    codes = Counter(t.content for t in tokens if t.type == "code_inline")
    formulas = [t.content for t in tokens if t.type == "math_inline"]
    for span in (t for t in _inline(COMMONMARK, text) if t.type == "code_inline"):
        if codes[span.content]:
            codes[span.content] -= 1
            continue
        sources = (span.markup + span.content + span.markup, f"{span.markup} {span.content} {span.markup}")
        assert any(s in f for s in sources for f in formulas), (text, span.content, formulas)
    assert not +codes, (text, codes)


@pytest.mark.parametrize("unit", ["$`", "`$`", "\\(`", "$$`", "$``a`"])
def test_backticks_in_a_long_comment_take_linear_time(unit):
    md = make_comment_markdown()
    body = unit * (100_000 // len(unit))
    started = time.process_time()  # CPU time: a busy machine slows the clock, not the work
    md.render(body)
    assert time.process_time() - started < 3.0
