"""TeX in Markdown: markdown-it rules that find math first, so Markdown never touches it.

Why not the stock mdit-py-plugins (see MATH_NOTES.md): dollarmath pairs `$` across prose, misreads
digits, and its block rule interrupts paragraphs and breaks lists; texmath drops text after `\\]`;
amsmath misses environments that start mid-paragraph. These rules follow pandoc instead:

- `$…$`: the opening `$` is not followed by whitespace, the closing one is not preceded by
  whitespace nor followed by a digit; `\\$` never opens or closes; a `$` inside braces
  (`\\text{…$…}`) does not close.
- `$$…$$`: inline mid-line, display when alone on a line of a paragraph (a block if it starts a
  block); inline in a table cell or heading.
- Code spans bind tighter (CommonMark, as for a link's `]`): a `$`, `$$`, `\\)` or `\\]` inside
  a complete code span never closes, so in ``$6 and `$x$` `` nothing is math and the code span
  stays. Backtick runs pair as in CommonMark (N backticks, closed by the next run of exactly N),
  inside braces too; an unpaired run is text. A span wholly inside a formula is TeX
  (`$a `b` c$` is one formula, as before), and its braces still count for `$`.
- `\\(…\\)`, `\\[…\\]` anywhere; `\\begin{equation}…\\end{equation}` and the other top-level AMS
  environments anywhere, nesting-aware.
- Block rules never interrupt a paragraph: a formula inside a paragraph stays in it, and no line
  inside such a formula ends the paragraph (`- c` or `> 0` inside `\\begin{align}` is TeX, not a
  list or a quote).

The renderer emits `\\(tex\\)` / `\\[tex\\]` / the environment as is, HTML-escaped, inside
`<span|div class="math …">`; MathJax is configured to look only inside `.math` elements. Where a
formula starts and ends is blogbuild/tex/delimiters.py's, shared with `check` and the importers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml, mdTrim
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline

from blogbuild.tex.delimiters import (
    BEGIN,
    ENVIRONMENTS,
    REF,
    alone_on_line,
    double_dollar_end,
    find_env_end,
    single_dollar_end,
    skip_to,
)

# token.info values
INLINE, DISPLAY, ENV = "inline", "display", "env"


def math_plugin(md: MarkdownIt, *, renderer: Callable[[str, str, dict], str] | None = None) -> None:
    """Add the math rules to md. renderer(tex, kind, env) -> html overrides the MathJax output."""
    md.inline.ruler.before("escape", "math_dollar", _inline_dollar)
    md.inline.ruler.before("escape", "math_backslash", _inline_backslash)
    md.block.ruler.before("fence", "math_block_dollar", _block_dollar)
    md.block.ruler.before("fence", "math_block_bracket", _block_bracket)
    md.block.ruler.before("fence", "math_block_env", _block_env)
    md.block.ruler.at("paragraph", _paragraph)
    render = renderer or render_mathjax

    def inline(self, tokens, idx, options, env):
        token = tokens[idx]
        html = render(token.content, token.info, env, block=False)
        mark = _punctuation_after(tokens, idx)
        if mark and "mathml_renderer" not in env:  # feeds: no stylesheet to read the class
            return f'<span class="nowrap">{html}{escapeHtml(mark)}</span>'
        return html

    def text(self, tokens, idx, options, env):
        content = tokens[idx].content
        if idx and _punctuation_after(tokens, idx - 1) and "mathml_renderer" not in env:
            content = content[1:]  # written with the formula before it
        return escapeHtml(content)

    def block(self, tokens, idx, options, env):
        token = tokens[idx]
        return render(token.content, token.info, env, block=True)

    md.add_render_rule("math_inline", inline)
    md.add_render_rule("text", text)
    md.add_render_rule("math_block", block)


# ----------------------------------------------------------------------------- rendering

NO_LINE_START = frozenset("。，、；：！？）,.;:!?)")
"""Punctuation that must not start a line. A browser breaks a line on either side of a typeset
formula (one atomic box), so `$x$，` could put the comma first on the next line."""


def _punctuation_after(tokens, idx: int) -> str:
    """The mark right after an in-line formula that must stay on its line, or ''. Only the first:
    the browser never breaks between two marks of text."""
    token = tokens[idx]
    if token.type != "math_inline" or token.info != INLINE or idx + 1 >= len(tokens):
        return ""
    after = tokens[idx + 1]
    if after.type == "text" and after.content[:1] in NO_LINE_START:
        return after.content[0]
    return ""


_LABEL_REF = re.compile(r"\\(label|eqref|ref)\{")


def prefix_labels(tex: str, prefix: str) -> str:
    """Rename \\label/\\eqref/\\ref keys, so two excerpts on one page never define a label twice."""
    return _LABEL_REF.sub(lambda m: "\\" + m.group(1) + "{" + prefix + ":", tex)


def wrap_tex(tex: str, kind: str) -> str:
    """The TeX MathJax must see, with delimiters (environments carry their own)."""
    if kind == ENV:
        return tex
    # A TeX ending in an odd run of backslashes would escape the closing delimiter.
    trailing = len(tex) - len(tex.rstrip("\\"))
    pad = " " if trailing % 2 else ""
    return (r"\[" + tex + pad + r"\]") if kind == DISPLAY else (r"\(" + tex + pad + r"\)")


def render_mathjax(tex: str, kind: str, env: dict, *, block: bool) -> str:
    prefix = env.get("label_prefix")
    if prefix:
        tex = prefix_labels(tex, prefix)
    mathml = env.get("mathml_renderer")
    if mathml is not None:
        return mathml(tex, kind, block)
    return _mathjax_html(tex, kind, block)


@lru_cache(maxsize=16384)
def _mathjax_html(tex: str, kind: str, block: bool) -> str:
    """Remembered: posts repeat their short formulas, and excerpts render them again."""
    tag = "div" if block else "span"
    css = "math inline" if kind == INLINE else "math display"
    html = f'<{tag} class="{css}">{escapeHtml(wrap_tex(tex, kind))}</{tag}>'
    return html + "\n" if block else html


# ----------------------------------------------------------------------------- scanning helpers


def _push(state: StateInline, content: str, kind: str, markup: str) -> None:
    token = state.push("math_inline", "math", 0)
    token.content = content
    token.info = kind
    token.markup = markup


def _inline_dollar(state: StateInline, silent: bool) -> bool:
    src, pos, maximum = state.src, state.pos, state.posMax
    if src[pos] != "$":
        return False
    if pos + 1 < maximum and src[pos + 1] == "$":
        end = double_dollar_end(src, pos + 2, maximum)
        if end == -1 or not src[pos + 2:end].strip():
            return False
        if not silent:
            # display only on a line of its own within a paragraph; a table cell or heading
            # holding just `$$x$$` (one line) is inline, as in kramdown
            kind = DISPLAY if "\n" in src and alone_on_line(src, pos, end + 2, maximum) else INLINE
            _push(state, src[pos + 2:end], kind, "$$")
        state.pos = end + 2
        return True
    if pos + 1 >= maximum or src[pos + 1].isspace():
        return False
    # Scanning for the closer from every `$` is quadratic on hostile text (`{$` repeated, whose
    # braces never close), so each paragraph gets a scanning budget many times its length; real
    # text, where each scan stops at its own closer, never comes near it.
    budget = getattr(state, "_dollar_budget", None)
    if budget is None:
        budget = 16 * len(src) + 4096
    end = single_dollar_end(src, pos + 1, maximum, budget)
    state._dollar_budget = budget - ((end if end != -1 else min(maximum, pos + 1 + budget)) - pos)
    if end == -1:
        return False
    if not silent:
        _push(state, src[pos + 1:end], INLINE, "$")
    state.pos = end + 1
    return True


def _inline_backslash(state: StateInline, silent: bool) -> bool:
    src, pos, maximum = state.src, state.pos, state.posMax
    if src[pos] != "\\" or pos + 1 >= maximum:
        return False
    nxt = src[pos + 1]
    if nxt in "([":
        closer = ")" if nxt == "(" else "]"
        end = skip_to(src, pos + 2, maximum, closer)
        if end == -1:
            return False
        if not silent:
            _push(state, src[pos + 2:end], INLINE if nxt == "(" else DISPLAY, "\\" + nxt)
        state.pos = end + 2
        return True
    if nxt in "er":
        # A bare \eqref{x} / \ref{x} in prose: MathJax's processRefs would typeset it, but
        # MathJax here only looks inside .math elements, so mark it as math.
        m = REF.match(src, pos, maximum)
        if not m:
            return False
        if not silent:
            _push(state, m.group(0), INLINE, "\\ref")
        state.pos = m.end()
        return True
    if nxt == "b":
        m = BEGIN.match(src, pos, maximum)
        if not m:
            return False
        end = find_env_end(src, m.end(), maximum, m.group(1) + m.group(2))
        if end == -1:
            return False
        if not silent:
            _push(state, src[pos:end], ENV, "\\begin")
        state.pos = end
        return True
    return False


# ----------------------------------------------------------------------------- block rules

def _line(state: StateBlock, line: int) -> str:
    return state.src[state.bMarks[line] + state.tShift[line]:state.eMarks[line]]


def _block_start(state: StateBlock, start: int) -> str | None:
    if state.sCount[start] - state.blkIndent >= 4:  # indented code
        return None
    return _line(state, start)


def _emit_block(state: StateBlock, start: int, last: int, content: str, kind: str, markup: str) -> None:
    token = state.push("math_block", "math", 0)
    token.block = True
    token.content = content
    token.info = kind
    token.markup = markup
    token.map = [start, last + 1]
    state.line = last + 1


def _lines_text(state: StateBlock, start: int, last: int) -> str:
    return state.getLines(start, last + 1, state.blkIndent, False).strip()


def _still_inside(state: StateBlock, line: int) -> bool:
    """A following line belongs to this block's container (not dedented out of a list)."""
    return state.isEmpty(line) or state.sCount[line] >= state.blkIndent


