"""The formulas the old site showed, from the real engines: a corpus of real-style posts
(engine_corpus.py) rendered by marked, marked 0.3, kramed and markdown-it (npm, in Node, configured as
their Hexo renderers are) and by kramdown (Debian's ruby-kramdown, configured as Jekyll is), read by
real MathJax 3's FindTeX configured as the old site's theme; against the same posts imported through
`blogbuild import hexo|jekyll` (the dialect chosen from the site's own files), rendered by blogbuild
and read by MathJax configured as blogbuild's pages are.

The engines run without what the importer does not model on purpose (view.py: a formula those broke
is taken as its author meant it): emphasis, strikethrough, smart punctuation, and kramdown's tables
without a header line. What still differs (under 0.5 % of formulas, printed with -s):
- a table row with more cells than its header (an unescaped `|` in a formula): kramdown, marked 0.3
  and kramed showed the extra cells, blogbuild's GFM tables drop them;
- `$a<b$` in raw HTML, where the browser took `<b…` for a tag (view.py keeps the formula);
- a formula in what marked 0.3 ended a link early for (`[a](x_(y)_z "$t$")`), a pipe in a code span
  of a kramdown table: the rewrite changes formulas and escapes, not links or code."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import pytest
from engine_corpus import corpus
from helpers import MATHJAX_DIR
from mathjax_reference import mathjax_strings, same
from test_real_mathjax import BLOGBUILD_TEX, MATH_ELEMENT, real_mathjax

from blogbuild.importers import hexo, jekyll
from blogbuild.render.markdown import make_markdown

NODE = shutil.which("node")
RUBY = shutil.which("ruby")
MODULES = MATHJAX_DIR.parent.parent
HERE = Path(__file__).parent
POSTS = 100
REQUIRED = 0.995
SCRIPT_MATH = re.compile(r'<script type="math/tex(; mode=display)?">(.*?)</script>', re.DOTALL)
"""kramed's output for its `$$…$$`: MathJax 2 read such a script as a formula."""


@dataclass(frozen=True)
class Case:
    name: str
    renderer: str
    """engines.js's engine name, or kramdown_render.rb's input parser ('GFM', 'kramdown')."""
    corpus: str
    """engine_corpus.STYLES name."""
    site: str
    """'hexo' or 'jekyll'."""
    setup: str
    """hexo: the renderer package and version in package.json; jekyll: _config.yml's text."""
    dollars: bool
    """The theme's MathJax took `$…$` as inline math."""
    dialect: str
    """What the import summary must name: the dialect the importer chose."""


CASES = [
    Case("marked", "marked", "marked", "hexo", "hexo-renderer-marked@^7.0.1", True, "hexo-renderer-marked ("),
    Case("marked-0.3", "marked-0.3", "marked-0.3", "hexo", "hexo-renderer-marked@^0.3.2", True,
         "hexo-renderer-marked 0.x"),
    Case("kramed", "kramed", "kramed", "hexo", "hexo-renderer-kramed@^0.1.4", True, "hexo-renderer-kramed"),
    Case("markdown-it", "markdown-it", "markdown-it", "hexo", "hexo-renderer-markdown-it@^7.1.1", True,
         "hexo-renderer-markdown-it"),
    Case("kramdown", "GFM", "kramdown", "jekyll", "", True, "kramdown with $…$"),
    Case("kramdown-nodollar", "GFM", "kramdown", "jekyll", "", False, "read as kramdown ("),
    Case("kramdown-input", "kramdown", "kramdown", "jekyll", "kramdown:\n  input: kramdown\n", True,
         "kramdown (input: kramdown)"),
]
JS_ENGINES = {"marked": "marked", "marked-0.3": "marked-0.3", "kramed": "kramed", "markdown-it": "markdown-it"}
"""engines.js's engines → the npm package (tests/run.sh installs them into tests/.node)."""


