"""Each distinct formula typeset once (issue 23 item 3): render/formula_cache.py's FormulaCache must
give exactly what typesetting each page whole gives (typeset.Typesetter alone, the `--no-cache`
reference), whatever the pages hold: repeats, numbered equations, labels and references, macros
defined in a page or in blog.yaml, error boxes, readers' formulas.
"""

from __future__ import annotations

import html
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import pytest
from helpers import copy_example, post, run_cli, tree, write_site
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blogbuild.render.formula_cache import INDEPENDENT, Classifier, DictMemory, FormulaCache
from blogbuild.render.typeset import TypesetSettings, Typesetter, find_node

pytestmark = pytest.mark.skipif(find_node() is None, reason="needs Node.js (pip install 'blogbuild[server-math]')")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MACROS = (("BE", ["\\begin{equation}#1\\end{equation}", 1]), ("RR", "\\mathbb{R}"), ("lab", "\\label{eq:m}"),
          ("twice", "\\RR\\lab"))
INLINE = ["x^2", "\\frac{1}{2}", "a<b", "\\RR", "\\half", "\\color{red}{x}", "\\href{https://e.org/}{x}", "x^^2",
          "\\eqref{eq:a}", "\\ref{eq:b}", "\\eqref{eq:m}", "\\sum_{n} a_n", "\\lab x", "\\setminus\\bullet",
          "\\cancel{x}", "\\frac{1}{2"]
DISPLAY = ["\\begin{equation}a=b\\label{eq:a}\\end{equation}", "\\begin{equation}c\\end{equation}",
           "\\begin{align}x&=1\\\\y&=2\\label{eq:b}\\end{align}", "\\begin{pmatrix}1&2\\end{pmatrix}", "x \\tag{3}",
           "\\newcommand{\\half}{\\frac12}\\half", "\\begin{aligned}a&=b\\end{aligned}", "\\def\\foo{z}\\foo",
           "\\begin{equation*}e\\end{equation*}", "\\BE{y}", "\\twice", "\\require{cancel}\\cancel{y}",
           "\\sum_{k=0}^\\infty \\frac{x^k}{k!}"]


def element(tex: str, display: bool) -> str:
    """A `.math` element as the Markdown renderer writes it (its text HTML-escaped)."""
    if display:
        return f'<div class="math display">\\[{html.escape(tex, quote=False)}\\]</div>'
    return f'<span class="math inline">\\({html.escape(tex, quote=False)}\\)</span>'


FORMULAS = st.one_of(st.sampled_from(INLINE).map(lambda t: element(t, False)),
                     st.sampled_from(DISPLAY).map(lambda t: element(t, True)))
PAGES = st.lists(st.lists(FORMULAS, max_size=8), min_size=1, max_size=6)


@pytest.fixture(scope="module")
def workers():
    settings_ = TypesetSettings(MACROS, "/fonts", 0.5)
    with Typesetter(settings_, processes=1) as reference, Typesetter(settings_, processes=1) as cached:
        yield reference, cached


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pages=PAGES, comment=st.booleans())
def test_the_formula_cache_gives_what_typesetting_each_page_whole_gives(workers, pages, comment):
    reference, worker = workers
    cache = FormulaCache(worker, DictMemory())
    want = reference.typeset(pages, comment)
    assert cache.typeset(pages, comment) == want  # cold: the memory fills
    assert cache.typeset(pages, comment) == want  # warm: from the memory
    assert cache.typeset(pages[::-1], comment) == want[::-1]


@contextmanager
def documents_sent(worker: Typesetter):
    """The list of the documents the worker is asked to typeset while the block runs."""
    sent: list[list[str]] = []
    real = worker.typeset

    def spy(docs, comment=False, handed=None):
        sent.extend(docs)
        return real(docs, comment, handed)

    worker.typeset = spy
    try:
        yield sent
    finally:
        del worker.typeset


def test_each_distinct_independent_formula_is_typeset_once(workers):
    _reference, worker = workers
    with documents_sent(worker) as sent:
        cache = FormulaCache(worker, DictMemory())
        plain = [element(t, False) for t in ("x^2", "\\frac{1}{2}", "a<b", "\\sum_{n} a_n")]
        pages = [plain, plain[::-1], plain[:2] * 3, [plain[3], plain[0]]]
        cache.typeset(pages)
        assert sorted(f for doc in sent for f in doc) == sorted(plain)
        sent.clear()
        cache.typeset(pages + [plain[1:]], comment=False)
        assert sent == []  # all kept
        cache.typeset([plain[:1]], comment=True)  # a reader's formula: the comment input, typeset anew
        assert sent == [plain[:1]]


