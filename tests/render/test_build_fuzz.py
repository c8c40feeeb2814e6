"""Property tests: whatever a post holds, the build succeeds or raises BlogbuildError, and every
formula of a successful build reaches the HTML intact.

Bounded by default (the `blogbuild-ci` Hypothesis profile, registered in conftest.py);
`HYPOTHESIS_PROFILE=nightly` runs many more examples.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from blogbuild.build import build
from blogbuild.errors import BlogbuildError
from blogbuild.site.config import load_config
from blogbuild.site.load import load_site, parse_post

CONFIG = "title: Fuzz\nurl: https://example.org/\nauthor: F\nlanguage: en\n"
FULL_BUILDS = max(10, settings.default.max_examples // 4)
"""Examples for the tests that build a whole site (~0.1 s each); the others use the profile's count."""
SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture]


@pytest.fixture(scope="module")
def site_dir():
    root = Path(tempfile.mkdtemp(prefix="blogbuild-fuzz-"))
    (root / "blog.yaml").write_text(CONFIG, encoding="utf-8")
    (root / "posts").mkdir()
    yield root
    shutil.rmtree(root, ignore_errors=True)


def _reset(root: Path) -> None:
    for name in ("posts", "comments", "public", ".blogbuild-cache"):
        shutil.rmtree(root / name, ignore_errors=True)
    (root / "posts").mkdir()


# ----------------------------------------------------------------------------- front matter

KEYS = ["title", "author", "date", "readers", "tags", "categories", "slug", "summary", "draft", "updated"]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-10**20, max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
    st.dates(min_value=dt.date(1, 1, 1)), st.datetimes(timezones=st.none() | st.timezones()),
    st.sampled_from(["2024-02-30", "2024-13-01", "yesterday", "2024-01-02 25:00", "..", "a/b", "", " ",
                     "-3", "lots", "1e400", "0x1F", "~", "null", "[a", "{", "*", "&a", "!!python/object:os.system"]),
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
front_matter = st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=10), values, max_size=8)

YAML_CHARS = st.sampled_from(list(":-[]{}#&*!|>'\"%@`,? \t\n\\") + ["title", "date", "2024-01-02", "x", "é", "数"])
raw_yaml = st.lists(YAML_CHARS, max_size=60).map("".join)


def _dump(data: dict) -> str:
    try:
        return yaml.safe_dump(data, allow_unicode=True, default_flow_style=None)
    except yaml.YAMLError:  # e.g. a timezone PyYAML cannot write
        return yaml.safe_dump({str(k): repr(v) for k, v in data.items()}, allow_unicode=True)


def _parse(root: Path, text: str | bytes) -> None:
    path = root / "posts" / "fuzz.md"
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
    else:
        path.write_bytes(text)
    config = load_config(root)
    try:
        parse_post(path, root, config)
    except BlogbuildError as e:
        assert str(e).startswith("posts/fuzz.md:"), str(e)  # names the file and a line
    try:
        load_site(root, config)
    except BlogbuildError:
        pass


@settings(suppress_health_check=SLOW, deadline=None)
@given(data=front_matter, body=st.text(max_size=40))
@example(data={"title": "T", "date": "2024-02-30"}, body="")
@example(data={"title": ["a"], "date": dt.date(2024, 1, 2), "tags": {"a": 1}}, body="")
def test_structured_front_matter_loads_or_fails_cleanly(site_dir, data, body):
    _parse(site_dir, "---\n" + _dump(data) + "---\n" + body)


@settings(suppress_health_check=SLOW, deadline=None)
@given(yaml_text=raw_yaml, fence=st.sampled_from(["---", "--- ", "---\t", "----", ""]))
@example(yaml_text="title: [a, b\ndate: 2024-01-02", fence="---")
@example(yaml_text="a: &x [*x]\ntitle: *x", fence="---")
@example(yaml_text="title: \x00\ntags: " + "[" * 500, fence="---")
@example(yaml_text="tags: " + "[" * 20000 + "]" * 20000, fence="---")
def test_raw_front_matter_loads_or_fails_cleanly(site_dir, yaml_text, fence):
    _parse(site_dir, f"{fence}\n{yaml_text}\n---\nbody\n")


@settings(suppress_health_check=SLOW, deadline=None)
@given(raw=st.binary(max_size=80))
@example(raw=b"\xef\xbb\xbf---\ntitle: T\ndate: 2024-01-02\n---\n")
@example(raw=b"---\r\ntitle: \xff\r\n---\r\n")
def test_any_bytes_load_or_fail_cleanly(site_dir, raw):
    _parse(site_dir, b"---\ntitle: T\ndate: 2024-01-02\n---\n" + raw if raw[:1] != b"-" else raw)


