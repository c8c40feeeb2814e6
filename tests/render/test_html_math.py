"""TeX inside raw HTML blocks (an imported post's table with formulas in its cells) is math like any
other: a `.math` element in client mode, typeset at build time in server mode, in the feed as
MathML, checked by `blogbuild check`; the HTML around it keeps its bytes, and nothing in tags,
attributes, comments, code or what MathJax skips is ever taken for math."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from helpers import post, run_cli, write_site
from hypothesis import given, settings
from hypothesis import strategies as st

from blogbuild.render.markdown import make_markdown

MD = make_markdown()
MATH = re.compile(r'<(span|div) class="math (?:inline|display)">(.*?)</\1>', re.S)

POST = """Before $a$.

<table>
<tr><td><img src="fig.png" alt="$alt$" title="\\(t\\)"></td><td>$x^2 + y^2$，and \\(z_1 &lt; 2\\)</td></tr>
<tr><td><code>$5 and $6</code></td><td class="mathjax_ignore">$raw$ <b>$raw2$</b></td></tr>
<!-- $comment$ --><tr><td><script>var s = "$js$";</script>
\\begin{aligned} a &amp;= b \\\\ c &amp;= d \\end{aligned}</td></tr>
</table>

After.
"""


def test_formulas_in_raw_html_are_math_and_the_rest_keeps_its_bytes():
    out = MD.render(POST)
    assert [html.unescape(m.group(2)) for m in MATH.finditer(out)] == [
        "\\(a\\)", "\\(x^2 + y^2\\)", "\\(z_1 < 2\\)", "\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}"]
    # the mark after a formula stays on its line, as in Markdown text
    assert '<span class="nowrap"><span class="math inline">\\(x^2 + y^2\\)</span>，</span>and ' in out
    # everything else as written: attributes, code, the ignored cell, the comment, the script
    for kept in ('<img src="fig.png" alt="$alt$" title="\\(t\\)">', "<code>$5 and $6</code>",
                 '<td class="mathjax_ignore">$raw$ <b>$raw2$</b></td>', "<!-- $comment$ -->",
                 '<script>var s = "$js$";</script>'):
        assert kept in out
    assert MATH.sub("", out).count("$") == POST.count("$") - 2 - 2  # only $a$ and $x^2 + y^2$ were taken


def test_a_block_without_formulas_is_untouched():
    source = '<div class="x" data-price="$5">Costs $5, or 6 $.</div>\n'
    assert MD.render(source) == source


class _Text(HTMLParser):
    """The text a browser shows MathJax: data outside the elements MathJax skips."""
    SKIP = {"script", "style", "code", "pre", "textarea"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.chunks: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.depth += tag in self.SKIP

    def handle_endtag(self, tag):
        self.depth -= tag in self.SKIP

    def handle_data(self, data):
        if not self.depth:
            self.chunks.append(data)


formulas = st.sampled_from(["$x$", "$a_1 < b$", "\\(\\alpha\\)", "$$\\sum_i i$$", "\\[y\\]",
                            "\\begin{equation}e\\end{equation}"])
words = st.sampled_from(["text", "中文", "a &amp; b", "&lt;tag&gt;", "5", "，", "."])
attrs = st.sampled_from(['', ' class="c"', ' title="$t$"', ' data-x="\\(q\\)"', " alt='$a$ > 1'"])


@st.composite
def raw_block(draw) -> tuple[str, int]:
    """A block of raw HTML, and how many formulas are in its text (not in attributes, code or comments)."""
    parts, count = [], 0
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["text", "formula", "tag", "code", "comment"]))
        if kind == "text":
            parts.append(draw(words))
        elif kind == "formula":
            parts.append(draw(formulas))
            count += 1
        elif kind == "tag":
            tag = draw(st.sampled_from(["span", "b", "td", "em"]))
            parts.append(f"<{tag}{draw(attrs)}>{draw(words)} {draw(formulas)}</{tag}>")
            count += 1
        elif kind == "code":
            parts.append(f"<code>{draw(formulas)}</code>")
        else:
            parts.append(f"<!-- {draw(formulas)} -->")
    return "<div>" + " ".join(parts) + "</div>\n", count


@settings(max_examples=200, deadline=None)
@given(raw_block())
def test_any_raw_block_math_comes_from_its_text_and_the_html_is_kept(block):
    source, count = block
    out = MD.render(source)
    found = [html.unescape(m.group(2)) for m in MATH.finditer(out)]
    assert len(found) == count
    reader = _Text()
    reader.feed(source)
    text = "".join(reader.chunks)
    for tex in found:  # each formula is in the text MathJax would read, as written there
        inner = tex[2:-2] if tex.startswith(("\\(", "\\[")) else tex
        assert inner in text
    # with each formula put back as written, the block is its source byte for byte
    back = MATH.sub("\0", re.sub(r'<span class="nowrap">(.*?)</span>', r"\1", out))
    pieces = back.split("\0")
    rebuilt, rest = pieces[0], source[len(pieces[0]):]
    for piece in pieces[1:]:
        at = rest.index(piece) if piece else len(rest)
        rebuilt, rest = rebuilt + rest[:at] + piece, rest[at + len(piece):]
    assert rebuilt == source


def test_built_both_ways_and_checked(tmp_path, capsys):
    body = "<table><tr><td>$x^2+y^2$</td><td>$\\nosuch$</td></tr></table>"
    site = write_site(tmp_path / "s", {"a.md": post("A", "2024-01-01", body, slug="a")})
    code, out, _err = run_cli("check", "-s", str(site), capsys=capsys)
    column = body.index("\\nosuch") + 1  # the body starts on line 6, after title, date and slug
    assert (code, out) == (1, f"posts/a.md:6:{column}: unknown macro \\nosuch: MathJax 3 does not define it "
                              "(declare it under mathjax.macros in blog.yaml)\n")
    assert run_cli("build", "-s", str(site), "--math", "server", "--no-cache", capsys=capsys)[0] == 0
    page = (site / "public" / "archives" / "a" / "index.html").read_text(encoding="utf-8")
    cell = page[page.index("<table>"):page.index("</table>")]
    assert cell.count("<mjx-container") == 2 and "$" not in cell
    feed = (site / "public" / "atom.xml").read_text(encoding="utf-8")
    table = feed[feed.index("&lt;table&gt;"):feed.index("&lt;/table&gt;")]
    assert table.count("&lt;math xmlns") == 2 and "$" not in table  # MathML, for readers that run no script
