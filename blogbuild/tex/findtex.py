"""MathJax 3's FindTeX, as its source (ts/input/tex/FindTeX.ts) does it, on one string of a page.

MathJax looks for one start pattern (every opening delimiter, `\\begin{…}`, the escapes `\\$` `\\\\`
and `\\ref{…}`); from an opener it scans for its closer, skipping `\\x` pairs and counting braces:
the closer counts only outside braces. No whitespace rule, so `$ x $` is math and `$5 and $6` pairs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from blogbuild.tex import delimiters
from blogbuild.tex.dialect import Dialect


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    """text[start:end] is the whole formula, delimiters included."""
    open: str
    close: str
    display: bool
    kind: str
    """'delimited', 'env' (`\\begin{X}…\\end{X}`, its own delimiters) or 'ref' (a bare `\\ref{x}`)."""

    def tex(self, text: str) -> str:
        if self.kind == "delimited":
            return text[self.start + len(self.open):self.end - len(self.close)]
        return text[self.start:self.end]


def _quote(delimiter: str) -> str:
    return re.escape(delimiter)


@lru_cache(maxsize=16)
def _patterns(inline_dollars: bool, process_escapes: bool, process_environments: bool):
    inline = [("$", "$")] if inline_dollars else []
    inline.append(("\\(", "\\)"))
    display = [("$$", "$$"), ("\\[", "\\]")]
    ends = {}
    starts = []
    for pairs, is_display in ((inline, False), (display, True)):
        for opener, closer in pairs:
            starts.append(_quote(opener))
            # no DOTALL: like JavaScript's `.`, `\\.` takes no newline
            ends[opener] = (closer, is_display, re.compile(_quote(closer) + r"|\\.|[{}]"))
    starts.sort(key=len, reverse=True)  # MathJax's sortLength: `$$` before `$`
    parts = ["|".join(starts)]
    env_group = sub_group = 0
    group = 1
    if process_environments:
        parts.append(r"\\begin\s*\{([^}]*)\}")
        env_group, group = group, group + 1
    subparts = [r"\\([\\$])"] if process_escapes else []
    subparts.append(r"(\\(?:eq)?ref\s*\{[^}]*\})")  # processRefs
    parts.append("(" + "|".join(subparts) + ")")  # the outer group is numbered first
    sub_group = group
    return re.compile("|".join(parts)), ends, env_group, sub_group


def _find_end(text: str, start: int, closer: str, pattern: re.Pattern) -> re.Match | None:
    braces = 0
    for m in pattern.finditer(text, start):
        token = m.group(1) if m.re.groups and m.group(1) is not None else m.group(0)
        if token == closer and braces == 0:
            return m
        if m.group(0) == "{":
            braces += 1
        elif m.group(0) == "}" and braces:
            braces -= 1
    return None


def find_tex(text: str, dialect: Dialect) -> list[Found]:
    """The formulas MathJax (configured as the old site was) finds in one string, in order; with
    pairing 'blogbuild', the ones blogbuild's own rules find (find_blogbuild)."""
    if dialect.pairing == "blogbuild":
        return find_blogbuild(text)
    start_re, ends, env_group, sub_group = _patterns(dialect.inline_dollars, dialect.process_escapes,
                                                     dialect.process_environments)
    found: list[Found] = []
    pos = 0
    while True:
        start = start_re.search(text, pos)
        if start is None:
            return found
        match = None
        if env_group and start.group(env_group) is not None:
            name = start.group(env_group)
            pattern = re.compile(r"\\end\s*(\{" + re.escape(name) + r"\})|\\.|[{}]")
            end = _find_end(text, start.end(), "{" + name + "}", pattern)
            if end is not None:
                match = Found(start.start(), end.end(), start.group(), end.group(), True, "env")
        elif start.group(sub_group) is not None:
            if len(start.group(sub_group)) > 2:
                match = Found(start.start(), start.end(), "", "", False, "ref")
            else:  # `\$` or `\\`: text, but it is consumed (so `\\(` opens nothing)
                pos = start.end()
                continue
        else:
            closer, display, pattern = ends[start.group()]
            end = _find_end(text, start.end(), closer, pattern)
            if end is not None:
                match = Found(start.start(), end.end(), start.group(), end.group(), display, "delimited")
        if match is not None:
            found.append(match)
            pos = match.end
        else:
            pos = start.end()  # as JavaScript's lastIndex: an unclosed `$$` is not retried as `$`


def find_blogbuild(text: str) -> list[Found]:
    """The formulas blogbuild's math rules (blogbuild/render/math.py, whose scanning helpers this
    calls) find in one string of text: pandoc's rules for `$`, `$$` inline mid-line and display on
    a line of its own, `\\(…\\)`, `\\[…\\]`, the environments math.py knows, bare `\\ref{…}`."""
    found: list[Found] = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n:
            nxt = text[i + 1]
            if nxt in "([":
                end = delimiters.skip_to(text, i + 2, n, ")" if nxt == "(" else "]")
                if end != -1:
                    closer = "\\)" if nxt == "(" else "\\]"
                    found.append(Found(i, end + 2, "\\" + nxt, closer, nxt == "[", "delimited"))
                    i = end + 2
                    continue
            elif nxt == "b" and (begin := delimiters.BEGIN.match(text, i)):
                end = delimiters.find_env_end(text, begin.end(), n, begin.group(1) + begin.group(2))
                if end != -1:
                    found.append(Found(i, end, begin.group(), "", True, "env"))
                    i = end
                    continue
            elif nxt in "er" and (ref := delimiters.REF.match(text, i)):
                found.append(Found(i, ref.end(), "", "", False, "ref"))
                i = ref.end()
                continue
            i += 2
            continue
        if ch == "$" and text.startswith("$$", i):
            end = delimiters.double_dollar_end(text, i + 2, n)
            if end != -1 and text[i + 2:end].strip():
                display = "\n" in text and delimiters.alone_on_line(text, i, end + 2, n)
                found.append(Found(i, end + 2, "$$", "$$", display, "delimited"))
                i = end + 2
                continue
            i += 2
            continue
        if ch == "$" and i + 1 < n and not text[i + 1].isspace():
            end = delimiters.single_dollar_end(text, i + 1, n)
            if end != -1:
                found.append(Found(i, end + 1, "$", "$", False, "delimited"))
                i = end + 1
                continue
        i += 1
    return found
