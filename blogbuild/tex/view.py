"""The text the old site's MathJax saw, mapped back to the Markdown source it came from.

The old Markdown engine ran first: code spans and code blocks, HTML tags, link destinations and
images never reached MathJax as text (an element boundary ends a MathJax string; `<br>` is a
newline inside one, a comment nothing), entities were decoded, and a marked-style engine ate the
backslash before the punctuation it escapes (Dialect.escapes). Blocks come from markdown-it's
CommonMark parse (each inline token is one element of the old page), corrected where the old
engine differed (table cells: tables.py; HTML blocks: html_blocks.py; kramdown's and kramed's `$$`);
inside a block this module does the inline part itself, so it knows where every character came
from. Checked against the real engines by tests/importers/test_real_engines.py.

Not modelled, on purpose: what broke a formula its author plainly meant. Emphasis, strikethrough
and smart punctuation (`<em>` inside `$a*b*c$`), kramdown's tables without a header line (a
paragraph line holding `$$P(A|B)$$`), and `<b` read as a tag in raw HTML (`$a<b$`): the formula
is still taken as the author wrote it.
"""

from __future__ import annotations

import html as html_module
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.common.html_blocks import block_names
from markdown_it.common.html_re import HTML_TAG_RE

from blogbuild.tex.dialect import Dialect
from blogbuild.tex.fences import Fences
from blogbuild.tex.findtex import find_tex
from blogbuild.tex.html_blocks import block_end
from blogbuild.tex.tables import shown, split_row

ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
SKIPPED_TAGS = frozenset({"script", "noscript", "style", "textarea", "pre", "code", "annotation",
                          "annotation-xml"})
"""MathJax's skipHtmlTags: nothing inside them is looked at."""

TAG = re.compile(HTML_TAG_RE.pattern, re.IGNORECASE)
TAG_NAME = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
_SPECIAL = re.compile(r"[\\`<!\[\]&]")
_SPECIAL_KRAMDOWN = re.compile(r"[\\`<!\[\]&$]")
"""Where the inline scan has something to decide; the text between goes in bulk."""
_KRAMED_BLOCK = re.compile(r"(\${2,}) *([\s\S]+?)\s*(\1) *(?:\n|$)")
"""kramed's math block: `$$` at the start of a line to a `$$` at the end of one (it ends a paragraph)."""
_KRAMED_INLINE = re.compile(r"(\$\$)\s*([\s\S]*?[^$])\s*(\$\$)(?!\$)")
_KRAMED_HTML = re.compile(r"""<(\w+(?!:/|[^\w\s@]*@)\b)(?:"[^"]*"|'[^']*'|[^'">])*?>([\s\S]*?)</\1>"""
                          r"""|<(\w+(?!:/|[^\w\s@]*@)\b)(?:"[^"]*"|'[^']*'|[^'">])*?>""", re.ASCII)
