"""The speed layer never changes a byte: after any sequence of edits, an incremental build on top of
the previous one's cache and output equals the reference build (`Cache`, no memory, one process)
of the same sources. Also: every fixture site, built both ways from scratch, is the same site."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from helpers import copy_example, post, tree, write_site
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blogbuild.build import build
from blogbuild.errors import BlogbuildError


def reference(root: Path) -> dict[str, bytes] | str:
    """The reference build of root's sources, in a folder of its own; or its error message."""
    out = root / "reference-output"
    shutil.rmtree(out, ignore_errors=True)
    try:
        build(root, cache=False, output=out)
    except BlogbuildError as e:
        return str(e)
    found = tree(out)
    shutil.rmtree(out)
    return found


def incremental(root: Path, jobs: int) -> dict[str, bytes] | str:
    try:
        build(root, jobs=jobs)
    except BlogbuildError as e:
        return str(e)
    return tree(root / "public")


# ----------------------------------------------------------------------------- edits

def _posts(root: Path) -> list[Path]:
    return sorted((root / "posts").glob("*.md"))


def edit_body(root: Path, n: int) -> None:
    path = _posts(root)[n % len(_posts(root))]
    path.write_text(path.read_text(encoding="utf-8") + f"\n\nEdit {n}: $x_{{{n}}}^2$ and `code {n}`.\n",
                    encoding="utf-8")


def edit_title(root: Path, n: int) -> None:
    path = _posts(root)[n % len(_posts(root))]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: ", f"title: T{n} ", 1), encoding="utf-8")


def add_post(root: Path, n: int) -> None:
    tags = ["矩阵", "new", "概率"][n % 3]
    (root / "posts" / f"2022-0{n % 9 + 1}-1{n % 9}-added-{n}.md").write_text(
        post(f"Added {n}", f"2022-0{n % 9 + 1}-1{n % 9}", f"Body {n}: $$a_{n}$$", tags=f"[{tags}]",
             categories="[数学研究]"), encoding="utf-8")


def _without_comments(root: Path) -> list[Path]:
    commented = {p.stem for p in (root / "comments").glob("*.yaml")}
    return [p for p in _posts(root) if p.stem.split("-", 3)[-1] not in commented
            and "slug:" not in p.read_text(encoding="utf-8")]


def delete_post(root: Path, n: int) -> None:
    victims = _without_comments(root)
    if len(victims) > 1:
        victims[n % len(victims)].unlink()


def rename_post(root: Path, n: int) -> None:
    victims = _without_comments(root)
    if victims:
        path = victims[n % len(victims)]
        path.rename(path.with_name(f"{path.stem}-r{n}.md"))


def add_comment(root: Path, n: int) -> None:
    path = sorted((root / "comments").glob("*.yaml"))[n % 5]
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n"
                    f"- id: {90000 + n}\n  author: Reader {n}\n  date: 2030-01-{n % 28 + 1:02d} 10:00:00\n"
                    f"  body: 'Comment {n} with $y_{n}$.'\n", encoding="utf-8")


def _pages(root: Path) -> list[Path]:
    return sorted((root / "pages").glob("*.md"))


def add_page(root: Path, n: int) -> None:
    """A page: in the navigation of every page (or not: nav: false), maybe with an old URL."""
    (root / "pages").mkdir(exist_ok=True)
    nav = ["3", "false", "-1"][n % 3]
    (root / "pages" / f"page-{n}.md").write_text(
        f"---\ntitle: Page {n}\nnav: {nav}\naliases: [/old/page-{n}.html]\n---\nPage body {n}: $z_{n}$.\n",
        encoding="utf-8")


