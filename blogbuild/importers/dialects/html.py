"""An HTML post (WordPress, Typecho without `<!--markdown-->`) → blogbuild Markdown, formulas intact.

The formulas are found first, on the text MathJax saw (each element's text, `<br>` a newline, entities
decoded, nothing inside `<pre>`/`<code>`), and set aside as placeholders; only then does markdownify
convert the rest, so it cannot turn `$x_1$` into `$x\\_1$` nor the HTML parser eat the `<` of
`\\(a<b\\)`. The placeholders then become formulas in blogbuild's spelling (rewrite.py).
WordPress.com's `[latex]…[/latex]` and `$latex …$` are formulas too; `[caption]` shortcodes are
reduced to their image and caption text; other shortcodes stay as written.
"""

from __future__ import annotations

import html as htmllib
import re

from bs4 import BeautifulSoup
from markdownify import MarkdownConverter

from blogbuild.importers.dialects.markers import Placeholders, unused_marker
from blogbuild.importers.dialects.raw_blocks import RawBlocks
from blogbuild.importers.dialects.rewrite import rewrite_view
from blogbuild.tex.dialect import Dialect
from blogbuild.tex.view import TAG, Formula, html_formulas, scan

_MORE = re.compile(r"<!--\s*more\b.*?-->", re.IGNORECASE | re.DOTALL)
MAX_DEPTH = 120
"""HTML elements nested deeper are refused: markdownify recurses (about three frames an element),
and Python's stack ends near 330 levels."""


class HTMLDepthError(ValueError):
    """The HTML nests its elements more than MAX_DEPTH deep."""
_LATEX_SHORTCODE = re.compile(r"\[latex\](.*?)\[/latex\]|\$latex\s(.*?)(?<!\\)\$", re.DOTALL)
_LATEX_PARAMS = re.compile(r"&(?:amp;)?(?:s|bg|fg)=[^&$\s]*")
_CAPTION = re.compile(r"\[/?caption\b[^\]]*\]")
_BLOCK_START = re.compile(r"\s*<(?:p|div|h[1-6]|ul|ol|li|pre|blockquote|table|figure|hr|dl|section|article|"
                          r"header|footer|aside|form|iframe|script|style|!--)\b", re.IGNORECASE)
_WHOLE_BLOCKS = re.compile(r"<(pre|script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_SOURCECODE = re.compile(r"\[(sourcecode|code)\b([^\]]*)\](.*?)\[/\1\]", re.IGNORECASE | re.DOTALL)
"""SyntaxHighlighter's shortcodes (WordPress.com): code, never math."""
_LANGUAGE = re.compile(r"""\b(?:language|lang)\s*=\s*["']?([\w+#.-]+)""")


class _Set(Placeholders):
    """The formulas set aside, by placeholder number: (tex, display, kind, open, close)."""

    def __init__(self, html: str) -> None:
        super().__init__("BBMATHPLACEHOLDER", html)

    def add(self, tex: str, display: bool, kind: str, opener: str = "", closer: str = "") -> str:  # type: ignore[override]
        return super().add((tex, display, kind, opener, closer))


def autop(text: str) -> str:
    """WordPress's wpautop, the part that matters here: a post stored without `<p>` gets a paragraph
    per blank-line-separated chunk and `<br>` for its other newlines (WordPress adds them when it
    shows the post, so its readers' MathJax saw them). `<pre>`, `<script>` and `<style>` stay whole."""
    kept = Placeholders("BBKEPTPLACEHOLDER", text)
    text = _WHOLE_BLOCKS.sub(lambda m: f"\n\n{kept.add(m.group())}\n\n", text.replace("\r\n", "\n"))
    text = _autop(text)
    return re.sub(rf"<p>{kept.pattern.pattern}</p>", lambda m: str(kept.item(m)), text)


def _autop(text: str) -> str:
    chunks = re.split(r"\n\s*\n", text)
    out = []
    for chunk in chunks:
        if not chunk.strip():
            continue
        if _BLOCK_START.match(chunk):
            out.append(chunk)
        else:
            out.append("<p>" + re.sub(r"(?<!<br />)\n", "<br />\n", chunk.strip()) + "</p>")
    return "\n\n".join(out)


def _set_aside(html: str, dialect: Dialect, aside: _Set) -> str:
    """html with every formula MathJax found in its text replaced by a placeholder."""
    out = []
    last = 0
    for f in html_formulas(html, 0, len(html), dialect):
        out.append(html[last:f.start])
        out.append(aside.add(f.tex, f.display, f.html_kind, f.open, f.close))
        last = f.end
    out.append(html[last:])
    return _lone_lt("".join(out))


def _lone_lt(html: str) -> str:
    """`&lt;` for each `<` that does not start a tag by CommonMark's definition, which is how the
    formulas were found: the HTML parser behind markdownify would take `<B…` for a tag. A tag a
    browser reads though CommonMark would not (`<img src="a"border="0">`, no space between the
    attributes) stays a tag: the old site showed it as one, and as text it would be escaped."""
    return re.sub(r"<", lambda m: "<" if TAG.match(html, m.start()) or _BROWSER_TAG.match(html, m.start())
                  else "&lt;", html)


