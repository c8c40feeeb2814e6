"""render/math.py replaces markdown-it's paragraph rule by a copy that keeps formulas whole: it must be
the copy that runs, and on text without a multi-line formula it must split paragraphs as upstream."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it.rules_block.paragraph import paragraph as upstream_paragraph

from blogbuild.render.markdown import make_markdown

MD = make_markdown()
UPSTREAM = make_markdown()
UPSTREAM.block.ruler.at("paragraph", upstream_paragraph)

FRAGMENTS = [
    "x", " ", "  ", "\n", "\n\n", "5", "$", "\\(", "\\)", "\\", "{", "}", "`", "```", "~~~\n", "- ", "* ",
    "1. ", "> ", "# ", "| a | b |\n|---|---|\n", "|", "[r]: /u\n", "[^1]: n\n", "<div>", "</div>", "---",
    "===", "    ", "\t", "中文", "\u2003", "\u00a0", "\r\n",
]
"""Markdown without `$$`, `\\[` or `\\begin{`: no formula that spans lines, the one case where the
copy differs on purpose. Lines start with list, quote, fence, table… markers: the terminators."""
texts = st.lists(st.sampled_from(FRAGMENTS), max_size=50).map("".join)


def _paragraph_rule(md):
    return dict(zip(md.block.ruler.get_active_rules(), md.block.ruler.getRules(""), strict=True))["paragraph"]


def test_the_copy_runs():
    assert _paragraph_rule(MD).__module__ == "blogbuild.render.math"
    assert _paragraph_rule(UPSTREAM) is upstream_paragraph


@settings(max_examples=400, deadline=None)
@given(texts)
def test_same_html_as_upstream_without_multiline_math(text):
    assert MD.render(text) == UPSTREAM.render(text)


def test_differs_from_upstream_inside_a_formula():
    text = "Let\n\\begin{align}\n- c\n\\end{align}\nend"
    assert MD.render(text) != UPSTREAM.render(text)
    assert "<li>" not in MD.render(text)