"""kramed's inline HTML: an element with its content, or an opening tag (anything up to `>`)."""
_BACKTICKS = re.compile(r"`+")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9.+-]{1,31}:[^<>\x00-\x20]*|[\w.!#$%&'*+/=?^`{|}~-]+@[\w.-]+)>")
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_DEST = r"""\(\s*(?:<(?:[^<>\n\\]|\\.)*>|(?:[^()\s\\]|\\.|\((?:[^()\s\\]|\\.)*\))*)""" \
    r"""(?:\s+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?\s*\)"""
"""CommonMark's link destination and title: `<…>`, or no spaces and parentheses balanced (a
Wikipedia URL's `(mathematics)`)."""
_LAZY_DEST = r"""\(\s*<?[\s\S]*?>?(?:\s+['"][\s\S]*?['"])?\s*\)"""
"""marked 0.3's: up to the first `)` that can end it."""
_IMAGE = {lazy: re.compile(r"!\[(?:[^\[\]\\]|\\.)*\]" + (_LAZY_DEST if lazy else _DEST), re.DOTALL)
          for lazy in (False, True)}
_LINK_TEXT = re.compile(r"\[(?:[^\[\]\\]|\\.)*\]\(", re.DOTALL)
_LINK_DEST = {lazy: re.compile(r"\]" + (_LAZY_DEST if lazy else _DEST), re.DOTALL) for lazy in (False, True)}


@dataclass
class Formula:
    """One formula the old site's readers saw."""
    start: int
    end: int
    """source[start:end] is the formula with its delimiters, as written."""
    tex: str
    """What MathJax received (environments: with their \\begin/\\end)."""
    body: str
    """The source between the delimiters with the old engine's unescaping applied: tex, plus the
    container prefixes (`> `, list indentation) of the lines it spans, so it can go back in place."""
    display: bool
    kind: str
    """'delimited', 'env', 'ref' (MathJax), 'kramdown' (`$$…$$` found by kramdown) or 'html' (in raw
    HTML, where blogbuild's Markdown does not look)."""
    open: str = ""
    close: str = ""
    html_kind: str = ""
    """For kind 'html': what MathJax found there ('delimited', 'env' or 'ref')."""
    as_written: bool = True
    """source[start:end] is worth trying as it is (not a placeholder)."""
    cell: bool = False
    """In a table cell: blogbuild's table needs each `|` of its TeX written `\\|`."""


@dataclass
class View:
    formulas: list[Formula] = field(default_factory=list)
    prose: set[int] = field(default_factory=set)
    """Source offsets of characters outside code, HTML and URLs: where an opener may be escaped."""


@lru_cache(maxsize=1)
def _block_parser() -> MarkdownIt:
    """Blocks only: the inline part is done here (the core `inline` rule would cost more than the rest)."""
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    md.core.ruler.disable(["inline", "text_join"])
    return md


class Chars:
    """A MathJax string being built: characters and the source span each came from."""

    def __init__(self) -> None:
        self.text: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, chars: str, start: int, end: int) -> None:
        for ch in chars:
            self.text.append(ch)
            self.starts.append(start)
            self.ends.append(end)

    def add_run(self, chars: str, starts: list[int]) -> None:
        """Characters that are themselves in the source, one each."""
        self.text.extend(chars)
        self.starts.extend(starts)
        self.ends.extend([start + 1 for start in starts])


def scan(source: str, dialect: Dialect) -> View:
    """Every formula of a Markdown document as the old site found it, in source order."""
    view = View()
    line_starts = [0]
    for m in re.finditer("\n", source):
        line_starts.append(m.end())
    blocks = kramdown_math_blocks(source, line_starts) if dialect.kramdown and dialect.dollar_blocks != "kramed" else []
    pieces, done = [], 0
    for start, end, tex in blocks:  # the rest of the document is parsed as if the block were blank lines
        pieces += [source[done:start], re.sub(r"[^\n]", " ", source[start:end])]
        done = end
        view.formulas.append(Formula(start, end, tex, tex, True, "kramdown", "$$", "$$"))
    tokens = _block_parser().parse("".join(pieces) + source[done:] if blocks else source)
    columns: int | None = None  # the table's header cell count
    in_row = False
    html_to = 0  # the line after the HTML block the old engine is reading, if it runs past CommonMark's
    for i, token in enumerate(tokens):
        if token.map and token.map[0] < html_to:
            if token.type == "inline" and (offsets := _content_offsets(source, line_starts, token)):
                view.prose.update(offsets)  # raw HTML to the old engine, Markdown to blogbuild
            continue
        if token.type == "html_block" and token.map:
            html_to = _html_block(source, line_starts, tokens, i, dialect, view)
            continue
        if token.type in ("tr_open", "tr_close", "thead_open"):
            in_row = token.type == "tr_open"
            if token.type == "thead_open":
                columns = None
            elif in_row:
                columns = _scan_row(source, line_starts, token.map[0], dialect, view, columns)
            continue
        if token.type != "inline" or not token.map or in_row:
            continue
        offsets = _content_offsets(source, line_starts, token)
        if offsets is None:
            continue
        paragraph = i > 0 and tokens[i - 1].type == "paragraph_open"
        _scan_inline(source, token.content, offsets, dialect, view, paragraph)
    view.formulas.sort(key=lambda f: f.start)
    return view


_BLOCK_MATH = re.compile(r"^ {0,3}\$\$")
_CUT = re.compile(r"\n[ \t]*\n|\n {0,3}(?:[-+*][ \t]+\S|1[.)][ \t]+\S|#{1,6}(?:[ \t]|$)|>|`{3}|~{3}|<[a-zA-Z/!?]|"
                  r"(?:=+|-+|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*$)", re.MULTILINE)
