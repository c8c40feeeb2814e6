"""Rewrite each formula the old site showed so that blogbuild's own rules find it, with its TeX.

Each formula gets the first of a few spellings that blogbuild reads back as that formula: its own
delimiters when they already mean the same thing, then `$…$` / `$$…$$`, then `\\(…\\)` / `\\[…\\]`.
Which one works is not guessed: the rewritten post is parsed by blogbuild's own Markdown (the one
that builds the site) and compared, formula by formula, with what the old site showed. A formula
that came out wrong moves to its next spelling; a formula blogbuild finds where the old site had
none (a `$` the old site left alone, say `$a `b` c$`) gets its openers escaped in the prose around
it. Everything else stays byte for byte.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from difflib import SequenceMatcher
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml

from blogbuild.render.markdown import make_markdown
from blogbuild.render.math import DISPLAY, ENV, INLINE, wrap_tex
from blogbuild.tex.dialect import Dialect
from blogbuild.tex.view import Formula, View, scan

ROUNDS = 12
_OPENER = re.compile(r"\\*(?:\$|\\[(\[]|\\begin\s*\{|\\(?:eq)?ref\s*\{)")
"""A formula opener in prose, with the backslashes before it (`$$` is two `$`, each escaped alone)."""


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    return make_markdown()


def blogbuild_formulas(markdown: str) -> list[tuple[str, str]]:
    """(kind, TeX) of every formula blogbuild's parser finds, in order; kind is 'inline' or 'display'."""
    return [(kind, tex) for kind, tex, _ in _located(markdown)[0]]


def _located(markdown: str) -> tuple[list[tuple[str, str, int]], list[int]]:
    """blogbuild's formulas as (kind, TeX, first line of their block), and the first lines of all
    blocks that hold text or math (leaves: they never overlap)."""
    found = []
    blocks = []
    for token in _markdown().parse(markdown, {}):
        if token.map and token.type in ("inline", "math_block"):
            blocks.append(token.map[0])
        for t in [token, *(token.children or [])]:
            if t.type in ("math_inline", "math_block"):
                found.append(("inline" if t.info == "inline" else "display", t.content, token.map[0]))
    return found, blocks


def same_tex(tex: str) -> str:
    """TeX up to whitespace runs, which TeX's math mode ignores (and Markdown containers reshape)."""
    return " ".join(tex.split())


def key(kind: str, tex: str) -> tuple[str, str]:
    return kind, same_tex(tex)


def _spellings(f: Formula, source: str) -> list[str]:
    """The ways to write f, best first: as written, then `$`-style, then backslash-style."""
    body = f.body
    if f.cell and f.kind != "html":
        body = body.replace("|", "\\|")  # blogbuild's table drops one backslash before each `|` of a cell
    pad = " " if (len(body) - len(body.rstrip("\\"))) % 2 else ""
    one_line = " ".join(body.split("\n"))
    if f.kind == "html":  # in raw HTML: the element blogbuild's renderer makes for a formula
        kind = ENV if f.html_kind == "env" else DISPLAY if f.display else INLINE
        css = "inline" if kind == INLINE else "display"
        return [f'<span class="math {css}">{escapeHtml(wrap_tex(f.body, kind))}</span>']
    if f.kind == "ref":
        return [body, "\\(" + body + pad + "\\)"]
    if f.kind == "env":  # blogbuild's environments nest, MathJax's end at the first \end{same name}
        spellings = [body, "\\[" + body + pad + "\\]"]
    elif f.display:
        spellings = [f"\\[{body}{pad}\\]", f"\\[{one_line}{pad}\\]"]
        if body.strip():  # blogbuild takes no empty `$$…$$`
            spellings.insert(0, f"$${body}$$")
            no_blank = re.sub(r"\n(?:[ \t]*\n)+", "\n", body)  # kramdown's block held blank lines, blogbuild's cannot
            if no_blank != body:
                spellings.insert(1, f"$${no_blank}$$")
        if f.open == "\\[":
            spellings.insert(0, f"\\[{body}{pad}\\]")
    if f.display and body.strip():
        # last resort (TeX holding `\\]`): `$$…$$` alone on a line of the paragraph
        before = "" if f.start == 0 or source[f.start - 1] == "\n" else "\n"
        after = "" if f.end == len(source) or source[f.end] == "\n" else "\n"
        spellings.append(f"{before}$${one_line}$${after}")
    if not f.display:
        stripped = body.strip()
        spellings = [f"${stripped}$"] if stripped else []
        spellings += [f"\\({body}{pad}\\)", f"\\({one_line}{pad}\\)"]
        if one_line.strip():
            spellings.append(f"$${one_line}$$")  # mid-line `$$…$$` is inline: for TeX holding `$` and `\\)`
        glued = (f.start > 0 and not source[f.start - 1].isspace() and body[:1].isspace()) or (
            f.end < len(source) and not source[f.end].isspace() and body[-1:].isspace())
        if glued:  # `a$ x $b` → `a\( x \)b`, not `a$x$b`
            spellings.insert(1, spellings.pop(0))
        if f.open == "\\(":
            spellings.insert(0, f"\\({body}{pad}\\)")
        elif f.open == "$$":  # kramdown's, or blogbuild's own mid-line `$$`
            spellings.insert(0, f"$${body}$$")
    if f.as_written and _unchanged(f, source):
        spellings.insert(0, source[f.start:f.end])
    if "|" in body and f.kind != "env":
        # in a table row `|` splits the cell first: blogbuild reads `\\|` there as the formula's `|`
        piped = _PIPE.sub(r"\1\\|", body)
        spellings += [s.replace(body, piped) for s in spellings if body in s and not s.startswith("\n")]
    unique = []
    for s in spellings:
        if s not in unique and _plausible(s, f, source):
            unique.append(s)
    return unique or spellings