def _block_dollar(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    first = _block_start(state, start)
    if first is None or not first.startswith("$$"):
        return False
    close = double_dollar_end(first, 2, len(first))
    last = start
    if close != -1:
        if first[close + 2:].strip() or not first[2:close].strip():
            return False  # `$$a$$ text $$b$$`: inline math in a paragraph
    else:
        while True:
            last += 1
            if last >= end or state.isEmpty(last) or not _still_inside(state, last):
                return False
            text = _line(state, last)
            close = double_dollar_end(text, 0, len(text))
            if close != -1:
                if text[close + 2:].strip():
                    return False
                break
    if silent:
        return True
    text = _lines_text(state, start, last)
    _emit_block(state, start, last, text[2:-2], DISPLAY, "$$")
    return True


def _block_bracket(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    first = _block_start(state, start)
    if first is None or not first.startswith("\\["):
        return False
    last = start
    text = first[2:]
    while True:
        close = skip_to(text, 0, len(text), "]")
        if close != -1:
            if text[close + 2:].strip():
                return False
            break
        last += 1
        if last >= end or state.isEmpty(last) or not _still_inside(state, last):
            return False
        text = _line(state, last)
    if silent:
        return True
    body = _lines_text(state, start, last)
    _emit_block(state, start, last, body[2:-2], DISPLAY, "\\[")
    return True


def _block_env(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    first = _block_start(state, start)
    if first is None or not first.startswith("\\begin{"):
        return False
    m = BEGIN.match(first)
    if not m:
        return False
    name = m.group(1) + m.group(2)
    pattern = re.compile(r"\\(begin|end)\{" + re.escape(name) + r"\}")
    depth = 0
    last = start
    offset = 0
    text = first
    while True:
        for found in pattern.finditer(text, offset):
            depth += 1 if found.group(1) == "begin" else -1
            if depth == 0:
                if text[found.end():].strip():
                    return False
                break
        if depth == 0:
            break
        last += 1
        offset = 0
        if last >= end or not _still_inside(state, last):
            return False
        text = _line(state, last)
    if silent:
        return True
    _emit_block(state, start, last, _lines_text(state, start, last), ENV, "\\begin")
    return True


# ----------------------------------------------------------------------------- paragraphs

_MATH_MARK = re.compile(r"\\(?:(begin|end)\{([A-Za-z]+\*?)\}|.)|\$\$|`+", re.DOTALL)
_TOP_LEVEL = frozenset(ENVIRONMENTS) | {e + "*" for e in ENVIRONMENTS}


def _scan_math(text: str, inside: tuple | None) -> tuple | None:
    """The formula open after text, given the one open before it: None (prose), ("$$",), ("]",)
    or ("env", name, depth). Only delimiters that can span lines matter here; code spans on the
    line are skipped, in prose and (as the inline rules do) before a `$$` or `\\]` closer."""
    if inside is None and "$$" not in text and "\\[" not in text and "\\begin{" not in text:
        return None  # no opener at all (most lines of prose)
    m = _MATH_MARK.search(text)
    while m:
        mark, after = m.group(), m.end()
        if mark[0] == "`" and (inside is None or inside[0] != "env"):
            close = re.compile(r"(?<!`)" + mark + r"(?!`)").search(text, after)
            after = close.end() if close else after
        elif inside is None:
            if mark == "$$":
                inside = ("$$",)
            elif mark == "\\[":
                inside = ("]",)
            elif m.group(1) == "begin" and m.group(2) in _TOP_LEVEL:
                inside = ("env", m.group(2), 1)
        elif inside[0] == "env":
            if m.group(2) == inside[1]:
                depth = inside[2] + (1 if m.group(1) == "begin" else -1)
                inside = ("env", inside[1], depth) if depth else None
        elif mark == ("$$" if inside[0] == "$$" else "\\]"):
            inside = None
        m = _MATH_MARK.search(text, after)
    return inside


def _formula_end(state: StateBlock, line: int, end: int, inside: tuple) -> int:
    """The line where the formula open before `line` closes, -1 if it does not before a blank line."""
    while line < end and not state.isEmpty(line):
        inside = _scan_math(_line(state, line), inside)
        if inside is None:
            return line
        line += 1
    return -1


def _paragraph(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """markdown-it's paragraph rule, except that lines inside a formula never end the paragraph.

    A copy of markdown-it-py 4.3's (pyproject.toml pins that series: 4.2 trims differently);
    tests/render/test_math_paragraph_copy.py checks it is this copy that runs and that it splits
    text without math as upstream's does.
    """
    terminators = state.md.block.ruler.getRules("paragraph")
    end = state.lineMax
    old_parent, state.parentType = state.parentType, "paragraph"
    inside = _scan_math(_line(state, start), None)
    math_until = -1  # last line of the formula open at `line`
    line = start + 1
    while line < end and not state.isEmpty(line):
        if inside is not None and math_until < line:
            math_until = _formula_end(state, line, end, inside)
            if math_until == -1:
                inside = None  # never closed: its opener is literal text, as in the inline rules
        lazy = state.sCount[line] - state.blkIndent > 3 or state.sCount[line] < 0
        if not lazy and line > math_until and any(rule(state, line, end, True) for rule in terminators):
            break
        inside = _scan_math(_line(state, line), inside)
        line += 1
    content = mdTrim(state.getLines(start, line, state.blkIndent, False))
    state.line = line
    token = state.push("paragraph_open", "p", 1)
    token.map = [start, line]
    token = state.push("inline", "", 0)
    token.content = content
    token.map = [start, line]
    token.children = []
    state.push("paragraph_close", "p", -1)
    state.parentType = old_parent
    return True