def edit_page(root: Path, n: int) -> None:
    """The body, the title (the navigation of every page shows it) or the aliases of a page."""
    pages = _pages(root)
    if not pages:
        return add_page(root, n)
    path = pages[n % len(pages)]
    text = path.read_text(encoding="utf-8")
    if n % 3 == 0:
        text += f"\nEdit {n}: $w_{n}$.\n"
    elif n % 3 == 1:
        text = text.replace("title: ", f"title: P{n} ", 1)
    else:
        text = text.replace("---\n", f"---\naliases: [/old/edit-{n}/]\n", 1) if "aliases:" not in text \
            else text.replace("aliases: [", f"aliases: [/old/edit-{n}/, ", 1)
    path.write_text(text, encoding="utf-8")


def delete_page(root: Path, n: int) -> None:
    """A page without comments (a page's comments file would then be an error)."""
    commented = {p.stem for p in (root / "comments").glob("*.yaml")}
    victims = [p for p in _pages(root) if "slug:" not in p.read_text(encoding="utf-8") and p.stem not in commented]
    if victims:
        victims[n % len(victims)].unlink()


def comment_on_page(root: Path, n: int) -> None:
    """A reply on the example's about page: its thread and the recent comments change."""
    path = root / "comments" / "about.yaml"
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n"
                    f"- id: {80000 + n}\n  author: Visitor {n}\n  date: 2031-02-{n % 28 + 1:02d} 10:00:00\n"
                    f"  parent: 2001\n  body: 'Reply {n}.'\n", encoding="utf-8")


def edit_template(root: Path, n: int) -> None:
    from blogbuild.render.templates import theme_dir

    name = ["post.html", "_sidebar.html", "term.html", "index.html", "page.html", "_comment.html"][n % 6]
    (root / "templates").mkdir(exist_ok=True)
    path = root / "templates" / name
    source = path if path.exists() else theme_dir() / "templates" / name
    text = source.read_text(encoding="utf-8")
    path.write_text(text + f"\n<!-- edit {n} -->\n", encoding="utf-8")


def edit_config(root: Path, n: int) -> None:
    config = root / "blog.yaml"
    lines = [line for line in config.read_text(encoding="utf-8").splitlines()
             if not line.startswith(("posts_per_page:", "recent_comments:", "title:"))]
    lines += [f"posts_per_page: {n % 4 + 2}", f"recent_comments: {n % 5 + 1}", f"title: Blog {n}"]
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")


def edit_comment_server(root: Path, n: int) -> None:
    """blog.yaml's `comments:` (the live thread on post pages): set, moved to another URL, removed."""
    config = root / "blog.yaml"
    lines, inside = [], False
    for line in config.read_text(encoding="utf-8").splitlines():
        inside = line == "comments:" or (inside and line.startswith(" "))
        if not inside:
            lines.append(line)
    if n % 3:
        lines += ["comments:", "  provider: isso", f"  url: https://c{n}.example.org/"]
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")


def edit_static(root: Path, n: int) -> None:
    (root / "static").mkdir(exist_ok=True)
    (root / "static" / f"extra{n % 2}.css").write_text(f"body {{ margin: {n}px }}\n", encoding="utf-8")


def toggle_draft(root: Path, n: int) -> None:
    victims = _without_comments(root)
    if victims:
        path = victims[n % len(victims)]
        text = path.read_text(encoding="utf-8")
        if "draft: true\n" in text:
            text = text.replace("draft: true\n", "")
        else:
            text = text.replace("---\n", "---\ndraft: true\n", 1)
        path.write_text(text, encoding="utf-8")


def break_post(root: Path, n: int) -> None:
    """An error: both builds must fail the same way (and the next edit may repair it)."""
    (root / "posts" / f"broken-{n}.md").write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")


def repair(root: Path, n: int) -> None:
    for path in (root / "posts").glob("broken-*.md"):
        path.unlink()


