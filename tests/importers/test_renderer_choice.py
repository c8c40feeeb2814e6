"""Which Markdown engine a Hexo or Jekyll site really used, decided by the generator's own rules, on
sites laid out like real ones: several renderers in package.json (Hexo loads plugins in dependency
order; the last renderer registered for `md` wins), a math plugin in `markdown:`, a theme with its own
MathJax script; Jekyll's `markdown:` and `kramdown: input:`. The import summary says which and why;
`--dialect` overrides it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from helpers import run_cli
from mathjax_reference import found_by_blogbuild, same, seen_by_old_site

from blogbuild.importers import hexo, jekyll

FORMULAS = r"""Sets $\{a\_1, a\_2\}$ and $\hat{x}^{\*}$ here.

$$\left\{ x \middle| x\_i > 0 \right\}$$
"""
"""Backslashes before ASCII punctuation: what a renderer eats or keeps decides the formula."""


def hexo_site(root: Path, renderers: list[str], markdown: str = "") -> Path:
    deps = {"hexo": "^6.3.0", "hexo-generator-archive": "^2.0.0", "hexo-renderer-ejs": "^2.0.0"}
    deps |= {name: "^1.0.0" for name in renderers}
    deps |= {"hexo-filter-mathjax": "^0.9.0", "hexo-server": "^3.0.0", "hexo-theme-next": "^8.0.0"}
    (root / "source" / "_posts").mkdir(parents=True)
    (root / "package.json").write_text(json.dumps({"name": "blog", "dependencies": deps}), encoding="utf-8")
    (root / "_config.yml").write_text(f"title: Blog\ntheme: next\n{markdown}", encoding="utf-8")
    theme = root / "themes" / "next" / "layout" / "_third-party" / "math"
    theme.mkdir(parents=True)
    (theme / "mathjax.njk").write_text(
        "<script>window.MathJax = {tex: {inlineMath: [['$', '$'], ['\\\\(', '\\\\)']]}};</script>\n"
        '<script src="https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js"></script>\n', encoding="utf-8")
    (root / "source" / "_posts" / "sets.md").write_text(
        "---\ntitle: Sets\ndate: 2020-01-02 10:00:00\n---\n" + FORMULAS, encoding="utf-8")
    return root


MARKDOWN_IT_KATEX = "markdown:\n  plugins:\n    - markdown-it-footnote\n    - markdown-it-katex\n"


def test_the_last_renderer_in_package_json_rendered_the_blog(tmp_path, capsys):
    """kramed listed before markdown-it (npm writes dependencies sorted): markdown-it loaded last and
    rendered `md`; with its math plugin the formulas' TeX reached MathJax untouched."""
    source = hexo_site(tmp_path / "hexo", ["hexo-renderer-kramed", "hexo-renderer-markdown-it"], MARKDOWN_IT_KATEX)
    code, out, err = run_cli("import", "hexo", str(source), "-s", str(tmp_path / "site"), capsys=capsys)
    assert (code, err) == (0, "")
    [note] = [line for line in out.splitlines() if line.strip().startswith("math:")]
    assert "hexo-renderer-markdown-it" in note and "loaded after hexo-renderer-kramed" in note
    assert "markdown-it-katex" in note
    body = (tmp_path / "site" / "posts" / "2020-01-02-sets.md").read_text(encoding="utf-8")
    expected = same(seen_by_old_site(FORMULAS, markdown_escaped=False))
    assert same(found_by_blogbuild(body)) == expected
    assert ("inline", r"\{a\_1, a\_2\}") in expected  # the reference itself kept the backslashes


@pytest.mark.parametrize("renderers,markdown,package,words", [
    (["hexo-renderer-markdown-it", "hexo-renderer-kramed"], MARKDOWN_IT_KATEX,
     "hexo-renderer-kramed", "loaded after hexo-renderer-markdown-it"),
    (["hexo-renderer-kramed", "hexo-renderer-markdown-it"], "markdown:\n  render:\n    html: true\n",
     "hexo-renderer-markdown-it", "no math plugin"),
    (["hexo-renderer-marked", "hexo-renderer-pandoc"], "", "hexo-renderer-pandoc", "loaded after hexo-renderer-marked"),
    ([], "", "hexo-renderer-marked", "Hexo's default"),
])
def test_the_reason_names_the_renderer_and_the_rule(tmp_path, renderers, markdown, package, words):
    source = hexo_site(tmp_path / "hexo", renderers, markdown)
    [note] = hexo.read(source).notes
    assert package in note and words in note


