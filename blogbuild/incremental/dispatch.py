"""Faster rule dispatch for markdown-it-py: only try the rules that can start at a character.

markdown-it tries every rule, in order, at every block start and at every inline position its
`text` rule stops at (15 block and 15 inline rules here, each a Python call). Nearly all of them
give up at once on the first character: `heading` wants `#`, `link` wants `[`, `math_dollar` wants
`$`. Here the rules a character can start are looked up in a table, and only those run, in the
original order, so the tokens are the same (tests/incremental/test_dispatch.py compares both parsers). Rules
not listed in `BLOCK_STARTS` / `INLINE_STARTS` (a plugin's) are tried everywhere, as before.

Measured at 1,000 posts: block parsing 1.08 s → 0.78 s, inline parsing ~25 % less.

The two loops below are markdown-it-py 4.3's `ParserBlock.tokenize` and `ParserInline.tokenize`
with the rule list picked per character. A copy is only right for the version it was copied from
(4.2's loops differ, and a later one may change them without changing any name a feature check
could see), so `install` is gated on `COPIED_FROM`, and pyproject.toml pins markdown-it-py to that
series: the equivalence tests then always compare the copy with upstream, never upstream with
itself. To move to a new markdown-it-py, re-copy the loops, bump both, and run
tests/run_lib_versions.sh.
"""

from __future__ import annotations

import markdown_it
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline
from markdown_it.rules_inline.text import text as _text_rule

_DIGITS = "0123456789"

BLOCK_STARTS: dict[str, str | None] = {
    "table": None, "code": None, "lheading": None, "paragraph": None,  # any first character
    "fence": "`~", "blockquote": ">", "hr": "*-_", "list": "*-+" + _DIGITS,
    "footnote_def": "[", "reference": "[", "html_block": "<", "heading": "#",
    "math_block_dollar": "$", "math_block_bracket": "\\", "math_block_env": "\\",
}
"""Block rule → the characters a block it takes can start with (after indentation); None: any."""

INLINE_STARTS: dict[str, str] = {
    "newline": "\n", "escape": "\\", "backticks": "`", "strikethrough": "~", "emphasis": "*_",
    "link": "[", "image": "!", "footnote_inline": "^", "footnote_ref": "[", "autolink": "<",
    "html_inline": "<", "entity": "&", "math_dollar": "$", "math_backslash": "\\",
}
"""Inline rule → the characters it can start at (`text` takes every non-terminator)."""

COPIED_FROM = (4, 3)
"""The markdown-it-py (major, minor) the loops below are copied from."""


def supported() -> bool:
    """Whether the installed markdown-it-py is the one the loops were copied from."""
    return tuple(int(part) for part in markdown_it.__version__.split(".")[:2]) == COPIED_FROM


def installed(md: MarkdownIt) -> bool:
    """Whether md tokenizes with the dispatching loops (not markdown-it's own)."""
    return all(getattr(loop, "__module__", None) == __name__ for loop in (md.block.tokenize, md.inline.tokenize))


def _table(names: list[str], rules: list, starts: dict, chars: set[str]) -> tuple[dict[str, list], list]:
    """char → the rules that may start there, in order; and the list for every other character."""
    def may_start(name: str, ch: str | None) -> bool:
        allowed = starts.get(name, None)
        return name not in starts or allowed is None or (ch is not None and ch in allowed)

    by_char = {ch: [r for n, r in zip(names, rules, strict=True) if may_start(n, ch)] for ch in chars}
    other = [r for n, r in zip(names, rules, strict=True) if may_start(n, None)]
    return by_char, other


def install(md: MarkdownIt) -> MarkdownIt:
    """Replace md's block and inline tokenize loops by the dispatching ones (same tokens); on
    another markdown-it-py than COPIED_FROM, leave md as it is."""
    if not supported():
        return md  # not the markdown-it-py these loops were copied from: keep its own
    loops = _Loops(md)
    md.block.tokenize = loops.block_tokenize  # type: ignore[method-assign]
    md.inline.tokenize = loops.inline_tokenize  # type: ignore[method-assign]
    return md


class _Loops:
    """markdown-it-py's two tokenize loops, trying at each position only the rules that may start
    with its character. The tables are rebuilt whenever a rule is enabled or disabled since."""

    def __init__(self, md: MarkdownIt) -> None:
        self.md = md
        self._block: list = [None, None, None]  # [rules list it was built from, by_char, other]
        self._inline: list = [None, None, None]

    def block_rules(self) -> tuple[dict[str, list], list]:
        ruler = self.md.block.ruler
        rules = ruler.getRules("")
        if self._block[0] is not rules:  # rules enabled or disabled since: rebuild
            names = ruler.get_active_rules()
            chars = {c for s in BLOCK_STARTS.values() if s for c in s}
            self._block[:] = [rules, *_table(names, rules, BLOCK_STARTS, chars)]
        return self._block[1], self._block[2]

    def inline_rules(self) -> tuple[dict[str, list], list]:
        ruler = self.md.inline.ruler
        rules = ruler.getRules("")
        if self._inline[0] is not rules:
            names = ruler.get_active_rules()
            terminators = self.md.inline.terminator_re
            chars = {c for s in INLINE_STARTS.values() for c in s}
            chars |= {chr(i) for i in range(128) if terminators.match(chr(i))}
            by_char, other = _table(names, rules, INLINE_STARTS, chars)
            for ch, found in by_char.items():
                if terminators.match(ch):  # `text` never takes a terminator
                    by_char[ch] = [r for r in found if r is not _text_rule]
            self._inline[:] = [rules, by_char, other]
        return self._inline[1], self._inline[2]

    def block_tokenize(self, state: StateBlock, startLine: int, endLine: int) -> None:
        by_char, every = self.block_rules()
        line = startLine
        maxNesting = state.md.options.maxNesting
        hasEmptyLines = False
        src, bMarks, tShift, eMarks, sCount = state.src, state.bMarks, state.tShift, state.eMarks, state.sCount

        while line < endLine:
            state.line = line = state.skipEmptyLines(line)
            if line >= endLine:
                break
            if sCount[line] < state.blkIndent:
                break
            if state.level >= maxNesting:
                state.line = endLine
                break
            pos = bMarks[line] + tShift[line]
            rules = by_char.get(src[pos], every) if pos < eMarks[line] else self.md.block.ruler.getRules("")
            ok = False
            for rule in rules:
                ok = rule(state, line, endLine, False)
                if ok:
                    if state.line <= line:
                        raise RuntimeError("block rule didn't increment state.line")
                    break
            if not ok:
                raise RuntimeError("none of the block rules matched")
            state.tight = not hasEmptyLines
            line = state.line
            if (line - 1) < endLine and state.isEmpty(line - 1):
                hasEmptyLines = True
            if line < endLine and state.isEmpty(line):
                hasEmptyLines = True
                line += 1
                state.line = line

    def inline_tokenize(self, state: StateInline) -> None:
        by_char, every = self.inline_rules()
        end = state.posMax
        maxNesting = state.md.options["maxNesting"]

        while state.pos < end:
            pos = state.pos
            ok = False
            if state.level < maxNesting:
                for rule in by_char.get(state.src[pos], every):
                    ok = rule(state, False)
                    if ok:
                        if state.pos <= pos:
                            raise RuntimeError("inline rule didn't increment state.pos")
                        break
            if ok:
                if state.pos >= end:
                    break
                continue
            state.append_pending(state.src[state.pos])
            state.pos += 1

        if state.pending:
            state.pushPending()
