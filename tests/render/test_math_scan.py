"""The closer scans in blogbuild.render.math are regex-assisted for speed: they must answer exactly as
the plain character loops they replaced (kept here as the reference)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from blogbuild.tex.delimiters import double_dollar_end as _double_dollar_end
from blogbuild.tex.delimiters import single_dollar_end as _single_dollar_end


def backticks(src: str, i: int, maximum: int) -> tuple[int, int]:
    """The backtick run at i: (its end, the end of the code span it opens, or -1). A span closes
    at the next run of exactly as many backticks, ending by maximum."""
    run_end = i
    while run_end < maximum and src[run_end] == "`":
        run_end += 1
    n, j = run_end - i, run_end
    while j < maximum:
        if src[j] != "`":
            j += 1
            continue
        k = j
        while k < len(src) and src[k] == "`":
            k += 1
        if k - j == n and k <= maximum:
            return run_end, k
        j = k
    return run_end, -1


def past_backticks(src: str, i: int, maximum: int) -> int:
    """Where a closer scan without braces goes on after the backtick run at i."""
    return max(backticks(src, i, maximum))


def single_reference(src: str, start: int, maximum: int, limit: int | None = None) -> int:
    i = start
    depth = 0
    span_end = 0  # braces count inside a code span, a `$` does not
    text_end = maximum
    if limit is not None:
        maximum = min(maximum, start + limit)
    while i < maximum:
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "`" and i >= span_end:
            i, span_end = backticks(src, i, text_end)
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        elif ch == "$" and depth == 0 and i >= span_end:
            if src[i - 1].isspace() or (i + 1 < maximum and src[i + 1].isdigit()):
                return -1
            return i
        i += 1
    return -1


def double_reference(src: str, start: int, maximum: int) -> int:
    i = start
    while i < maximum - 1:
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "`":
            i = past_backticks(src, i, maximum)
            continue
        if ch == "$" and src[i + 1] == "$":
            return i
        i += 1
    return -1


texts = st.lists(st.sampled_from(list("ab {}\\$1\n\t`") + ["{{", "}}", "\\{", "\\$", "$$", "``", "\\`"]), min_size=1,
                 max_size=40).map("".join)


@given(texts, st.data())
def test_single_dollar_end_matches_the_loop(src, data):
    start = data.draw(st.integers(1, len(src)))
    maximum = data.draw(st.integers(start - 1, len(src)))
    limit = data.draw(st.none() | st.integers(-3, 50))
    assert _single_dollar_end(src, start, maximum, limit) == single_reference(src, start, maximum, limit)


@given(texts, st.data())
def test_double_dollar_end_matches_the_loop(src, data):
    start = data.draw(st.integers(0, len(src)))
    maximum = data.draw(st.integers(0, len(src)))
    assert _double_dollar_end(src, start, maximum) == double_reference(src, start, maximum)


def test_common_shapes():
    for body, closes in [("x$", True), (r"\frac{a}{b}$", True), (r"{a$b}$", True), (r"{{{a}}}$", True),
                         ("{{{a}}$", False), ("a }$", True), ("a $", False), ("a$5", False), (r"a\$", False),
                         ("{$}{$", False), ("`$`$", True), ("``$`$``$", True), ("`$", True),
                         ("`{`$", False), ("{`}`$", True), ("`$`a $", False)]:
        src = "$" + body
        expected = len(src) - 1 if closes else -1
        assert _single_dollar_end(src, 1, len(src)) == single_reference(src, 1, len(src)) == expected, body