def edit_figure(root: Path, n: int) -> None:
    """Files beside posts: a folder post with a figure, a figure added to a flat post (in a folder
    beside it), a figure redrawn, a figure deleted (its post then links a missing file)."""
    figs = root / "posts" / "figs"
    kind = n % 4
    if kind == 0:
        folder = root / "posts" / f"bundle-{n % 3}"
        (folder / "img").mkdir(parents=True, exist_ok=True)
        (folder / "img" / "plot.png").write_bytes(f"plot {n}".encode())
        (folder / "index.md").write_text(post(f"Bundle {n}", "2023-05-06", "![$\\alpha$ 图](img/plot.png)"),
                                         encoding="utf-8")
    elif kind == 1:
        figs.mkdir(exist_ok=True)
        (figs / f"f{n % 2}.png").write_bytes(f"figure {n}".encode())
        path = _posts(root)[n % len(_posts(root))]
        path.write_text(path.read_text(encoding="utf-8") + f"\n\n![f](figs/f{n % 2}.png)\n", encoding="utf-8")
    elif kind == 2:
        for found in sorted(root.glob("posts/**/*.png"))[:1]:
            found.write_bytes(f"redrawn {n}".encode())
    else:
        for found in sorted(root.glob("posts/**/*.png"))[-1:]:
            found.unlink()


EDITS = [edit_body, edit_title, add_post, delete_post, rename_post, add_comment, edit_template, edit_config,
         edit_static, toggle_draft, break_post, repair, add_page, edit_page, delete_page, comment_on_page,
         edit_comment_server, edit_figure]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(EDITS), st.integers(0, 50)), min_size=1, max_size=6),
       jobs=st.sampled_from([1, 2]))
def test_incremental_equals_reference_after_every_edit(steps, jobs, monkeypatch):
    from blogbuild.incremental import workers

    monkeypatch.setattr(workers, "PARALLEL_ITEMS", 3)  # let the workers take part at this size
    monkeypatch.setattr(workers, "PARALLEL_PAGES", 10)
    with tempfile.TemporaryDirectory() as tmp:
        root = copy_example(Path(tmp))
        build(root, jobs=jobs)
        for edit, n in steps:
            edit(root, n)
            got, want = incremental(root, jobs), reference(root)
            assert isinstance(got, str) == isinstance(want, str), (edit.__name__, got if isinstance(got, str) else want)
            if isinstance(want, str):
                assert got == want
            else:
                assert got == want, edit.__name__


def test_page_edits_in_a_row(tmp_path):
    """Every kind of page edit at least once, whatever hypothesis draws: add, body, title, aliases,
    a reply on a page, delete (the navigation of every page changes with most of them)."""
    root = copy_example(tmp_path)
    build(root, jobs=1)
    for edit, n in [(add_page, 0), (edit_page, 3), (edit_page, 4), (edit_page, 5), (comment_on_page, 1),
                    (add_page, 1), (delete_page, 0), (delete_page, 0)]:
        edit(root, n)
        got, want = incremental(root, 1), reference(root)
        assert not isinstance(want, str), want
        assert got == want, (edit.__name__, n)
    assert not list((root / "public").glob("page-*")), "both added pages are gone again"


def test_figure_edits_in_a_row(tmp_path):
    """Every kind of figure edit at least once: a folder post, a figure added, redrawn, deleted."""
    root = copy_example(tmp_path)
    build(root, jobs=1)
    for n in [0, 1, 2, 5, 3, 7, 4]:
        edit_figure(root, n)
        got, want = incremental(root, 1), reference(root)
        assert not isinstance(want, str), want
        assert got == want, n
        published = {path for path in want if path.endswith(".png")}
        sources = {p.name for p in root.glob("posts/**/*.png")}
        assert {path.rpartition("/")[2] for path in published} == sources, n


# ----------------------------------------------------------------------------- every fixture site

def _generated(tmp_path: Path) -> Path:
    posts = {f"2024-{i % 12 + 1:02d}-{i % 27 + 1:02d}-p{i}.md":
             post(f"Post {i}", f"2024-{i % 12 + 1:02d}-{i % 27 + 1:02d}",
                  f"Body {i}: $x_{i}$\n\n```python\nprint({i})\n```\n\n"
                  f"\\begin{{equation}}a\\label{{e{i}}}\\end{{equation}}",
                  tags=f"[t{i % 4}, 中文{i % 2}]", categories=f"[c{i % 3}]")
             for i in range(40)}
    config = "title: G\nurl: https://example.org/\nauthor: A\nposts_per_page: 3\nfeed:\n  entries: 5\n"
    return write_site(tmp_path / "generated", posts, config=config)


