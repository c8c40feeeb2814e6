"""Old HTML posts (Typecho, WordPress) keep everything a reader saw: what Markdown cannot say exactly
(tables with images, figures, iframes, styled divs) stays raw HTML, byte for byte in its attributes;
the rest becomes Markdown. Checked through blogbuild's own post renderer: visible text and the set
of link and image URLs of the page equal the source's."""

from __future__ import annotations

from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from blogbuild.importers.dialects import TYPECHO, html_to_markdown
from blogbuild.render.markdown import make_markdown

MD = make_markdown()

words = st.text(alphabet="abcxyz_*#[]`~+-.!0123456789中文é", min_size=1, max_size=8).filter(
    lambda w: w.strip("-+.#!*_~`[] ") != "")
urls = st.builds(lambda host, path: f"http://{host}.example/{path}",
                 st.sampled_from(["a", "b_c", "site"]),
                 st.text(alphabet="abc_-~.0123", min_size=1, max_size=12).map(lambda p: p.strip(".") or "x"))
space = st.sampled_from([" ", ""])
"""Between two attributes: browsers take `src="a"border="0"` too."""


def sentence(draw) -> str:
    return " ".join(draw(st.lists(words, min_size=1, max_size=5)))


@st.composite
def inline(draw) -> str:
    kind = draw(st.sampled_from(["text", "link", "image", "strong"]))
    text = sentence(draw)
    if kind == "link":
        return f'<a href="{draw(urls)}"{draw(space)}target="_blank">{text}</a>'
    if kind == "image":
        return f'<img src="{draw(urls)}"{draw(space)}alt="pic"{draw(space)}border="0">'
    if kind == "strong":
        return f"<strong>{text}</strong>"
    return text


@st.composite
def block(draw) -> str:
    kind = draw(st.sampled_from(["p", "table", "figure", "iframe", "div"]))
    content = " ".join(draw(st.lists(inline(), min_size=1, max_size=4)))
    if kind == "table":
        cells = "".join(f"<td>{draw(inline())}</td>" for _ in range(draw(st.integers(1, 3))))
        return f"<table><tr>{cells}</tr><tr><td>{content}</td></tr></table>"
    if kind == "figure":
        return f'<figure><img src="{draw(urls)}"><figcaption>{content}</figcaption></figure>'
    if kind == "iframe":
        return f'<iframe src="{draw(urls)}" width="560"{draw(space)}allowfullscreen></iframe>'
    if kind == "div":
        return f'<div class="note_{draw(st.integers(0, 9))}"><p>{content}</p>\n\n<p>{sentence(draw)}</p></div>'
    return f"<p>{content}</p>"


def seen(html: str) -> tuple[str, set[str]]:
    """The page's visible text (whitespace aside) and its link, image and frame URLs."""
    soup = BeautifulSoup(html, "html.parser")
    urls = {e.get("href") or e.get("src") for e in soup.find_all(["a", "img", "iframe"])}
    return "".join(soup.get_text().split()), urls


@settings(max_examples=150, deadline=None)
@given(st.lists(block(), min_size=1, max_size=5))
def test_an_html_post_keeps_its_text_and_urls(blocks):
    source = "\n".join(blocks)
    markdown = html_to_markdown(source, TYPECHO)
    assert seen(MD.render(markdown)) == seen(source), markdown


def test_no_markdown_escape_in_an_attribute_or_raw_block():
    source = ('<p>Logo <img src="http://x.example/site/ext_imgreflogo.php"border="0"> '
              '<a href="http://x.example/a_b" target="_blank"title="t">a_b</a></p>\n'
              '<table><tr><td><img src="/usr/up_loads/a_b.png"></td><td><a href="/x_y">x_y</a></td></tr></table>\n'
              '<div class="wp_caption"><p>keep_me</p></div>')
    markdown = html_to_markdown(source, TYPECHO)
    assert "\\_" not in markdown.replace("a\\_b](", "")  # prose may escape; attributes and blocks never
    assert '<table><tr><td><img src="/usr/up_loads/a_b.png"/></td>' in markdown
    assert '<div class="wp_caption"><p>keep_me</p></div>' in markdown


formula = st.sampled_from([("$x_1$", "x_1"), ("$a < b$", "a < b"), ("$$\\sum_i i$$", "\\sum_i i"),
                           ("\\(\\alpha &amp; \\beta\\)", "\\alpha & \\beta"), ("$\\{a\\}$", "\\{a\\}")])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(inline(), formula), min_size=1, max_size=4))
def test_a_table_with_images_and_formulas_keeps_both(cells):
    """A table whose cells hold an image beside a formula stays a table (raw HTML) with every image,
    and each formula comes out as math with the TeX the old site's MathJax read."""
    row = "".join(f"<td>{content} {written}</td>" for content, (written, _tex) in cells)
    source = f'<p>Intro.</p>\n<table><tr><td><img src="http://a.example/fig.png"></td>{row}</tr></table>'
    out = MD.render(html_to_markdown(source, TYPECHO))
    table = BeautifulSoup(out, "html.parser").find("table")
    assert table is not None and table.find("img", src="http://a.example/fig.png") is not None
    maths = [m.get_text() for m in table.find_all(class_="math")]
    assert [m[2:-2] for m in maths] == [tex for _content, (_written, tex) in cells]
    assert seen(str(table))[1] == seen(source)[1]  # every link and image URL