# ----------------------------------------------------------------------------- Markdown + TeX

# TeX that must come out byte for byte: no '$', no blank line, balanced braces, no trailing '\'.
TEX_ATOMS = st.sampled_from([
    "x", "y_1", "a^2", "x_{i+1}", r"\alpha", r"\beta_{k}", r"\frac{a}{b}", r"\sqrt{2}", "*", "**", "_",
    "__", "<", ">", "&", "&amp;", "|", "'", '"', "[", "]", "(", ")", "#", "!", "~", "-", "+", "=", ",",
    r"\{", r"\}", r"\$", r"\\", r"\,", r"\;", r"\text{a * b _ c}", r"\text{<b>x</b>}", r"\mathbb{R}",
    r"\left(", r"\right)", r"\sum_{k=1}^{n}", r"\int_0^1", "1", "2", "%", "矩阵", "é", "`", "<!--", "-->",
    r"\|", r"\lbrace", "{}", r"\label{eq}", "http://x.org", "[x](y)", "<img src=x>", r"\_", r"\*", ";",
])


@st.composite
def tex(draw, newlines: bool = False) -> str:
    parts = draw(st.lists(TEX_ATOMS, min_size=1, max_size=8))
    seps = draw(st.lists(st.sampled_from(["", " "] + (["\n"] if newlines else [])),
                         min_size=len(parts), max_size=len(parts)))
    out = "".join(p + s for p, s in zip(parts, seps, strict=True)).strip()
    assume(out and not out.endswith("\\"))
    return out


PROSE = st.text(st.characters(codec="utf-8", exclude_characters="$\\`<\r\x00", exclude_categories=("Cs", "Cc")),
                min_size=1, max_size=20).map(lambda s: " ".join(s.split()) or "text")


@st.composite
def inline_formula(draw) -> tuple[str, str]:
    t = draw(tex())
    kind = draw(st.sampled_from(["$", "\\(", "$$"]))
    if kind == "$":
        return f"${t}$", t
    if kind == "\\(":
        assume("\\)" not in t)
        return f"\\({t}\\)", t
    assume("$$" not in t and not t.endswith("$"))
    return f"$${t}$$", t


def _code_spans(text: str) -> list[tuple[int, int]]:
    """CommonMark's code spans in a line: N backticks up to the next run of exactly N."""
    spans, i = [], 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] != "`":
            i += 1
            continue
        run = re.match(r"`+", text[i:]).group()
        close = re.compile(r"(?<!`)" + run + r"(?!`)").search(text, i + len(run))
        if close:
            spans.append((i, close.end()))
        i = close.end() if close else i + len(run)
    return spans


@st.composite
def paragraph(draw) -> tuple[str, list[str]]:
    pieces, formulas, closers = [], [], []
    for _ in range(draw(st.integers(1, 4))):
        pieces.append(draw(PROSE))
        if draw(st.booleans()):
            source, t = draw(inline_formula())
            closers.append(sum(len(p) + 1 for p in pieces) + len(source) - (2 if source[-2:] in ("$$", "\\)") else 1))
            pieces.append(source)
            formulas.append(t)
    line = " ".join(pieces)
    # Code spans bind tighter than math: TeX whose backticks pair up across a formula's closer is
    # a code span there, not the formula written (render/math.py's module docstring).
    assume(not any(s < c < e for s, e in _code_spans(line) for c in closers))
    prefix = draw(st.sampled_from(["", "", "- ", "1. ", "> ", "## ", "* "]))
    return prefix + line + draw(st.sampled_from(["", ".", " 5", "!"])), formulas


@st.composite
def display(draw) -> tuple[str, list[str]]:
    t = draw(tex(newlines=True))
    kind = draw(st.sampled_from(["$$", "\\[", "env"]))
    if kind == "$$":
        assume("$$" not in t and not t.endswith("$"))
        return f"$$\n{t}\n$$", [t]
    if kind == "\\[":
        assume("\\]" not in t)
        return f"\\[{t}\\]", [t]
    assume("\\end{" not in t and "\\begin{" not in t)
    return f"\\begin{{equation}}\n{t}\n\\end{{equation}}", [f"\\begin{{equation}}\n{t}\n\\end{{equation}}"]


