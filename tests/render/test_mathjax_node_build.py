"""The build-time worker runs MathJax's ES2020 build (blogbuild/vendor/mathjax/node/, made from the
same version's TypeScript by vendor_mathjax.py --node) because Node runs it faster than the
browser's es5/ bundles. It must be the same MathJax: every result here is compared with the es5/
reference (`Typesetter(..., es5=True)`), byte for byte, on the example blog's formulas, on every TeX
extension a page may `\\require`, on readers' formulas, on error boxes and on random TeX.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from helpers import copy_example, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blogbuild.render.typeset import TypesetSettings, Typesetter, find_node, requirable
from blogbuild.vendor import MATHJAX_NODE_DIR

pytestmark = pytest.mark.skipif(find_node() is None, reason="needs Node.js (pip install 'blogbuild[server-math]')")

MACROS = (("RR", "\\mathbb{R}"), ("BE", ["\\begin{equation}#1\\end{equation}", 1]))
_MATH = re.compile(r'<(span|div) class="math (?:inline|display)">.*?</\1>', re.S)


@pytest.fixture(scope="module")
def builds():
    settings_ = TypesetSettings(MACROS, "/mathjax/fonts", 0.5)
    with Typesetter(settings_, processes=1, es5=True) as es5, Typesetter(settings_, processes=1) as node:
        yield es5, node


def element(tex: str, display: bool) -> str:
    if display:
        return f'<div class="math display">\\[{html.escape(tex, quote=False)}\\]</div>'
    return f'<span class="math inline">\\({html.escape(tex, quote=False)}\\)</span>'


def test_the_worker_runs_the_es2020_build_by_default():
    settings_ = TypesetSettings((), "/f", 0.5)
    assert Typesetter(settings_).node_build == MATHJAX_NODE_DIR
    assert Typesetter(settings_, es5=True).node_build is None
    # what it loads instead of es5/'s bundles is there (a checkout without it falls back to es5/)
    assert (MATHJAX_NODE_DIR / "components" / "src" / "startup" / "startup.js").is_file()


def test_the_example_blogs_formulas_come_out_the_same(builds, tmp_path):
    es5, node = builds
    root = copy_example(tmp_path)
    assert run_cli("build", "-s", str(root), "--math", "client", "--no-search")[0] == 0
    pages = [[m.group(0) for m in _MATH.finditer(p.read_text(encoding="utf-8"))]
             for p in sorted((root / "public").rglob("index.html"))]
    docs = [d for d in pages if d]
    assert sum(map(len, docs)) > 300  # the example blog's posts, listings and comments: hundreds of formulas
    want = es5.typeset(docs)
    assert node.typeset(docs) == want
    assert node.typeset(docs, comment=True) == es5.typeset(docs, comment=True)


EXTENSION_SAMPLES = {
    "mhchem": "\\ce{2H2 + O2 -> 2H2O}", "physics": "\\dv{f}{x} \\abs{x} \\bra{a}\\ket{b}",
    "braket": "\\braket{a|b}", "cancel": "\\cancel{x}", "bbox": "\\bbox[red]{x}", "color": "\\color{red}{x}",
    "mathtools": "\\coloneqq \\prescript{a}{b}{c}", "extpfeil": "\\xtwoheadrightarrow{a}",
    "enclose": "\\enclose{circle}{x}", "unicode": "\\unicode{x263A}", "verb": "\\verb|x_1|",
    "amscd": "\\begin{CD} A @>a>> B \\end{CD}", "cases": "\\begin{numcases}{f=} 1 & a \\end{numcases}",
    "empheq": "\\begin{empheq}[left=\\empheqlbrace]{align} a&=b \\end{empheq}", "boldsymbol": "\\boldsymbol{x}",
    "textmacros": "\\text{a \\textbf{b} $x$}", "html": "\\class{c}{x}", "centernot": "\\centernot\\to",
    "colortbl": "\\begin{array}{c}\\rowcolor{red} a\\end{array}", "bussproofs":
        "\\begin{prooftree}\\AxiomC{A}\\UnaryInfC{B}\\end{prooftree}", "upgreek": "\\upalpha",
}


def test_every_requirable_extension_comes_out_the_same(builds):
    es5, node = builds
    names = requirable()
    assert {"mhchem", "physics", "cancel", "mathtools"} <= set(names)
    docs = [[element(f"\\require{{{name}}}" + EXTENSION_SAMPLES.get(name, "x"), True),
             element(EXTENSION_SAMPLES.get(name, "y"), False)] for name in names]
    want = es5.typeset(docs)
    assert node.typeset(docs) == want
    loaded = [name for name, doc in zip(names, want, strict=True) if not doc.errors]
    assert {"mhchem", "physics", "cancel"} <= set(loaded)  # they load and typeset, in both
    assert node.stylesheet() == es5.stylesheet()


TOKENS = ["x", "y_1", "^2", "\\frac{a}{b}", "\\sqrt{2}", "{", "}", "&", "\\\\", "\\alpha", "\\RR", "\\BE{z}",
          "\\left(", "\\right)", "\\sum_{i=1}^n", "\\int", "\\mathbf{v}", "\\label{eq:x}", "\\eqref{eq:x}",
          "\\begin{aligned}", "\\end{aligned}", "\\begin{equation}", "\\end{equation}", "\\tag{1}", "\\nounknown",
          "\\text{é 中}", "<", "&amp;", "\\operatorname{tr}", "\\overbrace{ab}^{c}", "\\href{javascript:x}{y}",
          "\\style{color:red}{x}", "\\newcommand{\\q}{w}\\q", "\\hat{\\boldsymbol{A}}", "\\exp", " ",
          # loaded by autoload on first use, from the build's own tree
          "\\ce{H2O}", "\\cancel{x}", "\\braket{a|b}", "\\enclose{circle}{x}", "\\xtwoheadrightarrow{a}"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pages=st.lists(st.lists(st.tuples(st.lists(st.sampled_from(TOKENS), max_size=12), st.booleans()),
                               min_size=1, max_size=5), min_size=1, max_size=4),
       comment=st.booleans())
def test_random_tex_comes_out_the_same(builds, pages, comment):
    es5, node = builds
    docs = [[element("".join(tokens), display) for tokens, display in page] for page in pages]
    assert node.typeset(docs, comment) == es5.typeset(docs, comment)


def test_the_node_build_is_what_its_notice_says():
    notice = (MATHJAX_NODE_DIR / "NOTICE").read_text(encoding="utf-8")
    version = (Path(MATHJAX_NODE_DIR).parent / "NOTICE").read_text(encoding="utf-8").split()[1]
    assert f"MathJax {version} compiled" in notice


@pytest.mark.parametrize(("version", "starts"), [("12.22.9", True), ("24.0.0", False)])
def test_a_node_older_than_14_runs_es5_whatever_build_it_is_given(tmp_path, version, starts):
    """Ubuntu 22.04's `node` is 12: it cannot parse ES2020 (`??`), so the worker runs es5/ there.
    Given a build folder that does not exist, a Node 12 starts MathJax (from es5/) and a Node 24
    does not (it looks for the build)."""
    import json
    import subprocess

    from blogbuild.render.typeset import MATHJAX_DIR, WORKER

    fake = tmp_path / "version.js"
    fake.write_text(f"Object.defineProperty(process.versions, 'node', {{value: '{version}'}});\n", encoding="utf-8")
    settings_ = json.dumps({"macros": {}, "fontURL": "/f", "exFactor": 0.5, "extensions": requirable(),
                            "formulaMs": 5000, "pageMs": 30000})
    done = subprocess.run([find_node(), "-r", str(fake), str(WORKER), str(MATHJAX_DIR), settings_,
                           str(tmp_path / "no-such-build")], input="", capture_output=True, text=True, timeout=60)
    assert ('"ready":true' in done.stdout) == starts, (done.stdout, done.stderr[-500:])