def test_the_renderer_is_the_one_hexo_loaded_last_whatever_the_names(tmp_path):
    """Swapping the two renderers in package.json swaps the dialect: the order decides, not a ranking."""
    first = hexo.read(hexo_site(tmp_path / "a", ["hexo-renderer-kramed", "hexo-renderer-markdown-it"],
                                MARKDOWN_IT_KATEX))
    second = hexo.read(hexo_site(tmp_path / "b", ["hexo-renderer-markdown-it", "hexo-renderer-kramed"],
                                 MARKDOWN_IT_KATEX))
    assert first.entries[0].body != second.entries[0].body
    assert hexo.DIALECTS["kramed"].name in second.notes[0]


def test_dialect_overrides_what_package_json_shows(tmp_path, capsys):
    source = hexo_site(tmp_path / "hexo", ["hexo-renderer-kramed"])
    code, out, err = run_cli("import", "hexo", str(source), "-s", str(tmp_path / "site"),
                             "--dialect", "markdown-it-math", capsys=capsys)
    assert (code, err) == (0, "") and "(--dialect)" in out
    body = (tmp_path / "site" / "posts" / "2020-01-02-sets.md").read_text(encoding="utf-8")
    assert same(found_by_blogbuild(body)) == same(seen_by_old_site(FORMULAS, markdown_escaped=False))
    code, out, err = run_cli("import", "hexo", str(source), "-s", str(tmp_path / "other"),
                             "--dialect", "nonesuch", capsys=capsys)
    assert code == 1 and out == "" and err.startswith("--dialect: unknown dialect 'nonesuch' for hexo (one of ")
    assert not (tmp_path / "other").exists()


def jekyll_site(root: Path, config: str) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Blog\n" + config, encoding="utf-8")
    (root / "_includes").mkdir()
    (root / "_includes" / "mathjax.html").write_text(
        "<script>MathJax = {tex: {inlineMath: [['$','$'], ['\\\\(','\\\\)']]}};</script>", encoding="utf-8")
    (root / "_posts" / "2020-01-02-sets.md").write_text("---\ntitle: Sets\n---\n" + FORMULAS, encoding="utf-8")
    return root


@pytest.mark.parametrize("config,words,kramdown", [
    ("", "kramdown (input: GFM)", True),
    ("kramdown:\n  input: kramdown\n", "kramdown (input: kramdown)", True),
    ("kramdown:\n  input: Markdown\n", "input: Markdown (no math parsing)", False),
    ("markdown: CommonMarkGhPages\n", "markdown: CommonMarkGhPages", False),
])
def test_jekyll_markdown_and_kramdown_input(tmp_path, capsys, config, words, kramdown):
    source = jekyll_site(tmp_path / "jekyll", config)
    code, out, err = run_cli("import", "jekyll", str(source), "-s", str(tmp_path / "site"), capsys=capsys)
    assert (code, err) == (0, "")
    [note] = [line for line in out.splitlines() if line.strip().startswith("math:")]
    assert words in note and "MathJax with $…$" in note
    assert jekyll.choose_dialect(yaml.safe_load(config) or {}, source).kramdown == kramdown


def test_kramdown_markdown_input_leaves_dollars_to_mathjax(tmp_path):
    """`kramdown: input: Markdown` has no math of its own: its Markdown escapes apply inside `$$` too."""
    source = jekyll_site(tmp_path / "jekyll", "kramdown:\n  input: Markdown\n")
    body = jekyll.read(source).entries[0].body
    expected = same(seen_by_old_site(FORMULAS, markdown_escaped=True, escapes="\\`*_{}[]()#+-.!"))
    assert same(found_by_blogbuild(body)) == expected
    assert ("inline", r"\hat{x}^{*}") in expected


def test_jekyll_dialect_override(tmp_path, capsys):
    source = jekyll_site(tmp_path / "jekyll", "")
    code, out, err = run_cli("import", "jekyll", str(source), "-s", str(tmp_path / "site"),
                             "--dialect", "commonmark", capsys=capsys)
    assert (code, err) == (0, "") and "math: read as jekyll commonmark (--dialect)" in out