def _unchanged(f: Formula, source: str) -> bool:
    """The source between f's delimiters is its TeX as the old site read it (no escape eaten)."""
    written = source[f.start:f.end]
    if f.kind in ("env", "ref"):
        return written == f.body
    return written[len(f.open):len(written) - len(f.close)].strip() == f.body.strip()


_PIPE = re.compile(r"(?<!\\)((?:\\\\)*)\|")
_BARE_DOLLAR = re.compile(r"(?<!\\)(?:\\\\)*\$")
_UNPAIRED_CLOSE = {"\\(": re.compile(r"(?<!\\)(?:\\\\)*\\\)"), "\\[": re.compile(r"(?<!\\)(?:\\\\)*\\\]")}


def _plausible(spelling: str, f: Formula, source: str) -> bool:
    """Rules blogbuild's scanner is known to apply, checked before a parse is spent on a spelling
    that cannot work (a parse per round is the cost of the rewrite)."""
    after = source[f.end:f.end + 1]
    line_start = source.rfind("\n", 0, f.start) + 1
    line_end = source.find("\n", f.end)
    rest = source[f.end:] if line_end == -1 else source[f.end:line_end]
    alone = not source[line_start:f.start].strip() and not rest.strip()
    if spelling.startswith("$$"):
        return bool(spelling[2:-2].strip()) and "$$" not in spelling[2:-2] and (alone == f.display)
    if spelling.startswith("$"):
        body = spelling[1:-1]
        return (bool(body) and not body[0].isspace() and not body[-1].isspace() and not after.isdigit()
                and _BARE_DOLLAR.search(body) is None and "`" not in body)
    pattern = _UNPAIRED_CLOSE.get(spelling[:2])
    if pattern is not None:
        return pattern.search(spelling, 2, len(spelling) - 2) is None
    return True


def _neutralise(prose: str, offset: int, view: View, dialect: Dialect) -> str:
    """prose with every formula opener blogbuild might pair escaped (only characters the old
    engine showed as text: not inside code, HTML or URLs). It renders as before."""
    out = []
    last = 0
    for m in _OPENER.finditer(prose):
        slashes = len(m.group()) - len(m.group().lstrip("\\"))
        at = m.start() + slashes  # the opener itself
        if slashes % 2 == 1 and prose[at] == "$":
            continue  # already `\$`
        if prose[at] == "$":
            if offset + at not in view.prose:
                continue
            out.append(prose[last:at])
            out.append("\\$")
            last = m.end()
        else:
            # `\(`, `\[`, `\begin{`, `\ref{`: `at` is a backslash the opener starts with
            if slashes % 2 == 0 or offset + at - 1 not in view.prose:
                continue
            backslash = at - 1
            out.append(prose[last:backslash])
            if dialect.markdown_escaped and prose[at] in "([":
                pass  # the old engine showed `(` for `\(`: drop the backslash, as it did
            else:
                out.append("\\\\")
            last = at
    out.append(prose[last:])
    return "".join(out)


def _assemble(source: str, formulas: list[Formula], levels: list[int], neutral: list[bool], view: View,
              dialect: Dialect, spellings: list[list[str]]) -> tuple[str, list[int]]:
    """The rewritten text, and the line each formula starts on in it."""
    out = []
    lines = []
    line = 0
    last = 0
    for i, f in enumerate(formulas):
        prose = source[last:f.start]
        out.append(_neutralise(prose, last, view, dialect) if neutral[i] else prose)
        line += out[-1].count("\n")
        lines.append(line)
        out.append(spellings[i][min(levels[i], len(spellings[i]) - 1)])
        line += out[-1].count("\n")
        last = f.end
    prose = source[last:]
    out.append(_neutralise(prose, last, view, dialect) if neutral[len(formulas)] else prose)
    return "".join(out), lines


