"""Where TeX starts and ends in Markdown source: the delimiters blogbuild's math rules use
(render/math.py), shared with `check` and with the importers' dialect scanners (tex/findtex.py),
so that every reader of a post finds exactly the same formulas.

Pure functions over a string and positions in it; no markdown-it state.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

ENVIRONMENTS = (
    "equation", "align", "gather", "multline", "flalign", "alignat", "eqnarray",
    "displaymath", "math", "split", "aligned", "gathered", "cases", "matrix", "pmatrix",
    "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix", "array", "subequations", "xalignat",
    "xxalignat", "alignedat", "CD",
)
"""Environments accepted as math on their own. Inner ones (aligned, cases, pmatrix…) are
accepted too, as old posts use them bare, and MathJax typesets them at top level."""

_ENV_NAMES = "|".join(re.escape(e) for e in ENVIRONMENTS)
REF = re.compile(r"\\(?:eq)?ref\{[^{}\\]+\}")
BEGIN = re.compile(r"\\begin\{(" + _ENV_NAMES + r")(\*?)\}")


_BACKTICKS = re.compile(r"`+")


@lru_cache(maxsize=8)
def _backtick_runs(src: str) -> dict[int, list[int]]:
    """Run length → the starts of src's maximal backtick runs of that length, ascending: one
    pass per text, so looking for a closing run is a bisect, not a scan (hostile text: ``$` `` repeated)."""
    runs: dict[int, list[int]] = {}
    for m in _BACKTICKS.finditer(src):
        runs.setdefault(m.end() - m.start(), []).append(m.start())
    return runs


def code_span(src: str, i: int, maximum: int) -> tuple[int, int]:
    """For the backtick run starting at i: (end of the run, end of the code span it opens or -1);
    the larger of the two is where a closer scan goes on.

    CommonMark: N backticks open a span closed by the next run of exactly N; without one the run
    is literal text. Backslashes do not escape a closing run (code spans have no escapes).
    """
    run_end = i
    while run_end < maximum and src[run_end] == "`":
        run_end += 1
    starts = _backtick_runs(src).get(run_end - i, ())
    k = bisect_right(starts, i)
    if k < len(starts) and starts[k] + run_end - i <= maximum:
        return run_end, starts[k] + run_end - i
    return run_end, -1


_last_skip: list = [None, 0, "", 0, -1, [], []]
"""The last skip_to walk: [src, maximum, closer, start, result, starts and ends of the code spans
it stepped over]."""


def skip_to(src: str, start: int, maximum: int, closer: str) -> int:
    """Index of the backslash of the closing `\\)` / `\\]`, skipping `\\x` pairs and complete code
    spans; -1 if none."""
    last_src, last_max, last_closer, last_start, last_result, span_starts, span_ends = _last_skip
    if (src is last_src and maximum == last_max and closer == last_closer and last_start <= start
            and (start == 0 or src[start - 1] != "\\") and (last_result == -1 or start <= last_result)):
        k = bisect_right(span_starts, start - 1) - 1
        if k < 0 or start >= span_ends[k]:
            # The earlier walk passed through `start` in step (it follows a character that is not
            # a backslash nor inside a code span it stepped over), so from here it meets the same
            # closer, or none: 10,000 unclosed `\\(` in a comment are one walk, not 10,000.
            return last_result
    i = start
    result = -1
    span_starts, span_ends = [], []
    while i < maximum - 1:
        ch = src[i]
        if ch == "\\":
            if src[i + 1] == closer:
                result = i
                break
            i += 2
        elif ch == "`":
            run_end, span_end = code_span(src, i, maximum)
            if span_end != -1:
                span_starts.append(i)
                span_ends.append(span_end)
            i = max(run_end, span_end)
        else:
            i += 1
    _last_skip[:] = [src, maximum, closer, start, result, span_starts, span_ends]
    return result


def find_env_end(src: str, start: int, maximum: int, name: str) -> int:
    """Given src[start:] just after `\\begin{name}`, return the index after the matching `\\end{name}`."""
    return _env_ends(src, maximum, name).get(start, -1)


@lru_cache(maxsize=8)
def _env_ends(src: str, maximum: int, name: str) -> dict[int, int]:
    """For every `\\begin{name}` in src[:maximum] (by the index just after it), the index just after
    its matching `\\end{name}`. One pass for the whole text: scanning from each opener was
    quadratic in the number of unclosed ones (hostile comments)."""
    pattern = re.compile(r"\\(begin|end)\{" + re.escape(name) + r"\}")
    open_at: list[int] = []
    ends: dict[int, int] = {}
    for m in pattern.finditer(src, 0, maximum):
        if m.group(1) == "begin":
            open_at.append(m.end())
        elif open_at:
            ends[open_at.pop()] = m.end()
    return ends


_DOLLAR_STOP = re.compile(r"[\\{}$`]")
_DOUBLE_STOP = re.compile(r"[\\$`]")
"""The characters the closer scans below act on: the regex skips the others in C, not one by one."""
_DOLLAR_BODY = re.compile(r"(?:[^\\{}$`]|\\.|\{(?:[^\\{}`]|\\.|\{(?:[^\\{}`]|\\.)*\})*\})*", re.DOTALL)
"""What the loop in single_dollar_end walks past before a closing `$`, as one regex: text,
`\\x` pairs and groups nested up to twice (a `$` inside them does not close). Each character has
one way to match, so a failed group costs its length once: linear. Anything else (deeper or
unclosed braces, a stray `}`, a backtick) goes to the loop."""


def single_dollar_end(src: str, start: int, maximum: int, limit: int | None = None) -> int:
    """Pandoc's rule for the closing `$` of `$…$`; -1 if there is none.

    The first `$` outside braces decides: if whitespace precedes it or a digit follows it, the
    opener is not math at all (so `$5 and $6` stays prose), as in pandoc. A `$` inside a complete
    code span is not looked at (see the module docstring). limit caps the scan.
    """
    text_end = maximum  # a code span may close beyond the scanning budget
    if limit is not None:
        maximum = min(maximum, start + limit)
    body = _DOLLAR_BODY.match(src, start, maximum)
    if body is None:  # start > maximum: the budget is spent
        return -1
    i = body.end()
    if i < maximum and src[i] == "$":  # the common case, braces nested at most twice
        return -1 if src[i - 1].isspace() or (i + 1 < maximum and src[i + 1].isdigit()) else i
    depth = 0  # the loop resumes where the regex stopped: what it took leaves depth at 0
    span_end = 0  # the end of the code span the loop is in, if it is in one
    search = _DOLLAR_STOP.search
    m = search(src, i, maximum)
    while m is not None:
        i = m.start()
        ch = src[i]
        if ch == "\\":
            m = search(src, i + 2, maximum)
            continue
        if ch == "`" and i >= span_end:
            run_end, span_end = code_span(src, i, text_end)
            m = search(src, run_end, maximum)
            continue
        if ch == "{":  # braces count inside code spans too: the brace rule is unchanged
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        elif depth == 0 and ch == "$" and i >= span_end:
            if src[i - 1].isspace() or (i + 1 < maximum and src[i + 1].isdigit()):
                return -1
            return i
        m = search(src, i + 1, maximum)
    return -1


def double_dollar_end(src: str, start: int, maximum: int) -> int:
    """The closing `$$`, skipping `\\x` pairs and complete code spans; -1 if none."""
    search = _DOUBLE_STOP.search
    m = search(src, start, maximum - 1)  # a closer needs two characters before maximum
    while m is not None:
        i = m.start()
        if src[i] == "\\":
            m = search(src, i + 2, maximum - 1)
            continue
        if src[i] == "`":
            m = search(src, max(code_span(src, i, maximum)), maximum - 1)
            continue
        if src[i + 1] == "$":
            return i
        m = search(src, i + 1, maximum - 1)
    return -1


def alone_on_line(src: str, start: int, end: int, maximum: int) -> bool:
    line_start = src.rfind("\n", 0, start) + 1
    line_end = src.find("\n", end, maximum)
    if line_end == -1:
        line_end = maximum
    return not src[line_start:start].strip() and not src[end:line_end].strip()


# ----------------------------------------------------------------------------- inline rules