"""A line that ends a CommonMark paragraph or changes it (a blank line, a list item, a heading, a
quote, a fence, an HTML block, a rule or a setext underline)."""


def kramdown_math_blocks(source: str, line_starts: list[int]) -> list[tuple[int, int, str]]:
    """kramdown's math blocks that CommonMark would cut, as (start, end, TeX): a `$$` that starts a
    block (after a blank line, outside containers) runs to the next `$$` whatever lies between, when
    a block boundary follows that (kramdown's parse_block_math). CommonMark ends a paragraph at a
    blank line or a line such as `- \\log p` (a list item), so the formula would be lost; the other
    blocks are found with the paragraphs they are."""
    if "$$" not in source:
        return []
    found: list[tuple[int, int, str]] = []
    lines = source.split("\n")
    fences, blank_before, n = Fences(), True, 0
    while n < len(lines):
        line = lines[n]
        in_code = fences.code(line)  # asked of every line read, so that it follows the fences
        if not in_code and blank_before and (m := _BLOCK_MATH.match(line)) \
                and (block := _math_block(source, line_starts[n] + m.end())):
            found.append(block)
            n = bisect_right(line_starts, block[1] - 1)  # the line after the closing `$$`'s
            blank_before = False
            continue
        blank_before = not line.strip()
        n += 1
    return found


def _math_block(source: str, opening_end: int) -> tuple[int, int, str] | None:
    """The block math whose `$$` ends at opening_end, if kramdown takes it as one and CommonMark cuts it."""
    close = source.find("$$", opening_end)
    if close == -1:
        return None
    line_end = source.find("\n", close)
    line_end = len(source) if line_end == -1 else line_end
    next_end = source.find("\n", line_end + 1)
    after = source[line_end + 1:len(source) if next_end == -1 else next_end]
    inner = source[opening_end:close]
    boundary = line_end >= len(source) - 1 or not after.strip() or after.lstrip().startswith("{:")
    if inner.strip() and not source[close + 2:line_end].strip() and boundary and _CUT.search(inner):
        return opening_end - 2, close + 2, inner.strip()
    return None


def _html_block(source: str, line_starts: list[int], tokens: list, i: int, dialect: Dialect, view: View) -> int:
    """The formulas of the HTML block starting at tokens[i], to where the old engine ended it
    (html_blocks.py); returns the line after it. Raw HTML to blogbuild (CommonMark's HTML blocks)
    takes a formula as an HTML element (kind 'html'); the rest is Markdown to blogbuild, which is
    given the formula's TeX as it is (no escape was eaten in raw HTML)."""
    first, last = tokens[i].map
    html_to = block_end(source, line_starts, first, last, dialect.html_blocks)
    start, end = line_starts[first], line_starts[html_to] if html_to < len(line_starts) else len(source)
    raw = [t.map for t in tokens[i:] if t.map and t.map[0] < html_to and t.type == "html_block"]
    if dialect.html_blocks == "marked-0.3":  # the block's text read as inline Markdown (escapes eaten)
        inner = View()
        _scan_inline(source, source[start:end], list(range(start, end)), dialect, inner, False)
        found = [Formula(f.start, f.end, f.tex, f.tex, f.display, "html", f.open, f.close,
                         html_kind=f.kind if f.kind in ("env", "ref") else "delimited") for f in inner.formulas]
    else:
        found = html_formulas(source, start, end, dialect)
    for f in found:
        line = bisect_right(line_starts, f.start) - 1
        if not any(a <= line < b for a, b in raw):
            f.kind, f.html_kind = f.html_kind, ""
        view.formulas.append(f)
    return html_to


def _scan_row(source: str, line_starts: list[int], n: int, dialect: Dialect, view: View,
              columns: int | None) -> int:
    """The cells of the table row on line n, split as the old engine split them (tables.py); returns
    the header's cell count."""
    line_end = line_starts[n + 1] - 1 if n + 1 < len(line_starts) else len(source)
    cells = split_row(source[line_starts[n]:line_end], line_starts[n], dialect.table_pipes)
    count = shown(dialect.table_pipes, len(cells), columns)
    for text, offsets in cells[:count]:
        if text:
            before = len(view.formulas)
            _scan_inline(source, text, offsets, dialect, view, False)
            for f in view.formulas[before:]:
                f.cell = True
    for _, offsets in cells[count:]:
        view.prose.update(offsets)  # not shown: openers there are escaped if blogbuild would pair them
    return len(cells) if columns is None else columns


