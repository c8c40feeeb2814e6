"""blogbuild.incremental.dispatch only skips rules that cannot match: the tokens must be those of
markdown-it's own loops."""

from __future__ import annotations

import pytest
from helpers import MARKDOWN_DOCS as DOCS
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it.parser_block import ParserBlock
from markdown_it.parser_inline import ParserInline

from blogbuild.incremental.dispatch import install, installed
from blogbuild.render.highlight import highlight_code
from blogbuild.render.markdown import make_comment_markdown, make_markdown, parse

FRAGMENTS = [
    "$", "$$", "\\", "\\(", "\\)", "\\[", "\\]", "{", "}", "\\$", "x", " ", "  ", "\n", "\n\n", "5",
    "\\begin{equation}", "\\end{equation}", "\\begin{align*}", "\\end{align*}", "\\text{", "\\label{a}",
    "\\eqref{a}", "`", "``", "```", "```python\n", "~~~\n", "~~", "- ", "* ", "+ ", "1. ", "2) ", "> ",
    "# ", "### ", "| a | b |\n|---|---|\n", "|", "[l](/x/)", "[^1]", "[^1]: n\n", "^[inline]", "[r]: /u\n",
    "[r]", "<!--more-->", "<div>", "</div>", "<b>", "<http://a.b>", "&amp;", "&#35;", "&", "*", "_", "**",
    "    ", "\t", "中文", "，", "---", "===", "***", "!", "![i](/i.png)", ":", "\\\\", "\\*", "\r\n", "\x00",
]
docs = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)


def _plain(make):
    """The parser as render/ makes it: markdown-it's own tokenize loops."""
    md = make()
    assert md.block.tokenize.__func__ is ParserBlock.tokenize and md.inline.tokenize.__func__ is ParserInline.tokenize
    return md


FAST, PLAIN = install(make_markdown()), _plain(make_markdown)
highlight_code("x", "no-such-language")
"""Look a language up among Pygments' plugins now: one may import IPython, which raises the
recursion limit, and Hypothesis warns if that happens inside a test."""
FAST_COMMENT, PLAIN_COMMENT = install(make_comment_markdown()), _plain(make_comment_markdown)


def _tokens(md, text: str, inspect: bool) -> list:
    env: dict = {}
    tokens = parse(md, text, env, (lambda _: None) if inspect else None)
    return [t.as_dict() for t in tokens], md.renderer.render(tokens, md.options, env)


def _assert_compares_the_copy_with_upstream():
    """Without this, on a markdown-it-py the copy is not for, FAST would be PLAIN and every
    comparison below would pass comparing upstream with itself."""
    assert installed(FAST) and installed(FAST_COMMENT), "dispatch is off: see dispatch.COPIED_FROM"
    assert not installed(PLAIN) and not installed(PLAIN_COMMENT)


def test_dispatch_is_installed():
    _assert_compares_the_copy_with_upstream()
    assert FAST.block.tokenize.__name__ == "block_tokenize"
    assert FAST.inline.tokenize.__name__ == "inline_tokenize"


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_same_tokens_on_real_posts(path):
    _assert_compares_the_copy_with_upstream()
    text = path.read_text(encoding="utf-8")
    assert _tokens(FAST, text, True) == _tokens(PLAIN, text, True)
    assert _tokens(FAST, text, False) == _tokens(PLAIN, text, False)


@settings(max_examples=300)
@given(docs)
def test_same_tokens_on_any_text(text):
    _assert_compares_the_copy_with_upstream()
    assert _tokens(FAST, text, True) == _tokens(PLAIN, text, True)
    assert FAST_COMMENT.render(text) == PLAIN_COMMENT.render(text)


def test_rules_switched_off_later_are_honoured():
    md = install(make_markdown())
    assert installed(md)
    text = "# h\n\n- a *b* [l](/x/)\n"
    before = md.render(text)
    md.disable(["heading", "emphasis"])
    after = md.render(text)
    assert "<h1" not in after and "<em>" not in after and after != before
    assert after == _plain(make_markdown).disable(["heading", "emphasis"]).render(text)
