"""The feed of a `--math server` build gives feed readers MathJax's own MathML (render/feed_mathml.py).

Expected values come from the built page, read with html.parser (each formula's `<math>` inside its
`mjx-assistive-mml`, as the page gives it to screen readers) and from the Markdown's TeX, never from
the code under test. Needs Node.
"""

from __future__ import annotations

import html
import re
import shutil
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import post, run_cli, write_site

from blogbuild.render.typeset import find_node

pytestmark = pytest.mark.skipif(find_node() is None, reason="needs Node.js (pip install 'blogbuild[server-math]')")

ATOM = "{http://www.w3.org/2005/Atom}"
CONFIG = """title: Feed math
url: https://example.org/blog/
author: Tester
mathjax:
  macros:
    RR: '\\mathbb{R}'
"""
BODY = r"""Inline $x^2 + \RR$ and a chemical $\ce{H2O}$.

$$
\int_0^1 f(t)\,dt
$$

\begin{equation}\label{eq:one}
e^{i\pi} + 1 = 0
\end{equation}

As Eq. $\eqref{eq:one}$ says.

| a | b |
|---|---|
| $\alpha$ | $\frac{1}{2}$ |

- a list item with $\sqrt{2}$[^n]

[^n]: A footnote with $\beta$.
"""


class _AssistiveMathml(HTMLParser):
    """The serialized `<math>` elements inside each `mjx-assistive-mml` of a page, in order."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source, self.found, self._start = source, [], None
        self._lines = [0]
        for line in source.splitlines(keepends=True):
            self._lines.append(self._lines[-1] + len(line))

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._lines[line - 1] + col

    def handle_starttag(self, tag, attrs):
        if tag == "mjx-assistive-mml":
            self._start = self._offset() + len(self.get_starttag_text())

    def handle_endtag(self, tag):
        if tag == "mjx-assistive-mml" and self._start is not None:
            self.found.append(self.source[self._start:self._offset()])
            self._start = None


def page_mathml(page: str) -> list[str]:
    parser = _AssistiveMathml(page)
    parser.feed(page)
    return parser.found


def feed_entries(public: Path) -> dict[str, str]:
    """Each entry's content (HTML, unescaped), by the entry's link."""
    root = ET.parse(public / "atom.xml").getroot()
    return {e.find(f"{ATOM}link").get("href"): e.find(f"{ATOM}content").text for e in root.iter(f"{ATOM}entry")}


def feed_math(content: str) -> list[tuple[str, str]]:
    """(inner MathML, annotated TeX) of each formula of a feed entry, in order."""
    found = re.findall(r'<math xmlns="http://www.w3.org/1998/Math/MathML"[^>]*><semantics><mrow>(.*?)</mrow>'
                       r'<annotation encoding="application/x-tex">(.*?)</annotation></semantics></math>',
                       content, flags=re.S)
    return [(inner, html.unescape(tex)) for inner, tex in found]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """The same site built with --math server and --math client, no cache."""
    base = tmp_path_factory.mktemp("feed-mathml")
    out = []
    for mode in ("server", "client"):
        root = write_site(base / mode, {"a.md": post("A", "2024-01-02", BODY, slug="a")}, CONFIG)
        assert run_cli("build", "-s", str(root), "--math", mode, "--no-cache")[0] == 0
        out.append(root / "public")
    return out[0], out[1]


def test_each_formula_of_the_feed_is_the_mathml_of_its_page(built):
    server, _client = built
    page = (server / "archives" / "a" / "index.html").read_text(encoding="utf-8")
    expected = page_mathml(page)
    texs = [html.unescape(t) for t in re.findall(r'<mjx-container[^>]*? data-tex="([^"]*)"', page)]
    assert len(expected) == len(texs) == 9  # 2 inline, display, equation, \eqref, 2 in the table, list, note
    (content,) = feed_entries(server).values()
    got = feed_math(content)
    assert len(got) == len(expected)
    page_url = "https://example.org/blog/archives/a/"
    for (inner, tex), (mathml, page_tex) in zip(got, zip(expected, texs, strict=True), strict=True):
        outer = re.fullmatch(r"<math[^>]*>(.*)</math>", mathml, flags=re.S).group(1)
        assert inner == outer.replace(' href="#', f' href="{page_url}#')
        assert tex.strip() == page_tex.strip() or page_tex in tex  # the equation's TeX is its environment
    # What latex2mathml cannot do, MathJax did: the macro, \ce, the number and its reference.
    assert "<mi mathvariant=\"double-struck\">R</mi>" in content
    assert "<merror" not in content and '<code class="tex">' not in content
    for name in ("\\RR", "\\ce", "\\eqref"):  # what latex2mathml shows (see the client test)
        assert f"<mi>{name}</mi>" not in content
    assert "<mtext>(1)</mtext>" in content  # the equation's number, and \eqref's
    assert f'href="{page_url}#mjx-eqn%3Aeq%3Aone"' in content  # leads to the equation on its page


def test_the_client_feed_keeps_latex2mathml(built):
    _server, client = built
    (content,) = feed_entries(client).values()
    # latex2mathml knows neither blog.yaml's macros nor \ce nor \eqref: it shows them as names
    for name in ("\\RR", "\\ce", "\\eqref"):
        assert f"<mi>{name}</mi>" in content
    assert "mjx-eqn" not in content and "<mtext>(1)</mtext>" not in content


def test_a_page_whose_formulas_do_not_match_falls_back_to_latex2mathml_whole(tmp_path):
    from blogbuild.render.markdown import make_markdown
    from blogbuild.render.posts import FeedSettings, feed_renderer
    from blogbuild.render.typeset import TypesetSettings
    from blogbuild.site.config import load_config
    from blogbuild.site.load import load_site, with_markdown
    from blogbuild.site.models import RenderedPost

    root = write_site(tmp_path / "site", {"p.md": post("P", "2024-01-02", "$x$ and $y$.", slug="p")})
    (p,) = load_site(root, load_config(root)).posts
    p = with_markdown(p)
    one = ('<span class="math inline"><mjx-container class="MathJax" jax="CHTML"><mjx-math></mjx-math>'
           '<mjx-assistive-mml unselectable="on" display="inline"><math xmlns="http://www.w3.org/1998/Math/MathML">'
           '<mi>ZZ</mi></math></mjx-assistive-mml></mjx-container></span>')
    md = make_markdown()
    settings = FeedSettings("https://example.org/", True, "/{slug}/", TypesetSettings((), "/f", 0.5))
    plain = FeedSettings("https://example.org/", True, "/{slug}/")
    two = feed_renderer(md, settings, {"p": RenderedPost(f"<p>{one} and {one}.</p>", "", False)})(p)
    assert two.count("<mi>ZZ</mi>") == 2  # two formulas, two on the page: the page's
    for page in (f"<p>{one}</p>", f"<p>{one}{one}{one}</p>", "<p>no math</p>"):  # one, three, none
        got = feed_renderer(md, settings, {"p": RenderedPost(page, "", False)})(p)
        assert got == feed_renderer(md, plain)(p)  # latex2mathml's, for both formulas
        assert "<mi>ZZ</mi>" not in got and "<mi>x</mi>" in got


def test_the_feed_follows_the_math_mode_through_the_cache(tmp_path):
    """A feed entry kept from a client build is not the server build's (and back)."""
    root = write_site(tmp_path / "site", {"a.md": post("A", "2024-01-02", BODY, slug="a")}, CONFIG)
    fresh = {}
    for mode in ("server", "client"):
        assert run_cli("build", "-s", str(root), "--math", mode, "--no-cache")[0] == 0
        fresh[mode] = (root / "public" / "atom.xml").read_bytes()
    shutil.rmtree(root / "public")
    for mode in ("client", "server", "client"):
        assert run_cli("build", "-s", str(root), "--math", mode)[0] == 0
        assert (root / "public" / "atom.xml").read_bytes() == fresh[mode], mode


