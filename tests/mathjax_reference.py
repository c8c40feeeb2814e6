"""What the old site's readers saw: a reference written independently of blogbuild/importers/dialects.

The old page is made the plain way: the post rendered by a CommonMark engine (markdown-it, with the
old engine's treatment of backslashes and without emphasis, which the importer does not model), then
read back as a browser would (html.parser, entities decoded) into MathJax's strings: each element's
text, `<br>` a newline, comments nothing, and nothing from `<pre>`, `<code>`, `<script>`…; then
MathJax 3's FindTeX rules, as a character loop, on each string. The other half, what blogbuild
finds, comes from blogbuild's own parser (make_markdown), as the site build uses it.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from markdown_it import MarkdownIt

from blogbuild.render.markdown import make_markdown

SKIP = {"script", "noscript", "style", "textarea", "pre", "code", "annotation", "annotation-xml"}
JS_LINE_END = "\n\r\u2028\u2029"


def _keep_backslash(state, silent):
    """The escape rule of an engine that leaves `\\x` alone (math-aware Typecho/Hexo setups): both
    characters stay text, and an escaped backtick still opens no code span."""
    if state.src[state.pos] != "\\" or state.pos + 1 >= state.posMax:
        return False
    if not silent:
        state.pending += state.src[state.pos:state.pos + 2]
    state.pos += 2
    return True


def _escape_only(escapes: str):
    """The escape rule of an engine that eats the backslash before `escapes` only (marked 0.3,
    kramdown); before other characters the backslash is text."""
    def rule(state, silent):
        src, pos = state.src, state.pos
        if src[pos] != "\\" or pos + 1 >= state.posMax:
            return False
        nxt = src[pos + 1]
        if nxt in escapes:
            if not silent:
                state.pending += nxt
            state.pos += 2
            return True
        if not silent:
            state.pending += "\\"
        state.pos += 1
        return True
    return rule


def old_engine(markdown_escaped: bool, escapes: str | None = None) -> MarkdownIt:
    """escapes: the characters a backslash escapes (default: CommonMark's, all ASCII punctuation)."""
    md = MarkdownIt("commonmark", {"html": True}).enable("table").disable("emphasis")
    if not markdown_escaped:
        md.inline.ruler.at("escape", _keep_backslash)
    elif escapes is not None:
        md.inline.ruler.at("escape", _escape_only(escapes))
    return md


class _Strings(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.strings: list[str] = [""]
        self.skipping: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            if not self.skipping:
                self.strings[-1] += "\n"
            return
        self.strings.append("")
        if tag in SKIP:
            self.skipping.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag != "br":
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "br":
            return
        if self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()
        self.strings.append("")

    def handle_data(self, data):
        if not self.skipping:
            self.strings[-1] += data


def mathjax_strings(html: str) -> list[str]:
    parser = _Strings()
    parser.feed(html)
    parser.close()
    return [s for s in parser.strings if s]


def _scan_to_close(s: str, k: int, close_at) -> int | None:
    """From k, the end of the closer (close_at(s, k) -> its length or 0) outside braces; `\\x` skipped."""
    braces = 0
    while k < len(s):
        length = close_at(s, k)
        if length:
            if braces == 0:
                return k + length
            k += length
        elif s[k] == "\\" and k + 1 < len(s) and s[k + 1] not in JS_LINE_END:
            k += 2
        else:
            if s[k] == "{":
                braces += 1
            elif s[k] == "}" and braces:
                braces -= 1
            k += 1
    return None


def _skip_space(s: str, k: int) -> int:
    while k < len(s) and s[k].isspace():
        k += 1
    return k


def find_tex(s: str, inline_dollars: bool = True, process_escapes: bool = True) -> list[tuple[str, str]]:
    """(kind, TeX) for each formula MathJax 3 finds in the string s, kind 'inline' or 'display'."""
    delimiters = [("$$", "$$", "display"), ("\\[", "\\]", "display"), ("\\(", "\\)", "inline")]
    if inline_dollars:
        delimiters.append(("$", "$", "inline"))
    found = []
    i = 0
    while i < len(s):
        opener = next((d for d in delimiters if s.startswith(d[0], i)), None)
        if opener:
            open_, close, kind = opener
            end = _scan_to_close(s, i + len(open_), lambda t, k, c=close: len(c) if t.startswith(c, k) else 0)
            if end is None:
                i += len(open_)
            else:
                found.append((kind, s[i + len(open_):end - len(close)]))
                i = end
            continue
        if s.startswith("\\begin", i):
            k = _skip_space(s, i + 6)
            if k < len(s) and s[k] == "{" and "}" in s[k:]:
                name = s[k + 1:s.index("}", k)]

                def end_at(t, j, name=name):
                    if not t.startswith("\\end", j):
                        return 0
                    m = _skip_space(t, j + 4)
                    return m + len(name) + 2 - j if t.startswith("{" + name + "}", m) else 0

                end = _scan_to_close(s, s.index("}", k) + 1, end_at)
                if end is None:
                    i = s.index("}", k) + 1
                else:
                    found.append(("display", s[i:end]))
                    i = end
                continue
        if process_escapes and s[i] == "\\" and i + 1 < len(s) and s[i + 1] in "\\$":
            i += 2
            continue
        for ref in ("\\ref", "\\eqref"):
            if s.startswith(ref, i):
                k = _skip_space(s, i + len(ref))
                if k < len(s) and s[k] == "{" and "}" in s[k:]:
                    end = s.index("}", k) + 1
                    found.append(("inline", s[i:end]))
                    i = end - 1
                    break
        i += 1
    return found


def seen_by_old_site(markdown: str, *, markdown_escaped: bool = False, inline_dollars: bool = True,
                     process_escapes: bool = True, escapes: str | None = None) -> list[tuple[str, str]]:
    html = old_engine(markdown_escaped, escapes).render(markdown)
    return [f for s in mathjax_strings(html) for f in find_tex(s, inline_dollars, process_escapes)]


def seen_in_html(html: str, *, inline_dollars: bool = True) -> list[tuple[str, str]]:
    return [f for s in mathjax_strings(html) for f in find_tex(s, inline_dollars)]


_BLOGBUILD = make_markdown()
_MATH = re.compile(r'<(span|div) class="math (inline|display)">(.*?)</\1>', re.DOTALL)


def found_by_blogbuild(markdown: str) -> list[tuple[str, str]]:
    """(kind, TeX) of each formula on the page blogbuild makes: the `.math` elements its MathJax reads
    (blogbuild's own renderer, as the site build uses it; raw HTML may hold them too)."""
    found = []
    for m in _MATH.finditer(_BLOGBUILD.render(markdown)):
        text = html.unescape(m.group(3)).rstrip("\n")
        if text[:2] in ("\\(", "\\[") and text[-2:] in ("\\)", "\\]"):
            text = text[2:-2]
            if text.endswith(" ") and (len(text) - 1 - len(text[:-1].rstrip("\\"))) % 2:
                text = text[:-1]  # the space blogbuild puts after a trailing backslash
        found.append((m.group(2), text))
    return found


def same(formulas: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Up to whitespace runs, which TeX ignores in math (and Markdown containers reshape)."""
    return [(kind, " ".join(tex.split())) for kind, tex in formulas]
