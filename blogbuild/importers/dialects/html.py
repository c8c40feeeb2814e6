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

from markdownify import MarkdownConverter

from blogbuild.importers.dialects.rewrite import rewrite_view
from blogbuild.tex.dialect import Dialect
from blogbuild.tex.view import TAG, Formula, html_formulas, scan

_PLACEHOLDER = "BBMATHPLACEHOLDER{}X"
_PLACEHOLDER_RE = re.compile(r"BBMATHPLACEHOLDER(\d+)X")
_MORE = re.compile(r"<!--\s*more\b.*?-->", re.IGNORECASE | re.DOTALL)
_MORE_MARK = "BBMOREPLACEHOLDERX"
_LATEX_SHORTCODE = re.compile(r"\[latex\](.*?)\[/latex\]|\$latex\s(.*?)(?<!\\)\$", re.DOTALL)
_LATEX_PARAMS = re.compile(r"&(?:amp;)?(?:s|bg|fg)=[^&$\s]*")
_CAPTION = re.compile(r"\[/?caption\b[^\]]*\]")
_BLOCK_START = re.compile(r"\s*<(?:p|div|h[1-6]|ul|ol|li|pre|blockquote|table|figure|hr|dl|section|article|"
                          r"header|footer|aside|form|iframe|script|style|!--)\b", re.IGNORECASE)
_WHOLE_BLOCKS = re.compile(r"<(pre|script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_SOURCECODE = re.compile(r"\[(sourcecode|code)\b([^\]]*)\](.*?)\[/\1\]", re.IGNORECASE | re.DOTALL)
"""SyntaxHighlighter's shortcodes (WordPress.com): code, never math."""
_LANGUAGE = re.compile(r"""\b(?:language|lang)\s*=\s*["']?([\w+#.-]+)""")


class _Set:
    """The formulas set aside, by placeholder number."""

    def __init__(self) -> None:
        self.formulas: list[tuple[str, bool, str, str, str]] = []
        """(tex, display, kind, open, close)"""

    def add(self, tex: str, display: bool, kind: str, opener: str = "", closer: str = "") -> str:
        self.formulas.append((tex, display, kind, opener, closer))
        return _PLACEHOLDER.format(len(self.formulas) - 1)


def autop(text: str) -> str:
    """WordPress's wpautop, the part that matters here: a post stored without `<p>` gets a paragraph
    per blank-line-separated chunk and `<br>` for its other newlines (WordPress adds them when it
    shows the post, so its readers' MathJax saw them). `<pre>`, `<script>` and `<style>` stay whole."""
    kept: list[str] = []

    def keep(m: re.Match) -> str:
        kept.append(m.group())
        return f"\n\nBBKEPTPLACEHOLDER{len(kept) - 1}X\n\n"

    text = _WHOLE_BLOCKS.sub(keep, text.replace("\r\n", "\n"))
    text = _autop(text)
    return re.sub(r"<p>BBKEPTPLACEHOLDER(\d+)X</p>", lambda m: kept[int(m.group(1))], text)


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
    formulas were found: the HTML parser behind markdownify would take `<B…` for a tag."""
    return re.sub(r"<", lambda m: "<" if TAG.match(html, m.start()) else "&lt;", html)


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


def html_to_markdown(html: str, dialect: Dialect) -> str:
    aside = _Set()
    html = _SOURCECODE.sub(_sourcecode, html)
    html = _CAPTION.sub("", html)
    html = _MORE.sub(f"\n\n<p>{_MORE_MARK}</p>\n\n", html)
    html = _latex_shortcodes(html, aside)
    if not re.search(r"<p\b", html, re.IGNORECASE):
        html = autop(html)
    html = _set_aside(html, dialect, aside)
    markdown = MarkdownConverter(heading_style="ATX", bullets="-", escape_misc=False,
                                 code_language_callback=_code_language).convert(html)
    markdown = markdown.strip() + "\n"
    markdown = markdown.replace(_MORE_MARK, "<!--more-->")
    # Each placeholder becomes a formula of a view of the converted text, then rewrite.py spells it.
    view = scan(_PLACEHOLDER_RE.sub(lambda m: "x" * len(m.group()), markdown), _ESCAPED)
    view.formulas = []
    for m in _PLACEHOLDER_RE.finditer(markdown):
        tex, display, kind, opener, closer = aside.formulas[int(m.group(1))]
        body = re.sub(r"\s*\n\s*", "\n", tex)  # `<br>` + newline: one line break, no blank line
        view.formulas.append(Formula(m.start(), m.end(), tex, body, display, kind, opener, closer,
                                     as_written=False))
    return rewrite_view(markdown, view, dialect)


_ESCAPED = Dialect(markdown_escaped=True, inline_dollars=False, name="markdownify output")
"""markdownify writes CommonMark: used only to know where its prose is (not code, HTML or URLs)."""


