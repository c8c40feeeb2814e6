"""The description of a page: plain text, short, never TeX or tags, whatever the excerpt holds."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from blogbuild.render.describe import LIMIT, describe, tex_text

_TEX = st.lists(st.sampled_from(list("abcxyz\\{}_^()+-= 12") + ["\\frac", "\\boldsymbol", "\\exp", "\\le",
                                                           "\\left(", "\\right)", "\\,"]),
                max_size=30).map("".join)
_WORDS = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=300)


@given(st.lists(st.tuples(_WORDS.filter(lambda w: "\\" not in w), _TEX), max_size=6), st.booleans())
def test_plain_short_and_free_of_tex(parts, display):
    """Prose without backslashes around formulas: the description has no backslash at all (no TeX
    command, no delimiter), no tag, and fits the limit."""
    kind = "display" if display else "inline"
    source = "".join(f"<p>{html.escape(words)}<span class=\"math {kind}\">\\({html.escape(tex)}\\)</span></p>"
                     for words, tex in parts)
    text = describe(source)
    assert len(text) <= LIMIT
    assert "\\" not in text
    assert "<span" not in text and "</p>" not in text


@given(st.text(alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Nd"), max_codepoint=0x7f), min_size=1,
               max_size=LIMIT).map(lambda s: s.strip()).filter(bool))
def test_short_plain_text_is_kept_as_it_is(words):
    assert describe(f"<p>{words}</p>") == words


def test_formulas_keep_their_readable_bones():
    assert tex_text(r"\exp(\boldsymbol{A})") == "exp(A)"
    assert tex_text(r"a_1,\dots,a_n") == "a1,…,an"
    assert tex_text(r"\log p(x) \le 0") == "log p(x) ≤ 0"
    assert tex_text("\\(a\\\\)") == "a"
    assert describe('<p>我们得到矩阵<span class="math inline">\\(\\exp(\\boldsymbol{A})\\)</span>总是可逆的</p>'
                    '<div class="math display">\\[\\int_0^1 x\\,dx\\]</div>') == "我们得到矩阵exp(A)总是可逆的"
    long = "word " * 100
    cut = describe(f"<p>{long}</p>")
    assert cut.endswith("…") and len(cut) <= LIMIT and cut[:-1].strip() == cut[:-1]