SITES = {
    "example": lambda tmp: copy_example(tmp),
    "generated": _generated,
    "subpath": lambda tmp: copy_example(tmp, url="https://example.org/blog/sub/"),
    "live-comments": lambda tmp: copy_example(tmp, url="https://example.org/blog/",
                                              comments={"provider": "isso", "url": "https://c.example.org/"}),
}


@pytest.mark.parametrize("name", list(SITES))
def test_every_fixture_site_is_the_same_built_either_way(name, tmp_path):
    root = SITES[name](tmp_path)
    cold = incremental(root, jobs=2)
    assert not isinstance(cold, str), cold
    assert cold == reference(root)
    assert len(cold) > 20
    (root / "public" / "index.html").unlink()  # warm: the cache serves everything but one file
    assert incremental(root, jobs=1) == cold


# ----------------------------------------------------------------------------- build-time math

def _set_math(root: Path, **keys: str) -> None:
    """Rewrite blog.yaml's math: and mathjax.macros keys (a YAML round trip keeps the rest)."""
    import yaml

    config = yaml.safe_load((root / "blog.yaml").read_text(encoding="utf-8"))
    math = config.setdefault("math", {})
    for key, value in keys.items():
        if key == "macros":
            config.setdefault("mathjax", {})["macros"] = value
        else:
            math[key] = value
    (root / "blog.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")


def _small_math_site(root: Path) -> Path:
    """Three posts with numbered equations and \\eqref, five of them with comments (add_comment
    picks one of five files): the example blog's 400 formulas would make each reference build slow."""
    body = ("Text $x_1^2$ and \\eqref{eq:a}.\n\n<!--more-->\n\n"
            "\\begin{equation}\\RR \\sum_{n=0}^\\infty a_n \\label{eq:a}\\end{equation}\n")
    posts = {f"p{i}.md": post(f"Post {i}", f"2024-01-0{i + 1}", body + f"\nPost {i}: $\\frac{{{i}}}{{2}}$.\n")
             for i in range(5)}
    comments = {f"p{i}": f"- id: {i + 1}\n  author: R\n  date: 2024-02-01 10:00:00\n  body: 'See $a^{i}_b$.'\n"
                for i in range(5)}
    return write_site(root, posts, "title: T\nurl: https://example.org/blog/\nmathjax:\n  macros:\n"
                                   "    RR: \"\\\\mathbb{R}\"\n", comments)


SERVER_MATH_STEPS = [
    lambda root: _set_math(root, render="server"),
    lambda root: edit_body(root, 3),
    lambda root: add_comment(root, 1),
    lambda root: _set_math(root, ex_factor=0.5),
    lambda root: _set_math(root, macros={"RR": "\\mathbb{R}", "half": "\\frac{1}{2}"}),
    lambda root: edit_template(root, 1),
    lambda root: _set_math(root, render="client"),
]


@pytest.mark.skipif(__import__("blogbuild.render.typeset", fromlist=["find_node"]).find_node() is None,
                    reason="needs Node.js (blogbuild[server-math])")
def test_build_time_math_equals_reference_after_every_edit(tmp_path: Path):
    """math.render, math.ex_factor and the macros are inputs too: every edit of them, and the usual
    edits while math is typeset at build time, give the reference's bytes."""
    root = _small_math_site(tmp_path / "site")
    build(root, jobs=2)
    for i, step in enumerate(SERVER_MATH_STEPS):
        step(root)
        got, want = incremental(root, 2), reference(root)
        assert not isinstance(want, str), want
        assert got == want, i
