"""Math fidelity: every delimiter in every place reaches MathJax with its TeX byte-identical.

"What MathJax receives" is the text of a `.math` element: html.unescape of its contents (MathJax
reads DOM text), minus the `\\(…\\)` / `\\[…\\]` delimiters (environments carry their own).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from helpers import FIXTURES, post, write_site
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it.utils import read_fixture_file

from blogbuild.build import build
from blogbuild.render.feed import tex_to_mathml
from blogbuild.render.markdown import make_markdown, render_for_feed, render_post
from blogbuild.render.math import wrap_tex
from blogbuild.site.models import Post

MD = make_markdown()
MATH = re.compile(r'<(span|div) class="math (inline|display)">(.*?)</\1>', re.DOTALL)
MATHML_NS = "{http://www.w3.org/1998/Math/MathML}"


def math_texts(rendered: str) -> list[str]:
    """The text MathJax reads from each .math element, delimiters included."""
    return [html.unescape(m.group(3)).rstrip("\n") for m in MATH.finditer(rendered)]


def unwrap(text: str) -> str:
    """TeX without its `\\(…\\)`/`\\[…\\]` delimiters (and the space added after a trailing `\\`)."""
    if text[:2] in ("\\(", "\\[") and text[-2:] in ("\\)", "\\]"):
        text = text[2:-2]
        stripped = text[:-1].rstrip("\\") if text.endswith(" ") else None
        if stripped is not None and (len(text) - 1 - len(stripped)) % 2:
            text = text[:-1]
    return text


# ----------------------------------------------------------------------------- fixtures file

@pytest.mark.parametrize("line,title,source,expected", read_fixture_file(FIXTURES / "math.md"),
                         ids=lambda x: x if isinstance(x, int) else None)
def test_fixture(line, title, source, expected):
    assert MD.render(source) == expected, f"{FIXTURES / 'math.md'}:{line}: {title}"


# ----------------------------------------------------------------------------- the delimiter table

ENVS = ["equation", "equation*", "align", "align*", "aligned", "gather", "gathered", "multline",
        "split", "cases", "matrix", "pmatrix", "bmatrix"]
TEX = r"x_1 < y"
DELIMITERS = {
    "dollar": ("$" + TEX + "$", "\\(" + TEX + "\\)"),
    "double-dollar": ("$$" + TEX + "$$", "\\(" + TEX + "\\)"),
    "paren": ("\\(" + TEX + "\\)", "\\(" + TEX + "\\)"),
    "bracket": ("\\[" + TEX + "\\]", "\\[" + TEX + "\\]"),
    **{env: (f"\\begin{{{env}}}{TEX}\\end{{{env}}}",) * 2 for env in ENVS},
}
# context -> (markdown template, regex the formula's HTML must sit in)
CONTEXTS = {
    "paragraph": ("Before {m} after.", r"<p>Before (.*) after\.</p>"),
    "own-line": ("Before\n{m}\nafter.", r"<p>Before\n(.*)\nafter\.</p>"),
    "alone": ("{m}", r"^(.*)$"),
    "list-item": ("- item {m} end\n- next", r"<li>item (.*) end</li>\n<li>next</li>"),
    "list-own-line": ("1. item\n   {m}\n2. next", r"<li>item\n(.*)</li>\n<li>next</li>"),
    "blockquote": ("> quote {m} end\n> more", r"<blockquote>\n<p>quote (.*) end\nmore</p>"),
    "table-cell": ("| a | b |\n|---|---|\n| {m} | c |", r"<td>(.*)</td>\n<td>c</td>"),
    "footnote": ("Text[^n].\n\n[^n]: note {m} end", r'<li id="fn1" class="footnote-item"><p>note (.*) end'),
    "heading": ("## Title {m}", r"<h2 id=[^>]*>Title (.*)</h2>"),
}


def expected_wrapped(delimiter: str, context: str) -> str:
    wrapped = DELIMITERS[delimiter][1]
    if delimiter == "double-dollar" and context in ("own-line", "alone", "list-own-line"):
        return "\\[" + TEX + "\\]"  # $$…$$ on a line of its own is display math
    return wrapped


@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize("delimiter", DELIMITERS)
def test_delimiter_in_context(delimiter, context):
    template, where = CONTEXTS[context]
    rendered = MD.render(template.format(m=DELIMITERS[delimiter][0])).strip()
    assert math_texts(rendered) == [expected_wrapped(delimiter, context)], rendered
    found = re.search(where, rendered, re.DOTALL)
    assert found and math_texts(found.group(1)) == math_texts(rendered), rendered


def make_post(markdown: str, slug: str = "p", summary: str | None = None) -> Post:
    return Post(source=Path(f"/site/posts/{slug}.md"), display=f"posts/{slug}.md", slug=slug, title="T",
                author="A", date=dt.datetime(2024, 1, 2, tzinfo=dt.timezone.utc), markdown=markdown,
                body_line=5, digest="0", summary=summary)


@pytest.mark.parametrize("delimiter", DELIMITERS)
def test_delimiter_in_excerpt(delimiter):
    source = DELIMITERS[delimiter][0]
    rendered = render_post(MD, make_post(f"First {source} para.\n\nSecond $z$ para."))
    assert math_texts(rendered.excerpt_html) == [expected_wrapped(delimiter, "paragraph")]
    assert rendered.has_more
    summary = render_post(MD, make_post("Body.", summary=f"Summary {source}."))
    assert math_texts(summary.excerpt_html) == [expected_wrapped(delimiter, "paragraph")]


@pytest.mark.parametrize("delimiter", DELIMITERS)
def test_delimiter_in_feed(delimiter):
    source, wrapped = DELIMITERS[delimiter]
    feed = render_for_feed(MD, make_post(f"Feed {source} text."), tex_to_mathml)
    maths = re.findall(r"<math .*?</math>", feed, re.DOTALL)
    assert len(maths) == 1 and "class=\"math inline\"" not in feed
    root = ElementTree.fromstring(maths[0])
    annotation = root.find(f"{MATHML_NS}semantics/{MATHML_NS}annotation")
    assert annotation is not None and annotation.text == unwrap(wrapped)
    assert root.get("display") == ("inline" if wrapped.startswith("\\(") else "block")
    plain = render_for_feed(MD, make_post(f"Feed {source} text."), None)
    assert math_texts(plain) == [wrapped]


# ----------------------------------------------------------------------------- not math

@pytest.mark.parametrize("source,text", [
    (r"It costs \$5, \$x\$ or \$.", "It costs $5, $x$ or $."),
    ("Prices like $5 and $6 stay prose.", "Prices like $5 and $6 stay prose."),
    ("Pay $ 5 or $x $ here.", "Pay $ 5 or $x $ here."),
    ("Math needs $x$5 no digit after.", "Math needs $x$5 no digit after."),
    ("`$x$` and `\\(y\\)` and `$$z$$`", "<code>$x$</code> and <code>\\(y\\)</code> and <code>$$z$$</code>"),
    ("```\n$$x$$\n\\[y\\]\n\\begin{equation}z\\end{equation}\n```",
     "$$x$$\n\\[y\\]\n\\begin{equation}z\\end{equation}"),
    ("    $x$ indented code", "$x$ indented code"),
    ("[link](http://x.org/$a$/\\(19\\)/) <http://y.org/$b$>", 'href="http://x.org/$a$/(19)/"'),
    ("![alt](http://x.org/$a$.png)", 'src="http://x.org/$a$.png"'),
    ("An unclosed $$x and \\(y and \\[z", "An unclosed $$x and (y and [z"),
    ("\\begin{theorem}not an environment MathJax knows\\end{theorem}", "\\begin{theorem}"),
    ("Shell:\n\n```\n$ pip install x\n$ echo $HOME\n```", "$ echo $HOME"),
])
def test_not_math(source, text):
    rendered = MD.render(source)
    assert "math" not in rendered
    assert text in html.unescape(rendered) or text in rendered


# ----------------------------------------------------------------------------- byte-identical TeX

SPECIAL = [r"a<b", r"a>b", r"a&b", r"a\\b", r"\{a\}", r"a_1", r"a*b*c", r"a|b", r"\#a", r"\%a",
           r"\text{<b>bold</b>}", r"\text{中文，标点。}", r"f'(x)...--", r"\|x\|\,\;\!", r"a^{*}_{_}"]
WRAPS = {
    "dollar": lambda t: ("$" + t + "$", "\\(" + t + "\\)"),
    "double-dollar": lambda t: ("$$" + t + "$$", "\\(" + t + "\\)"),
    "paren": lambda t: ("\\(" + t + "\\)", "\\(" + t + "\\)"),
    "bracket": lambda t: ("\\[" + t + "\\]", "\\[" + t + "\\]"),
    "align": lambda t: ("\\begin{align}" + t + "\\end{align}",) * 2,
}


@pytest.mark.parametrize("context", ["paragraph", "list-item", "blockquote", "footnote", "heading"])
@pytest.mark.parametrize("wrap", WRAPS)
@pytest.mark.parametrize("tex", SPECIAL)
def test_tex_reaches_mathjax_byte_identical(tex, wrap, context):
    source, wrapped = WRAPS[wrap](tex)
    rendered = MD.render(CONTEXTS[context][0].format(m=source))
    assert math_texts(rendered) == [wrapped]


def test_table_cells_follow_gfm_pipes():
    # GFM splits a row at every unescaped `|`, even inside code; in a cell `\|` stands for `|`
    rendered = MD.render("| a | b |\n|---|---|\n| $\\{x\\} \\| y$ | $\\lVert z\\rVert < 1$ |")
    assert math_texts(rendered) == ["\\(\\{x\\} | y\\)", "\\(\\lVert z\\rVert < 1\\)"]


def test_multiline_formulas_keep_every_byte():
    tex = "\\begin{aligned}\na &= b \\\\\n- c &< d \\\\\n> e &\\ne \\{f\\} % comment\n\\end{aligned}"
    for source, wrapped in [(f"$$\n{tex}\n$$", f"\\[\n{tex}\n\\]"), (f"\\[\n{tex}\n\\]", f"\\[\n{tex}\n\\]"),
                            (f"Text $${tex}$$ more", f"\\({tex}\\)"), (f"Text \\[{tex}\\] more", f"\\[{tex}\\]")]:
        assert math_texts(MD.render(source)) == [wrapped], source
        quoted = "\n".join("> " + line for line in source.split("\n"))
        assert math_texts(MD.render(quoted)) == [wrapped], quoted
        listed = "- item\n" + "\n".join("  " + line for line in source.split("\n")) + "\n- next"
        assert math_texts(MD.render(listed)) == [wrapped], listed


@pytest.mark.parametrize("line", ["- c &= d", "+ c &= d", "* c", "> 0", "1. x", "# y", "```", "<div>"])
def test_no_line_inside_a_formula_ends_the_paragraph(line):
    for opener, closer in [("\\begin{align}", "\\end{align}"), ("$$", "$$"), ("\\[", "\\]")]:
        source = f"Text\n{opener}\na &= b \\\\\n{line}\n{closer}\nafter"
        rendered = MD.render(source)
        assert math_texts(rendered) == [(opener if opener[1:2] == "b" else "\\[") + f"\na &= b \\\\\n{line}\n"
                                        + (closer if closer[1:2] == "e" else "\\]")], rendered
        assert rendered.startswith("<p>Text\n") and rendered.endswith("after</p>\n")


def test_an_unclosed_formula_does_not_swallow_a_list():
    rendered = MD.render("Text \\begin{align} a\n- item\n- two")
    assert "<li>item</li>" in rendered and "math" not in rendered
    rendered = MD.render("Write `$$` for display\n- item\n- and `$$` again")  # code, not math
    assert "<li>item</li>" in rendered and "math" not in rendered


def test_trailing_backslash_gets_a_space_before_the_delimiter():
    assert wrap_tex("a\\", "inline") == "\\(a\\ \\)"
    assert wrap_tex("a\\\\", "display") == "\\[a\\\\\\]"
    assert unwrap(wrap_tex("a\\", "inline")) == "a\\"


# ----------------------------------------------------------------------------- pages with excerpts

SHARED = ("We start from\n\\begin{equation}E = mc^2\\label{eq:main}\\tag{1}\\end{equation}\n"
          "and use $\\eqref{eq:main}$ and $\\ref{eq:main}$ right away.\n\n<!--more-->\n\nMore.")


def test_excerpts_sharing_a_label_get_distinct_labels(tmp_path):
    root = write_site(tmp_path / "site", {
        "2024-01-01-one.md": post("One", "2024-01-01", SHARED),
        "2024-01-02-two.md": post("Two", "2024-01-02", SHARED),
    })
    build(root)
    out = root / "public"
    for page in ["index.html"]:  # the pages that show excerpts
        texts = math_texts((out / page).read_text(encoding="utf-8"))
        labels = [k for t in texts for k in re.findall(r"\\label\{([^}]*)\}", t)]
        refs = [k for t in texts for k in re.findall(r"\\(?:eq)?ref\{([^}]*)\}", t)]
        assert sorted(labels) == ["one:eq:main", "two:eq:main"], page
        assert sorted(refs) == ["one:eq:main"] * 2 + ["two:eq:main"] * 2, page
    single = math_texts((out / "archives/one/index.html").read_text(encoding="utf-8"))
    assert [k for t in single for k in re.findall(r"\\label\{([^}]*)\}", t)] == ["eq:main"]


# ----------------------------------------------------------------------------- the Atom feed

FEED_POST = ("Inline $a<b \\text{<b>x</b>}$ and\n$$\\sum_{i=1}^n i^2 \\tag{2}$$\nand "
             "\\begin{align}a &= b \\label{eq:x}\\end{align} and $\\weird{$ and a CD "
             "$\\begin{CD}A @>>> B\\end{CD}$.\n\n")


@pytest.mark.parametrize("mathml", [True, False])
def test_feed_is_valid_xml_with_and_without_mathml(tmp_path, mathml):
    config = f"title: T\nurl: https://example.org/blog/\nfeed:\n  mathml: {str(mathml).lower()}\n"
    root = write_site(tmp_path / "site", {"2024-01-01-one.md": post("One", "2024-01-01", FEED_POST)}, config)
    build(root)
    feed = ElementTree.parse(root / "public" / "atom.xml").getroot()
    contents = feed.findall("{http://www.w3.org/2005/Atom}entry/{http://www.w3.org/2005/Atom}content")
    assert len(contents) == 1
    body = contents[0].text
    ElementTree.fromstring(f"<div>{body}</div>")  # the entry's HTML is well-formed XML too
    maths = re.findall(r"<math .*?</math>", body, re.DOTALL)
    if not mathml:
        assert not maths
        assert math_texts(body)[:2] == ["\\(a<b \\text{<b>x</b>}\\)", "\\[\\sum_{i=1}^n i^2 \\tag{2}\\]"]
        return
    annotations = [ElementTree.fromstring(m).find(f"{MATHML_NS}semantics/{MATHML_NS}annotation").text
                   for m in maths]
    assert annotations[:3] == ["a<b \\text{<b>x</b>}", "\\sum_{i=1}^n i^2 \\tag{2}",
                               "\\begin{align}a &= b \\label{eq:x}\\end{align}"]
    assert "<b>" not in body.replace("&lt;b&gt;", "")  # \text{<b>} stays text in MathML


def test_feed_falls_back_to_tex_when_conversion_fails():
    out = tex_to_mathml("\\text{a</mtext>b}", "inline", False)
    assert out == '<span class="math"><code class="tex">\\(\\text{a&lt;/mtext&gt;b}\\)</code></span>'


# ----------------------------------------------------------------------------- property test

ATOMS = ["x", "y", "1", "2", " ", "<", ">", "&", "\\\\", "\\{", "\\}", "_", "^", "*", "|", "\\#", "\\%",
         "+", "-", "=", "(", ")", "[", "]", "'", ",", ".", "\\alpha", "\\,", "\\|", "中", "文", "，",
         "\\text{<b>x</b>}", "\\text{a $b$}", "\\frac{a}{b}", "\\left(", "\\right)", "`", "~", "!", "\"",
         "&amp;", "<!--", "-->", "[^1]", "](", "**", "__", "\\_", "\\&"]


def _group(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return inner.map(lambda s: "{" + s + "}")


TEX_STRATEGY = st.recursive(
    st.lists(st.sampled_from(ATOMS), min_size=1, max_size=6).map("".join),
    lambda inner: st.lists(st.one_of(inner, _group(inner)), min_size=1, max_size=4).map("".join),
    max_leaves=12,
).map(str.strip).filter(bool)
PROSE = st.text(st.sampled_from("abc xyz 中文，。!?"), max_size=12).map(str.strip)
PLACES = ["{p} {m} {q}", "- {p} {m} {q}", "> {p} {m} {q}", "1. {p}\n   {m}\n   {q}", "{p}\n{m}\n{q}",
          "Text[^1].\n\n[^1]: {p} {m} {q}", "## {p} {m} {q}", "| h |\n|---|\n| {p} {m} {q} |"]


@settings(max_examples=300, deadline=None)
@given(tex=TEX_STRATEGY, wrap=st.sampled_from(sorted(WRAPS)), place=st.sampled_from(PLACES),
       before=PROSE, after=PROSE)
def test_property_mathjax_receives_the_tex_written(tex, wrap, place, before, after):
    if "|" in place:
        tex = tex.replace("\\|", "\\Vert{}").replace("|", "\\vert{}")  # GFM splits cells at |
    source, wrapped = WRAPS[wrap](tex)
    markdown = place.format(p=before, m=source, q=after)
    texts = math_texts(MD.render(markdown))
    assert len(texts) == 1, (markdown, texts)
    assert unwrap(texts[0]) == unwrap(wrapped) == (tex if wrap != "align" else wrapped)