def formulas_seen(markdown: str, dialect: Dialect) -> list[Formula]:
    """The formulas the old site's readers saw in a Markdown post, in order."""
    return scan(markdown, dialect).formulas


def to_blogbuild(markdown: str, dialect: Dialect) -> str:
    """markdown written for the old site → the same post in which blogbuild finds exactly the
    formulas the old site showed, with their TeX. Text outside formulas is unchanged, except a
    backslash before an opener the old site did not pair and blogbuild would."""
    if dialect.pairing == "blogbuild" and not dialect.markdown_escaped and not dialect.kramdown:
        return markdown
    if "$" not in markdown and "\\" not in markdown:
        return markdown  # no delimiter at all: MathJax found nothing (most comments)
    if "\r" in markdown:  # what markdown-it reads (and the writer writes): Unix line ends
        markdown = markdown.replace("\r\n", "\n").replace("\r", "\n")
    view = scan(markdown, dialect)
    return rewrite_view(markdown, view, dialect)


def rewrite_view(markdown: str, view: View, dialect: Dialect) -> str:
    """The search described in the module docstring. If it fails with the prose as written, it runs
    again with every opener in the prose escaped from the start (an opener there can hide a
    formula's right spelling: `x\\[ <b>\\[…\\]` needs both)."""
    first, misses = _search(markdown, view, dialect, escape_all=False)
    if misses == 0:
        return first
    second, misses_second = _search(markdown, view, dialect, escape_all=True)
    return second if misses_second < misses else first


def _search(markdown: str, view: View, dialect: Dialect, *, escape_all: bool) -> tuple[str, int]:
    formulas = view.formulas
    spellings = [_spellings(f, markdown) for f in formulas]
    checked = [i for i, f in enumerate(formulas) if f.kind != "html"]  # raw HTML: not blogbuild's to find
    levels = [0] * len(formulas)
    neutral = [escape_all] * (len(formulas) + 1)
    best, best_misses = markdown, len(checked) + 1
    for _ in range(ROUNDS):
        out, lines = _assemble(markdown, formulas, levels, neutral, view, dialect, spellings)
        located, blocks = _located(out)
        # keys carry the block a formula is in: equal formulas of different paragraphs never mix up
        wanted = [key("display" if formulas[i].display else "inline", formulas[i].tex)
                  + (blocks[max(0, bisect_right(blocks, lines[i]) - 1)] if blocks else 0,) for i in checked]
        found = [key(kind, tex) + (block,) for kind, tex, block in located]
        if found == wanted:
            return out, 0
        changed = False
        misses = 0
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, wanted, found, autojunk=False).get_opcodes():
            if tag == "equal":
                continue
            misses += max(i2 - i1, j2 - j1)
            maxed = all(levels[checked[i]] == len(spellings[checked[i]]) - 1 for i in range(i1, i2))
            swallowed = any(w[1] and w[1] in f[1] and w[1] != f[1] for w in wanted[i1:i2] for f in found[j1:j2])
            more = tag == "insert" or (tag == "replace" and (j2 - j1 > i2 - i1 or maxed or swallowed))
            if more and not all(neutral):
                # blogbuild found formulas the old site did not have (or one that swallowed a wanted
                # one): first escape the openers in the prose around them; among equal formulas the
                # alignment may point at the wrong gap, so the second time every gap.
                # Gap k is before formula k; i1, i2 index `checked`.
                lo = checked[i1 - 1] + 1 if i1 > 0 else 0
                hi = checked[i2] if i2 < len(checked) else len(formulas)
                gaps = range(lo, hi + 1) if not all(neutral[lo:hi + 1]) else range(len(neutral))
                for k in gaps:
                    neutral[k] = True
                changed = True
                continue
            for i in range(i1, i2):  # a formula not found as written: its next spelling
                if levels[checked[i]] == len(spellings[checked[i]]) - 1:
                    # the alignment is ambiguous among equal formulas: the culprit may be a twin
                    twins = [j for j in range(len(checked)) if wanted[j] == wanted[i]
                             and levels[checked[j]] < len(spellings[checked[j]]) - 1]
                    if not twins:
                        continue
                    i = min(twins, key=lambda j, i=i: abs(j - i))  # noqa: PLW2901
                levels[checked[i]] += 1
                changed = True
        if misses < best_misses:
            best, best_misses = out, misses
        if not changed:
            break
    return best, best_misses