def _content_offsets(source: str, line_starts: list[int], token) -> list[int] | None:
    """Source offset of each character of token.content (its lines are suffixes of source lines);
    None if they cannot be placed."""
    first, last = token.map
    lines = token.content.split("\n")
    offsets: list[int] = []
    for k, text in enumerate(lines):
        n = first + k
        if n >= len(line_starts) or (n >= last and last > first):
            return None
        line_end = line_starts[n + 1] - 1 if n + 1 < len(line_starts) else len(source)
        line = source[line_starts[n]:line_end]
        if line.endswith(text):
            at = len(line) - len(text)
        elif line.rstrip().endswith(text):
            at = len(line.rstrip()) - len(text)
        else:
            at = line.find(text)
        if at < 0:
            return None
        offsets.extend(range(line_starts[n] + at, line_starts[n] + at + len(text)))
        if k < len(lines) - 1:
            offsets.append(line_end)  # the newline
    return offsets


def _scan_inline(source: str, content: str, offsets: list[int], dialect: Dialect, view: View,
                 paragraph: bool) -> None:
    _InlineScan(source, content, offsets, dialect, view, paragraph).run()


class _InlineScan:
    """One inline text, read as the dialect's Markdown and then its MathJax read it: each markup
    step below takes what starts at content[i] and returns where reading goes on (None: not its)."""

    def __init__(self, source: str, content: str, offsets: list[int], dialect: Dialect, view: View,
                 paragraph: bool) -> None:
        self.source, self.content, self.dialect, self.view, self.paragraph = source, content, dialect, view, paragraph
        self.n = len(content)
        self.offsets = offsets + [offsets[-1] + 1 if offsets else 0]
        self.chars = Chars()
        self.skipping: list[str] = []  # open elements whose text MathJax skips (`<code>`, `<pre>`…)
        self.steps = [self._escape, self._kramdown_dollars, self._code, self._kramed_html, self._tag, self._image,
                      self._link, self._entity]

    def src(self, i: int) -> int:
        return self.offsets[i]

    def src_end(self, i: int) -> int:
        """Source offset just after content[i - 1]."""
        return self.offsets[i - 1] + 1

    def with_prefixes(self, a: int, b: int) -> str:
        """content[a:b] with the container prefixes (`> `, list indentation) of its lines put back,
        so it can go back in place (not the backslash a table cell dropped before `|`)."""
        pieces = []
        for k in range(a, b):
            if k > a and self.content[k - 1] == "\n":
                pieces.append(self.source[self.offsets[k - 1] + 1:self.offsets[k]])
            pieces.append(self.content[k])
        return "".join(pieces)

    def emit(self, text: str, start: int, end: int) -> None:
        if not self.skipping:
            self.chars.add(text, start, end)

    def flush(self) -> None:
        _find_in_string(self.source, self.chars, self.dialect, self.view)
        self.chars.__init__()

    def run(self) -> None:
        content, n, view = self.content, self.n, self.view
        special = _SPECIAL_KRAMDOWN if self.dialect.kramdown else _SPECIAL
        i = 0
        while i < n:
            m = special.search(content, i)
            j = m.start() if m else n
            if j > i:  # plain text, in bulk
                run = self.offsets[i:j]
                if not self.skipping:
                    self.chars.add_run(content[i:j], run)
                view.prose.update(run)
                i = j
                if i == n:
                    break
            for step in self.steps:
                after = step(i)
                if after is not None:
                    i = after
                    break
            else:
                self.emit(content[i], self.src(i), self.src_end(i + 1))
                view.prose.add(self.src(i))
                i += 1
        self.flush()

    def _escape(self, i: int) -> int | None:
        content, dialect, src, src_end = self.content, self.dialect, self.src, self.src_end
        if not (content[i] == "\\" and i + 1 < self.n and content[i + 1] in ASCII_PUNCT):
            return None
        if dialect.backslash_breaks and content.startswith("\\\\\n", i):
            self.emit("\n", src(i), src_end(i + 3))  # kramdown's line break: `<br>`, a newline to MathJax
            return i + 3
        if dialect.markdown_escaped and content[i + 1] in dialect.escapes:
            self.emit(content[i + 1], src(i), src_end(i + 2))
        elif dialect.markdown_escaped and content[i + 1] not in "\\`":
            # a backslash the engine keeps, before a character it does not escape (`\\,`): text,
            # and the character after it is read on its own
            self.emit("\\", src(i), src_end(i + 1))
            self.view.prose.add(src(i))
            return i + 1
        else:
            self.emit("\\", src(i), src_end(i + 1))
            self.emit(content[i + 1], src(i + 1), src_end(i + 2))
        self.view.prose.update((src(i), src(i + 1)))
        return i + 2

    def _kramdown_dollars(self, i: int) -> int | None:
        content, src = self.content, self.src
        if not (self.dialect.kramdown and content.startswith("$$", i) and not self.skipping):
            return None
        close = content.find("$$", i + 2)
        if close == -1:
            return None
        display = self.paragraph and not content[:i].strip() and not content[close + 2:].strip()
        inner, end = (i + 2, close), close + 2
        if self.dialect.dollar_blocks == "kramed":
            at_line_start = self.paragraph and not content[content.rfind("\n", 0, i) + 1:i].strip(" ")
            block = _KRAMED_BLOCK.match(content, i) if at_line_start else None
            found = block or _KRAMED_INLINE.match(content, i)
            if found is None:
                return None
            display, inner, end = block is not None, found.span(2), found.end(3)
        self.flush()
        tex = content[inner[0]:inner[1]].strip()
        first = inner[0] + len(content[inner[0]:inner[1]]) - len(content[inner[0]:inner[1]].lstrip())
        body = self.with_prefixes(first, first + len(tex))
        self.view.formulas.append(Formula(src(i), self.src_end(end), tex, body, display, "kramdown", "$$", "$$"))
        return end

    def _code(self, i: int) -> int | None:
        content = self.content
        if content[i] != "`":
            return None
        run = _BACKTICKS.match(content, i).end() - i
        close = re.compile(r"(?<!`)`{%d}(?!`)" % run).search(content, i + run)
        if close:
            self.flush()
            return close.end()
        for k in range(run):
            self.emit("`", self.src(i + k), self.src_end(i + k + 1))
        return i + run

    def _kramed_html(self, i: int) -> int | None:
        """kramed's inline HTML: a block-level element and its content are raw HTML (the content is
        Markdown to blogbuild), and `<word` up to the next `>` is a tag (`<b$ … >` after `$a<b$`)."""
        content = self.content
        if self.dialect.html_tags != "kramed" or content[i] != "<" or _AUTOLINK.match(content, i):
            return None
        html = _KRAMED_HTML.match(content, i)
        if html is None or (html.group(2) is None and TAG.match(content, i)):
            return None  # not kramed's, or an ordinary tag (`_tag` reads it)
        if html.group(2) is not None and html.group(1).lower() not in block_names:
            return None  # an inline element: kramed read its content as Markdown, and so does `_tag`
        self.flush()
        if html.group(2):
            first, last = html.span(2)
            for f in html_formulas(self.source, self.src(first), self.src_end(last), self.dialect):
                f.kind, f.html_kind = f.html_kind, ""
                self.view.formulas.append(f)
            self.view.prose.update(self.offsets[first:last])
        else:  # a tag to kramed, text to blogbuild: its openers are escaped if blogbuild would pair them
            self.view.prose.update(self.offsets[i + 1:html.end()])
        return html.end()

    def _tag(self, i: int) -> int | None:
        content = self.content
        if content[i] != "<":
            return None
        tag = TAG.match(content, i) or _AUTOLINK.match(content, i)
        if not tag:
            return None
        text = tag.group()
        name = TAG_NAME.match(text)
        if text.startswith("<!--"):
            pass  # a comment: MathJax's string goes on through it
        elif name and name.group(2).lower() == "br":
            self.emit("\n", self.src(i), self.src_end(tag.end()))
        else:
            self.flush()
            lower = name.group(2).lower() if name else ""
            if self.skipping and name and name.group(1) and lower == self.skipping[-1]:
                self.skipping.pop()
            elif name and not name.group(1) and lower in SKIPPED_TAGS and not text.endswith("/>"):
                # MathJax skips the element's text; Markdown still reads it (a code span
                # may run past `</code>`), and so does blogbuild
                self.skipping.append(lower)
        return tag.end()

    def _image(self, i: int) -> int | None:
        if not self.content.startswith("![", i):
            return None
        image = _IMAGE[self.dialect.lazy_links].match(self.content, i)
        if not image:
            return None
        self.flush()
        return image.end()

    def _link(self, i: int) -> int | None:
        content = self.content
        if content[i] == "[" and _LINK_TEXT.match(content, i):
            self.flush()
            return i + 1
        if content[i] == "]" and content.startswith("](", i):
            dest = _LINK_DEST[self.dialect.lazy_links].match(content, i)
            if dest:
                self.flush()
                return dest.end()
        return None

    def _entity(self, i: int) -> int | None:
        if self.content[i] != "&":
            return None
        entity = ENTITY.match(self.content, i)
        if not entity:
            return None
        self.emit(html_module.unescape(entity.group()), self.src(i), self.src_end(entity.end()))
        return entity.end()