_BROWSER_TAG = re.compile(r"</?[A-Za-z][^\s/>]*(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
"""A start or end tag as the HTML tokenizer reads it: quoted values may hold `>`, spaces optional.
Each character has one way to match (no nested quantifiers: linear, whatever the post holds)."""


def _latex_shortcodes(html: str, aside: _Set) -> str:
    def replace(m: re.Match) -> str:
        tex = m.group(1) if m.group(1) is not None else m.group(2)
        tex = _LATEX_PARAMS.sub("", htmllib.unescape(re.sub(r"<[^>]*>", "", tex)))
        return aside.add(tex.strip(), False, "delimited", "$", "$")
    return _LATEX_SHORTCODE.sub(replace, html)


def _sourcecode(m: re.Match) -> str:
    language = _LANGUAGE.search(m.group(2))
    css = f' class="language-{language.group(1)}"' if language else ""
    return f"<pre><code{css}>{htmllib.escape(htmllib.unescape(m.group(3).strip(chr(10))), quote=False)}</code></pre>"


def _code_language(pre) -> str | None:
    """markdownify's callback: the fence's language from `<code class="language-x">` (or `lang-x`)."""
    code = pre.find("code")
    for css in (code.get("class") if code is not None else None) or pre.get("class") or []:
        for prefix in ("language-", "lang-"):
            if css.startswith(prefix):
                return css[len(prefix):]
    return None


_LITERAL = {"&": "&amp;", "<": "&lt;", "[": "&#91;", "]": "&#93;", "`": "&#96;", "\\": "&#92;",
            "~": "&#126;", "|": "&#124;"}
"""Prose characters Markdown would read as syntax, written as entities: a backslash escape would turn
`[` into `\\[`, blogbuild's display-math opener."""
_SHORTCODES_KEPT = {k: v for k, v in _LITERAL.items() if k not in "[]"}
"""Outside link text, `[gallery ids="1"]` stays as written unless it would read as a link."""
_LINK_LIKE = re.compile(r"\]\s*[(\[:]|^\s*\[[^\]]*\]\s*$")
_LITERAL_CHARS = re.compile("[" + re.escape("".join(_LITERAL)) + "]")
_LINE_START = re.compile(r"(^|\n)([ \t]*)([-+>=#]|\d{1,9}[.)])")


class _Converter(MarkdownConverter):
    """markdownify, its prose kept literal: what the old page showed as text stays text."""

    def escape(self, text, parent_tags):
        literal = _LITERAL if "a" in parent_tags or _LINK_LIKE.search(text or "") else _SHORTCODES_KEPT
        text = super().escape(_LITERAL_CHARS.sub(lambda m: literal.get(m.group(), m.group()), text or ""),
                              parent_tags)
        return _LINE_START.sub(lambda m: m.group(1) + m.group(2) + "\\" + m.group(3) if not m.group(3)[0].isdigit()
                               else f"{m.group(1)}{m.group(2)}{m.group(3)[:-1]}\\{m.group(3)[-1]}", text)


def _soup(html: str) -> BeautifulSoup:
    """The parsed HTML, refused (HTMLDepthError) when it nests deeper than markdownify can go."""
    soup = BeautifulSoup(html, "html.parser")
    stack = [(soup, 0)]
    while stack:
        element, depth = stack.pop()
        if depth > MAX_DEPTH:
            line = f" (line {element.sourceline})" if getattr(element, "sourceline", None) else ""
            raise HTMLDepthError(f"HTML elements nested more than {MAX_DEPTH} deep{line}")
        stack.extend((child, depth + 1) for child in element.contents if getattr(child, "contents", None))
    return soup


def html_to_markdown(html: str, dialect: Dialect) -> str:
    """Raises HTMLDepthError (a ValueError) for HTML nested more than MAX_DEPTH deep."""
    aside = _Set(html)
    more_mark = unused_marker("BBMOREPLACEHOLDER", html) + "X"
    html = _SOURCECODE.sub(_sourcecode, html)
    html = _CAPTION.sub("", html)
    html = _MORE.sub(f"\n\n<p>{more_mark}</p>\n\n", html)
    html = _latex_shortcodes(html, aside)
    if not re.search(r"<p\b", html, re.IGNORECASE):
        html = autop(html)
    html = _set_aside(html, dialect, aside)
    soup = _soup(html)
    raw = RawBlocks(html)
    raw.set_aside(soup, aside.pattern, lambda m: _raw_formula(*aside.item(m)))
    markdown = _Converter(heading_style="ATX", bullets="-", escape_misc=False,
                          code_language_callback=_code_language).convert_soup(soup)
    markdown = markdown.replace(more_mark, "<!--more-->")
    # Each placeholder becomes a formula of a view of the converted text, then rewrite.py spells it.
    view = scan(aside.pattern.sub(lambda m: "x" * len(m.group()), markdown), _ESCAPED)
    view.formulas = []
    for m in aside.pattern.finditer(markdown):
        tex, display, kind, opener, closer = aside.item(m)
        body = re.sub(r"\s*\n\s*", "\n", tex)  # `<br>` + newline: one line break, no blank line
        view.formulas.append(Formula(m.start(), m.end(), tex, body, display, kind, opener, closer,
                                     as_written=False))
    # The kept blocks go back last: their formulas are spelled already (set_aside), and the rewrite
    # must see only the formulas it places.
    return raw.restore_blocks(rewrite_view(markdown, view, dialect))


def _raw_formula(tex: str, display: bool, kind: str, opener: str, closer: str) -> str:
    """A formula as the text of a raw HTML block spells it for blogbuild (render/html_math.py):
    its environment as it is, else between `\\[ \\]` or `\\( \\)`; HTML-escaped, one line."""
    pad = " " if (len(tex) - len(tex.rstrip("\\"))) % 2 else ""
    body = tex if kind == "env" else ("\\[" if display else "\\(") + tex + pad + ("\\]" if display else "\\)")
    return htmllib.escape(" ".join(body.split("\n")) if kind != "env" else body, quote=False)


_ESCAPED = Dialect(markdown_escaped=True, inline_dollars=False, name="markdownify output")
"""markdownify writes CommonMark: used only to know where its prose is (not code, HTML or URLs)."""