def test_each_distinct_group_of_numbered_formulas_is_typeset_once_as_a_document(workers):
    """A page's numbered and labelled formulas are typeset together, once for every page that has
    the same ones in the same order; the pages get what typesetting each of them whole gives."""
    reference, worker = workers
    with documents_sent(worker) as sent:
        cache = FormulaCache(worker, DictMemory())
        first = element("\\begin{equation}a=b\\label{eq:a}\\end{equation}", True)
        second = element("\\begin{equation}c\\end{equation}", True)
        refer = element("\\eqref{eq:a}", False)
        plain = element("x^2", False)
        pages = [[first, plain, second, refer], [plain, first, second, plain, refer], [second, first, refer],
                 [first, plain, second, refer]]
        assert cache.typeset(pages) == reference.typeset(pages)
        groups = [doc for doc in sent if doc != [plain]]
        assert sorted(groups) == sorted([[first, second, refer], [second, first, refer]])  # two orders, two groups
        sent.clear()
        edited = [[plain, element("y", False), first, second, refer]]
        assert cache.typeset(edited) == reference.typeset(edited)
        assert sent == [[element("y", False)]]  # the group is kept; only the new formula is typeset


def test_a_group_over_its_time_limit_is_not_kept():
    """Whichever limit stops it (see test_a_formula_over_its_time_limit_is_not_kept)."""
    memory = DictMemory()
    slow = element("\\begin{equation}" + "a" + "+a" * 20000 + "\\end{equation}", True)
    with Typesetter(TypesetSettings((), "/fonts", 0.5, formula_seconds=0.5, page_seconds=2), processes=1) as worker:
        (doc,) = FormulaCache(worker, memory).typeset([[element("y^2", False), slow]])
    assert doc.errors[-1][1] in ("took longer than 0.5 s (the time limit of one formula)",
                                 "not typeset: its page took longer than 2 s (the time limit of one page)")
    assert all(len(entry) == 3 for entry in memory.entries.values())  # formulas only, no group


def test_a_readers_formula_never_gets_the_authors_typeset_html(workers):
    _reference, worker = workers
    cache = FormulaCache(worker, DictMemory())
    colour = [element("\\color{red}{x}", False)]
    (mine,) = cache.typeset([colour])
    (theirs,) = cache.typeset([colour], comment=True)
    assert mine.errors == () and "color: red" in mine.math[0]
    assert [message for _tex, message in theirs.errors] == ["\\color is not allowed in a comment"]


def test_a_formula_over_its_time_limit_is_not_kept():
    """Whichever limit stops the slow formula: its own (the usual case) or its page's. (In the first
    worker of a fresh process, Node has been seen to spend over 30 s on this formula in code that
    does not look at the clock, so the page's limit, 2 s here, ends it.)"""
    memory = DictMemory()
    slow = element("a" + "+a" * 20000 + "+b", False)
    quick = element("y^2", False)
    with Typesetter(TypesetSettings((), "/fonts", 0.5, formula_seconds=0.5, page_seconds=2), processes=1) as worker:
        (doc,) = FormulaCache(worker, memory).typeset([[quick, slow]])
    assert doc.error_at[-1] == 1 and doc.errors[-1][1] in (
        "took longer than 0.5 s (the time limit of one formula)",
        "not typeset: its page took longer than 2 s (the time limit of one page)")
    kept = [entry[0] for entry in memory.entries.values()]
    assert doc.math[1] not in kept and len(kept) <= 1  # the quick one at most (a busy machine may time it out)
    assert all(entry[2] is None for entry in memory.entries.values())