def _find_in_string(source: str, chars: Chars, dialect: Dialect, view: View) -> None:
    if not chars.text:
        return
    text = "".join(chars.text)
    for found in find_tex(text, dialect):
        if found.kind == "delimited":
            first, last = found.start + len(found.open), found.end - len(found.close)
        else:
            first, last = found.start, found.end
        if last > first and chars.ends[last - 1] - chars.starts[first] == last - first:
            body = text[first:last]  # one source character each, no gap: the source as it is
        else:
            pieces = []
            for k in range(first, last):
                if k > first and text[k - 1] == "\n":
                    pieces.append(source[chars.ends[k - 1]:chars.starts[k]])  # container prefixes
                pieces.append(text[k])  # (not the backslash a table cell dropped before `|`)
            body = "".join(pieces)
        view.formulas.append(Formula(chars.starts[found.start], chars.ends[found.end - 1], found.tex(text),
                                     body, found.display, found.kind, found.open, found.close))


def html_formulas(html: str, begin: int, end: int, dialect: Dialect) -> list[Formula]:
    """The formulas MathJax found in raw HTML html[begin:end] (kind 'html').

    Tags are CommonMark's (markdown-it's HTML_TAG_RE), so the `<` of `\\(a<b\\)` is text, not the
    start of a `<b…>` element. A MathJax string runs through `<br>` (a newline) and comments and
    stops at any other tag; nothing inside `<pre>`, `<code>`, `<script>`… is looked at."""
    formulas: list[Formula] = []
    chars = Chars()
    skipping: str | None = None

    def flush() -> None:
        if chars.text:
            text = "".join(chars.text)
            for f in find_tex(text, dialect):
                tex = f.tex(text)
                formulas.append(Formula(chars.starts[f.start], chars.ends[f.end - 1], tex, tex, f.display,
                                        "html", f.open, f.close, html_kind=f.kind))
            chars.__init__()

    i = begin
    while i < end:
        if html[i] == "<":
            tag = TAG.match(html, i, end)
            if tag:
                name = TAG_NAME.match(tag.group())
                lower = name.group(2).lower() if name else ""
                if skipping:
                    if name and name.group(1) and lower == skipping:
                        skipping = None
                elif tag.group().startswith("<!--"):
                    pass  # MathJax's string goes on through a comment
                elif lower == "br" and not (name and name.group(1)):
                    chars.add("\n", i, tag.end())
                else:
                    flush()
                    if name and not name.group(1) and lower in SKIPPED_TAGS and not tag.group().endswith("/>"):
                        skipping = lower
                i = tag.end()
                continue
        if skipping:
            i += 1
            continue
        if html[i] == "&":
            entity = ENTITY.match(html, i, end)
            if entity:
                chars.add(html_module.unescape(entity.group()), i, entity.end())
                i = entity.end()
                continue
        chars.add(html[i], i, i + 1)
        i += 1
    flush()
    return formulas
