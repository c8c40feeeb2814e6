"""The same property as test_dialects.py, with real MathJax 3's FindTeX (npm, in Node) on both pages:
the old page (the post rendered by a CommonMark engine, MathJax configured as the old site's) and the
new one (blogbuild's rendering: the text of each `.math` element, MathJax configured as
templates/base.html). It also checks the FindTeX of tests/mathjax_reference.py against the real one.
The page's strings come from tests/mathjax_reference.py (html.parser): MathJax's own liteDOM parser
cannot read the unbalanced HTML old posts have."""

from __future__ import annotations

import html
import json
import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import MATHJAX_DIR
from mathjax_reference import found_by_blogbuild, mathjax_strings, old_engine, same, seen_by_old_site
from test_dialects import FRAGMENTS, MATHJAX_DEFAULTS, writable

from blogbuild.importers.dialects import HEXO_MARKED, HEXO_MARKED_OLD, TYPECHO, Dialect, to_blogbuild
from blogbuild.render.markdown import make_markdown

NODE = shutil.which("node")
SCRIPT = Path(__file__).with_name("mathjax_find.js")
pytestmark = pytest.mark.skipif(NODE is None or not (MATHJAX_DIR / "node-main.js").is_file(),
                                reason="needs node and the npm mathjax package (tests/run.sh installs it)")
BLOGBUILD_TEX = {"inlineMath": [["\\(", "\\)"]], "displayMath": [["\\[", "\\]"]], "processEscapes": False,
                 "processEnvironments": True}
MATH_ELEMENT = re.compile(r'<(span|div) class="math (?:inline|display)">(.*?)</\1>', re.DOTALL)
HAND = ["a $ x $ b", "$5 and $6", "代码 `$x$` 与 $y$。", "$$a$$ 在句中", "\\begin{align} a &= b \\\\ c \\end{align} 后",
        "$x\\_1 + y\\_2$", "$$\\left\\\\{ a \\right.$$", "$a `b` c$", "> quote $ a\n> b $ end", "<b>\n\\ref{a}",
        "\\(a \\\\\\)", "x $$<br>$$ y", "$\\text{costs $5}$ and $x$"]


def real_mathjax(pages: list[list[str]], tex: dict) -> list[list[tuple[str, str]]]:
    """pages: each page's MathJax strings."""
    job = json.dumps({"tex": tex, "pages": pages})
    result = subprocess.run([NODE, str(SCRIPT), str(MATHJAX_DIR)], input=job, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return [[("display" if display else "inline", tex) for tex, display in page] for page in json.loads(result.stdout)]


def corpus(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return HAND + ["".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 25))) for _ in range(count)]


@pytest.mark.parametrize("seed,dialect", list(enumerate([TYPECHO, HEXO_MARKED, HEXO_MARKED_OLD, MATHJAX_DEFAULTS])),
                         ids=["typecho", "marked", "marked-0.3", "mathjax-defaults"])
def test_real_mathjax_sees_the_same_formulas(seed: int, dialect: Dialect):
    texts = corpus(seed, 200)
    old_tex = {"inlineMath": ([["$", "$"]] if dialect.inline_dollars else []) + [["\\(", "\\)"]],
               "processEscapes": dialect.process_escapes}
    old = real_mathjax([mathjax_strings(old_engine(dialect.markdown_escaped, dialect.escapes).render(text))
                        for text in texts],
                       old_tex)
    md = make_markdown()
    new_pages = [md.render(to_blogbuild(text, dialect)) for text in texts]
    new = real_mathjax([[html.unescape(m.group(2)) for m in MATH_ELEMENT.finditer(page)] for page in new_pages],
                       BLOGBUILD_TEX)
    checked = 0
    for text, old_found, new_found in zip(texts, old, new, strict=True):
        reference = seen_by_old_site(text, markdown_escaped=dialect.markdown_escaped,
                                     inline_dollars=dialect.inline_dollars, escapes=dialect.escapes)
        assert same(old_found) == same(reference), text  # the Python reference is MathJax
        if writable(reference):
            assert same(new_found) == same(old_found), text
            assert same(found_by_blogbuild(to_blogbuild(text, dialect))) == same(new_found), text
            checked += 1
    assert checked > 150