@pytest.mark.parametrize("tex", ["\\newcommand{\\a}{b}", "\\renewcommand\\a{b}", "\\def\\a{b}", "\\let\\a=\\b",
                                 "\\gdef\\a{b}", "\\global\\let\\a\\b", "\\require{cancel}", "\\begingroup",
                                 "\\DeclareMathOperator{\\tr}{tr}", "\\label{x}", "\\ref{x}", "\\eqref{x}",
                                 "\\tag{1}", "x\\nonumber", "\\begin{equation}x\\end{equation}",
                                 "\\begin{align}x\\end{align}", "\\begin{gather}x\\end{gather}",
                                 "\\begin{multline}x\\end{multline}", "\\begin {equation}x\\end{equation}",
                                 "\\begin{pmatrix}\\end{pmatrix}\\begin{equation}x\\end{equation}",
                                 "\\begin{aligned}x\\end{aligned}\\begin{flalign}x\\end{flalign}",
                                 "\\definecolor{a}{rgb}{1,0,0}", "\\setOptions{tex}{}", "\\lab", "\\BE{x}", "\\twice",
                                 "\\newenvironment{a}{}{}", "\\numberwithin{equation}{section}"])
def test_what_may_depend_on_its_page_is_never_looked_up_alone(tex):
    assert Classifier(MACROS)(element(tex, True)) != INDEPENDENT


@pytest.mark.parametrize("tex", ["x^2", "\\setminus", "\\bullet", "\\left(x\\right)", "\\begin{pmatrix}1\\end{pmatrix}",
                                 "\\begin{align*}x\\end{align*}", "\\RR", "\\color{red}{x}", "\\operatorname{tr}"])
def test_formulas_of_no_page_are_looked_up(tex):
    assert Classifier(MACROS)(element(tex, False)) == INDEPENDENT


def _fixtures_post() -> str:
    """Every input of tests/fixtures/math.md (the markdown-it triple format), one after the other."""
    cases = (FIXTURES / "math.md").read_text(encoding="utf-8").split("\n.\n")
    inputs = [cases[i] for i in range(1, len(cases), 3)]
    return post("Math fixtures", "2020-01-01", "\n\n".join(inputs))


def _kept(root: Path) -> int:
    with sqlite3.connect(root / ".blogbuild-cache" / "cache.sqlite") as db:
        return db.execute("SELECT count(*) FROM entries WHERE kind = 'formula'").fetchone()[0]


def test_sites_built_with_the_formula_cache_are_byte_identical_to_the_reference(tmp_path: Path):
    body = ("Repeat $x^2$ and $\\RR$ and \\eqref{eq:a}.\n\n\\begin{equation}a \\label{eq:a}\\end{equation}\n\n"
            "$$\\frac{1}{2}$$\n\nAgain $x^2$.\n")
    defining = "\n$y_0$ and \\(\\newcommand{\\h}{2}\\h\\) and $\\h$\n"  # a page typeset whole
    posts = {f"p{i}.md": post(f"P{i}", f"2024-01-0{i + 1}", body + (defining if i == 2 else f"\n$y_{i % 2}$\n"))
             for i in range(4)}
    posts["fixtures.md"] = _fixtures_post()
    comments = {"p1": "- id: 1\n  author: R\n  date: 2024-02-01 10:00:00\n  body: 'See $x^2$ and $\\color{red}{x}$.'\n"}
    root = write_site(tmp_path / "site", posts, "title: T\nurl: https://example.org/\nmath:\n  render: server\n"
                                                 "mathjax:\n  macros:\n    RR: \"\\\\mathbb{R}\"\n", comments)
    plain = tmp_path / "plain"
    assert run_cli("build", "-s", str(root))[0] == 0
    assert _kept(root) > 5
    assert run_cli("build", "-s", str(root), "--no-cache", "-o", str(plain))[0] == 0
    assert tree(root / "public") == tree(plain)
    for name in ("p0.md", "p3.md"):  # edits: their formulas from the kept ones, one new
        path = root / "posts" / name
        path.write_text(path.read_text(encoding="utf-8") + "\nNew $z^3$ and old $x^2$.\n", encoding="utf-8")
    assert run_cli("build", "-s", str(root))[0] == 0
    assert run_cli("build", "-s", str(root), "--no-cache", "-o", str(plain))[0] == 0
    assert tree(root / "public") == tree(plain)


def test_the_example_blog_keeps_fewer_formulas_than_it_shows(tmp_path: Path):
    root = copy_example(tmp_path, math={"render": "server"})
    assert run_cli("build", "-s", str(root))[0] == 0
    shown = sum(p.read_text(encoding="utf-8").count("<mjx-container") for p in (root / "public").rglob("*.html"))
    assert 0 < _kept(root) < shown
