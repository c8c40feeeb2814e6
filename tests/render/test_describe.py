"""The description of a page: plain text, short, never TeX, tags or MathJax's output, whatever the
excerpt holds and whichever math mode built it; the linear text of formulas; link previews' image."""

from __future__ import annotations

import html
import re
import unicodedata

import pytest
from helpers import post, run_cli, write_site
from hypothesis import given, settings
from hypothesis import strategies as st

from blogbuild.render.describe import LIMIT, describe, describe_list, first_image
from blogbuild.tex.linear import MAX_DEPTH, linear_text

_TEX = st.lists(st.sampled_from(list("abcxyz\\{}_^()+-= 12") + ["\\frac", "\\boldsymbol", "\\exp", "\\le",
                                                           "\\left(", "\\right)", "\\,", "\\sqrt", "\\text",
                                                           "\\begin{aligned}", "&", "\\\\", "[", "]"]),
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


@given(st.text(max_size=200))
def test_any_tex_gives_one_line_without_commands(tex):
    """Anybody's TeX (a comment's too): a line of text, no error, no command name left as `\\name`."""
    text = linear_text(tex)
    assert "\n" not in text and text == text.strip()
    assert not re.search(r"\\[A-Za-z]", text)


@given(st.text(alphabet="abcxyz0123456789+-=,.()", max_size=40))
def test_tex_without_commands_reads_as_written(tex):
    """Letters, digits and operators are their own linear text (spaces collapsed)."""
    assert linear_text(tex) == " ".join(tex.split())


def test_deep_nesting_is_bounded():
    assert linear_text("{" * 100_000 + "x" + "}" * 100_000) == "x"  # braces past MAX_DEPTH read flat
    assert linear_text("{" * (MAX_DEPTH - 1) + "x" + "}" * (MAX_DEPTH - 1)) == "x"


@pytest.mark.parametrize(("tex", "text"), [
    (r"\exp(\boldsymbol{A})", "exp(A)"),
    (r"a_1,\dots,a_n", "a₁,…,aₙ"),
    (r"\log p(x) \le 0", "log p(x) ≤ 0"),
    ("\\(a\\\\)", "a"),
    (r"\det(\exp(\boldsymbol{A}))=\exp(\text{Tr}(\boldsymbol{A}))", "det(exp(A))=exp(Tr(A))"),
    (r"\arctan x = x - \frac{x^3}{3} + \frac{x^5}{5} - \cdots", "arctan x = x - x³/3 + x⁵/5 - ⋯"),
    (r"\int_{-\infty}^{+\infty} e^{-x^2} dx = \sqrt{\pi}", "∫_(-∞)^(+∞) e^(-x²) dx = √π"),
    (r"\left(\sum_i a_i b_i\right)^2 \le \sum_i a_i^2", "(Σᵢ aᵢ bᵢ)² ≤ Σᵢ aᵢ²"),
    (r"\begin{aligned} a &= b \\ c &= d\end{aligned}", "a = b ; c = d"),
    (r"x \in \mathbb{R}^n,\ \binom{n}{k}, \sqrt[3]{2}", "x ∈ ℝⁿ, C(n, k), ∛2"),
    (r"\frac{a+b}{2} \ne \frac{1}{\sqrt{x}}", "(a+b)/2 ≠ 1/√x"),
    (r"f(x) \label{eq:f}\tag{3}", "f(x)"),
])
def test_formulas_read_as_a_line_of_text(tex, text):
    assert linear_text(tex) == text


def test_typeset_formulas_give_the_same_description_as_their_tex():
    """A description never shows MathJax's output (`exp ⁡ ( A )`): a container typeset at build time
    is read from the TeX it keeps in data-tex, as the untypeset span is from its text; the mark kept
    with a formula (span.nowrap) adds no space."""
    typeset = ('<mjx-container class="MathJax" jax="CHTML" data-tex="\\exp(\\boldsymbol{A})"><mjx-math>'
               '<mjx-mi>exp</mjx-mi><mjx-mo>\u2061</mjx-mo><mjx-mo>(</mjx-mo></mjx-math></mjx-container>')
    client = '<span class="math inline">\\(\\exp(\\boldsymbol{A})\\)</span>'
    for formula in (client, f'<span class="math inline">{typeset}</span>'):
        source = f'<p>我们得到矩阵<span class="nowrap">{formula}，</span>总是可逆的</p>' \
                 f'<div class="math display">\\[\\int_0^1 x\\,dx\\]</div>'
        assert describe(source) == "我们得到矩阵exp(A)，总是可逆的"


def test_long_text_and_long_listing_descriptions_are_cut():
    long = "word " * 100
    cut = describe(f"<p>{long}</p>")
    assert cut.endswith("…") and len(cut) <= LIMIT and cut[:-1].strip() == cut[:-1]
    titles = [f"第{i}篇文章的标题" for i in range(40)]
    listed = describe_list("标签“矩阵”下的 40 篇文章", titles, ("：", "、"))
    assert listed.startswith("标签“矩阵”下的 40 篇文章：第0篇文章的标题、第1篇") and listed.endswith("…")
    assert len(listed) == LIMIT
    assert describe_list("Lead", [], (": ", ", ")) == "Lead"


def test_first_image_skips_inline_data():
    assert first_image('<p><img src="data:image/png;base64,AAA" alt=""><img alt="x" src="a/b.png?x=1&amp;y=2">') \
        == "a/b.png?x=1&y=2"
    assert first_image("<p>no image</p>") is None


@pytest.mark.parametrize("math", ["client", "server"])
def test_built_pages_describe_formulas_and_preview_images(tmp_path, math):
    """Through the CLI, in both math modes: a post's description reads its formulas as text; a post
    with an image gets og:image (absolute) and a large twitter card, one without gets neither."""
    body = ("对于任意方阵$\\boldsymbol{A}$，恒等式"
            "$\\det(\\exp(\\boldsymbol{A}))=\\exp(\\text{Tr}(\\boldsymbol{A}))$都成立。\n\n![图](figs/plot.png)\n")
    root = write_site(tmp_path / "site", {"2024-01-01-a.md": post("A", body=body, slug="a"),
                                          "2024-01-02-b.md": post("B", body="No image, $x^2$.", slug="b")},
                      config=f"title: T\nurl: https://example.org/blog/\nauthor: Me\nmath:\n  render: {math}\n")
    code, _, err = run_cli("build", "-s", str(root), "--no-cache")
    assert code == 0, err
    page = (root / "public/archives/a/index.html").read_text(encoding="utf-8")
    description = html.unescape(re.search(r'<meta name="description" content="([^"]*)"', page).group(1))
    assert description == "对于任意方阵A，恒等式det(exp(A))=exp(Tr(A))都成立。"
    assert not any(unicodedata.category(c) == "Cf" for c in description)
    assert '<meta property="og:image" content="https://example.org/blog/archives/a/figs/plot.png">' in page
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    other = (root / "public/archives/b/index.html").read_text(encoding="utf-8")
    assert "og:image" not in other and "twitter:card" not in other
    assert 'content="No image, x²."' in other


_OPENING = st.sampled_from(['<span class="math inline">', '<span class="math display">', '<div class="math display">'])
_INSIDE = st.sampled_from([
    '<mjx-container class="MathJax" jax="CHTML" data-tex="\\exp(\\boldsymbol{A})">', '<mjx-container>',
    '<mjx-containers>', '<mjx-container data-tex="a &amp; b">', '</mjx-container>', '<mjx-mi>', '</mjx-mi>',
    '</span>', '</div>', 'x^2', '\\(a_1\\)', ' ', '<', '>', 'é文'])
_OUTSIDE = st.sampled_from(['<p>', '</p>', '<span class="nowrap">', '</span>', '</div>', 'text', '<',
                            '</mjx-container>'])
_MARKUP = st.lists(st.one_of(
    st.tuples(_OPENING, st.lists(_INSIDE, max_size=6).map("".join),
              st.sampled_from(["</span>", "</div>", "</mjx-container></span>", ""])).map("".join),
    _OUTSIDE), max_size=8).map("".join)
"""Pages of formulas and near-formulas: unclosed containers, a closing tag that does not follow
the first `</mjx-container>`, nested spans, stray `<`, `<mjx-containers>`."""


@settings(max_examples=400)
@given(_MARKUP)
def test_formulas_as_text_finds_exactly_what_the_regular_expressions_find(page):
    """The str.find scanner against the plain reference (the regular expressions that define a
    formula), on markup shuffled to break it: unclosed containers, nested spans, stray `<`."""
    from blogbuild.render.describe import formulas_as_text, formulas_as_text_reference

    assert formulas_as_text(page) == formulas_as_text_reference(page)