OTHER_BLOCKS = st.sampled_from([
    "```python\nprint('$not math$')\n```", "    indented code $x$", "| a | b |\n|---|---|\n| 1 | 2 |",
    "<!--more-->", "***", "Text with a footnote[^1].\n\n[^1]: The note.", "<div class=\"note\">raw html</div>",
    "[link](https://example.org/ \"title\")", "![img](/static/x.png)", "# Heading", "Setext\n---",
])


@st.composite
def document(draw) -> tuple[str, list[str]]:
    blocks, formulas = [], []
    for _ in range(draw(st.integers(1, 6))):
        choice = draw(st.integers(0, 5))
        if choice <= 2:
            text, fs = draw(paragraph())
        elif choice <= 4:
            text, fs = draw(display())
        else:
            text, fs = draw(OTHER_BLOCKS), []
        blocks.append(text)
        formulas += fs
    return "\n\n".join(blocks) + "\n", formulas


_MATH = re.compile(r'<(span|div) class="math (?:inline|display)">(.*?)</\1>', re.S)


def formulas_in(page: str) -> list[str]:
    """The TeX of every math element of a page, delimiters removed, as MathJax will read it."""
    found = []
    for m in _MATH.finditer(page):
        t = html.unescape(m.group(2))
        if t.startswith(("\\(", "\\[")):
            t = t[2:-2]
        found.append(t.strip())  # spaces at the ends of a formula mean nothing to TeX
    return found


@settings(suppress_health_check=SLOW, deadline=None, max_examples=FULL_BUILDS)
@given(doc=document(), data=st.one_of(st.just({}), st.just({}), front_matter),
       comment=st.none() | st.text(max_size=60))
@example(doc=("A $x_1*y_2*z$ and \\(a<b\\).\n", ["x_1*y_2*z", "a<b"]), data={}, comment="$e^{i\\pi}$ <b>")
@example(doc=("- $a * b$ 5\n\n$$\n- c \\\\\n+ d\n$$\n", ["a * b", "- c \\\\\n+ d"]), data={}, comment=None)
@example(doc=("x\n", []), data={"tags": ["\x00"], "categories": ["a\nb"]}, comment=None)
@example(doc=("x\n", []), data={"title": "\x00\x07", "author": "\u2028"}, comment="\x00")
def test_build_succeeds_or_fails_cleanly_and_keeps_every_formula(site_dir, doc, data, comment):
    body, formulas = doc
    _reset(site_dir)
    meta = {"title": "Fuzz", "date": dt.date(2024, 1, 2), "slug": "fuzz"}
    meta.update(data)
    (site_dir / "posts" / "fuzz.md").write_text("---\n" + _dump(meta) + "---\n" + body, encoding="utf-8")
    if comment is not None:
        (site_dir / "comments").mkdir()
        (site_dir / "comments" / "fuzz.yaml").write_text(yaml.safe_dump(
            [{"id": 1, "author": "A", "date": "2024-01-03", "body": comment}], allow_unicode=True), encoding="utf-8")
    try:
        report = build(site_dir, jobs=1, cache=False)
    except BlogbuildError as e:
        if not data:  # good front matter: no body, however odd, may fail the build
            raise
        assert str(e).startswith("posts/fuzz.md:"), str(e)
        return
    assert report.posts in (0, 1)
    if report.posts == 0:  # a draft
        return
    slug = meta["slug"] if isinstance(meta.get("slug"), str) else "fuzz"
    pages = list((site_dir / "public" / "archives").glob("*/index.html"))
    assert len(pages) == 1, (slug, pages)
    found = formulas_in(pages[0].read_text(encoding="utf-8"))
    for formula in formulas:
        assert formula.strip() in found, (formula, found, body)


# ----------------------------------------------------------------------------- hostile sizes

@pytest.mark.parametrize("unit", ["\\(", "\\[ ", "\\begin{equation}", "\\begin{align}x", "$x ", "$$a ", "{$",
                                  "$\\text{"])
def test_unclosed_math_in_a_long_comment_takes_linear_time(unit):
    """A stranger's comment of ~100 kB of openers must not stall the build (it was quadratic:
    16 kB of `\\(` took 7 s, 48 kB of `\\begin{equation}` 6 s)."""
    import time

    from blogbuild.render.markdown import make_comment_markdown, render_comment

    md = make_comment_markdown()
    body = unit * (100_000 // len(unit))
    started = time.process_time()  # CPU time: a busy machine slows the clock, not the work
    html_out = render_comment(md, body + "\\end{equation}")
    assert time.process_time() - started < 3.0
    assert html_out.startswith("<p>")