def test_the_feed_mathml_is_what_mathjax_let_through_on_the_page(tmp_path):
    """ui/safe filters the page's formulas (a javascript: \\href, \\style, \\class): their feed MathML
    is made from the filtered tree, so none of it reaches feed readers either."""
    body = (r"A $\href{javascript:alert(1)}{x}$, $\href{https://ok.example/}{y}$, $\style{position:fixed}{z}$ "
            r"and $\class{evil}{w}$.")
    root = write_site(tmp_path / "site", {"h.md": post("H", "2024-01-02", body, slug="h")}, CONFIG)
    assert run_cli("build", "-s", str(root), "--math", "server", "--no-cache")[0] == 0
    (content,) = feed_entries(root / "public").values()
    mathml = "".join(inner for inner, _tex in feed_math(content))
    assert [tex for _inner, tex in feed_math(content)][0] == r"\href{javascript:alert(1)}{x}"  # the TeX, as text
    assert "javascript" not in mathml and "position" not in mathml and "evil" not in mathml
    assert 'href="https://ok.example/"' in mathml  # an allowed link stays


def test_an_edited_posts_feed_entry_has_the_new_formulas(tmp_path):
    """The feed entry is made again from the page typeset afresh, never from the page before the edit."""
    root = write_site(tmp_path / "site", {"a.md": post("A", "2024-01-02", BODY, slug="a"),
                                          "b.md": post("B", "2024-01-03", "Other $\\beta_1$.", slug="b")}, CONFIG)
    assert run_cli("build", "-s", str(root), "--math", "server")[0] == 0
    path = root / "posts" / "a.md"
    path.write_text(path.read_text(encoding="utf-8").replace("x^2", "\\zeta^7"), encoding="utf-8")
    assert run_cli("build", "-s", str(root), "--math", "server")[0] == 0
    kept = (root / "public" / "atom.xml").read_bytes()
    assert run_cli("build", "-s", str(root), "--math", "server", "--no-cache")[0] == 0
    assert kept == (root / "public" / "atom.xml").read_bytes()
    content = feed_entries(root / "public")["https://example.org/blog/archives/a/"]
    assert "<mi>ζ</mi><mn>7</mn>" in content.replace("\n", "") and "<mi>x</mi><mn>2</mn>" not in content