def _missing(case: Case) -> str | None:
    """Why the case's engine cannot run here, or None."""
    if NODE is None or not (MATHJAX_DIR / "node-main.js").is_file():
        return "needs node and the npm mathjax package (tests/run.sh installs it)"
    if case.site == "hexo":
        if not (MODULES / JS_ENGINES[case.renderer] / "package.json").is_file():
            return f"needs the npm package {JS_ENGINES[case.renderer]} in tests/.node (tests/run.sh installs it)"
        return None
    if RUBY is None or subprocess.run([RUBY, "-rkramdown", "-rkramdown-parser-gfm", "-e", ""],
                                      capture_output=True).returncode:
        return "needs ruby with kramdown and kramdown-parser-gfm (Debian: ruby-kramdown ruby-kramdown-parser-gfm)"
    return None


def _run(command: list[str], jobs: list[dict]) -> list[list[str]]:
    result = subprocess.run(command, input=json.dumps({"jobs": jobs}), capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def old_pages() -> dict[str, list[str]]:
    """Each runnable case's posts as the real engine rendered them: one process per language."""
    runnable = [c for c in CASES if _missing(c) is None]
    js = sorted({c.renderer for c in runnable if c.site == "hexo"})
    ruby = sorted({c.renderer for c in runnable if c.site == "jekyll"})
    pages: dict[str, list[str]] = {}
    if js:
        jobs = [{"engine": e, "plain": True, "posts": corpus(e, POSTS)} for e in js]
        pages |= dict(zip(js, _run([NODE, str(HERE / "engines.js"), str(MODULES)], jobs), strict=True))
    if ruby:
        jobs = [{"input": r, "plain": True, "posts": corpus("kramdown", POSTS)} for r in ruby]
        pages |= dict(zip(ruby, _run([RUBY, str(HERE / "kramdown_render.rb")], jobs), strict=True))
    return pages


def _old_formulas(pages: list[str], dollars: bool) -> list[list[tuple[str, str]]]:
    """(kind, TeX) of every formula MathJax found on each old page, in order."""
    segments: list[list[str]] = []  # MathJax's strings between the scripts kramed wrote
    layout: list[list[int | tuple[str, str]]] = []
    for page in pages:
        items: list[int | tuple[str, str]] = []
        last = 0
        for m in SCRIPT_MATH.finditer(page):
            items.append(len(segments))
            segments.append(mathjax_strings(page[last:m.start()]))
            items.append(("display" if m.group(1) else "inline", m.group(2)))
            last = m.end()
        items.append(len(segments))
        segments.append(mathjax_strings(page[last:]))
        layout.append(items)
    tex = {"inlineMath": ([["$", "$"]] if dollars else []) + [["\\(", "\\)"]], "processEscapes": True}
    found = real_mathjax(segments, tex)
    return [[f for item in items for f in (found[item] if isinstance(item, int) else [item])] for items in layout]


def _site(case: Case, root: Path, posts: list[str]) -> Path:
    """A Hexo or Jekyll site laid out like a real one, holding posts."""
    mathjax = ("<script>MathJax = {tex: {inlineMath: [['$', '$'], ['\\\\(', '\\\\)']]}};</script>" if case.dollars
               else "<script>MathJax = {tex: {}};</script>")
    if case.site == "hexo":
        package, version = case.setup.rsplit("@", 1)
        deps = {"hexo": "^6.3.0", package: version, "hexo-server": "^3.0.0"}
        (root / "package.json").write_text(json.dumps({"dependencies": deps}), encoding="utf-8")
        (root / "_config.yml").write_text("title: Blog\ntheme: next\n", encoding="utf-8")
        folder = root / "source" / "_posts"
        names = [f"p{k:03}.md" for k in range(len(posts))]
        math = root / "themes" / "next" / "layout" / "_partials"
    else:
        (root / "_config.yml").write_text("title: Blog\n" + case.setup, encoding="utf-8")
        folder = root / "_posts"
        names = [f"2020-01-02-p{k:03}.md" for k in range(len(posts))]
        math = root / "_includes"
    folder.mkdir(parents=True)
    math.mkdir(parents=True)
    (math / "mathjax.html").write_text(mathjax, encoding="utf-8")
    for k, (name, text) in enumerate(zip(names, posts, strict=True)):
        front = f"---\ntitle: p{k:03}\ndate: 2020-01-02 10:00:00\n---\n"
        (folder / name).write_text(front + text, encoding="utf-8")
    return root


def _new_formulas(case: Case, root: Path, posts: list[str]) -> tuple[list[list[tuple[str, str]]], str]:
    """Each post imported by blogbuild, its page rendered: what blogbuild's MathJax finds; and the
    import summary's note on the dialect."""
    imported = (hexo if case.site == "hexo" else jekyll).read(_site(case, root, posts))
    bodies = {entry.title: entry.body for entry in imported.entries}
    md = make_markdown()
    pages = [[html.unescape(m.group(2)) for m in MATH_ELEMENT.finditer(md.render(bodies[f"p{k:03}"]))]
             for k in range(len(posts))]
    return real_mathjax(pages, BLOGBUILD_TEX), imported.notes[0]


def _writable(formulas: list[tuple[str, str]]) -> bool:
    """No formula holding its own closing delimiter (a MathJax error on the old site: blogbuild's
    page wraps TeX in `\\(…\\)` / `\\[…\\]`, so it cannot reach MathJax whole)."""
    return not any(("\\]" in tex and kind == "display") or ("\\)" in tex and kind == "inline")
                   for kind, tex in formulas)


def compare(old: list[list[tuple[str, str]]], new: list[list[tuple[str, str]]]):
    """(formulas, agreeing, disagreements as (post number, what the old site showed, what blogbuild
    shows)); an extra formula of blogbuild's counts against it too."""
    total = agreed = 0
    differences = []
    for k, (old_found, new_found) in enumerate(zip(old, new, strict=True)):
        if not _writable(old_found):
            continue
        a, b = same(old_found), same(new_found)
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if tag == "equal":
                agreed += i2 - i1
                total += i2 - i1
            else:
                total += max(i2 - i1, j2 - j1)
                differences.append((k, a[i1:i2], b[j1:j2]))
    return total, agreed, differences


FEATURES = {
    "inline $": r"(?<![$\\])\$[^$\s][^$\n]*\$", "display $$ block": r"\n\$\$\n", "mid-line $$": r"\S\$\$[^$\n]+\$\$",
    "\\[ \\]": r"\\\[\n", "\\( \\)": r"\\\(", "environment": r"\\begin\{align\}",
    "\\\\ row break": r"\\\\", "\\_": r"\\_", "\\{": r"\\\{", "* in a formula": r"\$[^$\n]*\*[^$\n]*\$",
    "table": r"\n\| --- \|", "| in a table cell": r"\n\|[^\n]*\$[^$\n]*\|[^$\n]*\$", "list": r"\n(?:- |1\. )\S",
    "list display": r"\n   \$\$", "blockquote": r"\n> ", "blockquote display": r"\n> \$\$",
    "code span with $": r"`[^`\n]*\$[^`\n]*`", "code block with $": r"```\w*\n[^`]*\$", "escaped \\$": r"\\\$\d",
    "Chinese": r"[\u4e00-\u9fff]\s?\$", "raw HTML": r"<div|<center|<details", "link": r"\]\(http",
}
"""What every engine's corpus holds (the brief of issue 21's item 6): a regex each, on the whole corpus."""


@pytest.mark.parametrize("style", sorted({c.corpus for c in CASES}))
def test_every_corpus_has_every_kind_of_formula_and_markup(style):
    text = "\n".join(corpus(style, POSTS))
    assert [name for name, pattern in FEATURES.items() if not re.search(pattern, text)] == []


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_blogbuild_shows_the_formulas_the_real_engine_showed(case: Case, old_pages, tmp_path):
    reason = _missing(case)
    if reason:
        pytest.skip(reason)
    posts = corpus(case.corpus, POSTS)
    old = _old_formulas(old_pages[case.renderer], case.dollars)
    new, note = _new_formulas(case, tmp_path, posts)
    assert case.dialect in note, note  # the importer read the site as the engine that rendered it
    total, agreed, differences = compare(old, new)
    report = f"{case.name}: {agreed}/{total} formulas agree ({agreed / total:.2%})"
    print(report)
    shown = "\n".join(f"  post {k}: old {o} new {n}" for k, o, n in differences[:15])
    assert total > 1000
    assert agreed / total >= REQUIRED, f"{report}\n{shown}"
