"""`blogbuild check` (and the same checks inside `build`): one precise line per mistake."""

from __future__ import annotations

import importlib.util
import shutil
import time

import pytest
from helpers import MATHJAX_DIR, copy_example, post, write_site

from blogbuild.render.check import DATA, check, check_tex, mathjax_environments, mathjax_macros

CONFIG = 'title: T\nurl: https://example.org/blog/\nmathjax:\n  macros:\n    RR: "\\\\mathbb{R}"\n'

# One mistake per paragraph; the front matter written by post() takes lines 1-4, the body starts on 5.
MISTAKES = r"""Braces $$\frac{a}{b$$ and $a}$.

Left \(\left( x \) and right \(x \right)\).

$$
\begin{aligned} a \\ b
$$

An \(\begin{foo} x \end{foo}\) and \(\end{align}\).

Unclosed $x + y and $$z.

See $\eqref{eq:nope}$ and \(\ref{eq:one}\).
\begin{equation}a\label{eq:one}\end{equation}
\begin{equation}b\label{eq:one}\end{equation}

> Macros $\RR \foo \text{\bar}$ in a quote.

- A [missing post](/archives/nope/), a [real one](/archives/bad/), [elsewhere](https://x.org/archives/n/)
  and [absolute](https://example.org/blog/archives/gone/).

| a | b |
|---|---|
| $\weird$ | c |

\begin{pmatrix} never closed
"""

EXPECTED = r"""posts/bad.md:5:18: unbalanced braces: '{' is never closed
posts/bad.md:5:29: unbalanced braces: '}' has no matching '{'
posts/bad.md:7:8: \left without matching \right
posts/bad.md:7:34: \right without matching \left
posts/bad.md:10:1: \begin{aligned} without matching \end{aligned}
posts/bad.md:13:6: unknown environment 'foo'
posts/bad.md:13:38: \end{align} without matching \begin{align}
posts/bad.md:15:10: unclosed '$': no closing '$' in this paragraph (write \$ for a dollar sign)
posts/bad.md:15:21: unclosed '$$'
posts/bad.md:17:6: \eqref{eq:nope}: no \label{eq:nope} in this post
posts/bad.md:19:18: duplicate \label{eq:one} (first at line 18)
posts/bad.md:21:15: unknown macro \foo: MathJax 3 does not define it (declare it under mathjax.macros in blog.yaml)
posts/bad.md:23:20: link to a post that does not exist: /archives/nope/
posts/bad.md:24:18: link to a post that does not exist: https://example.org/blog/archives/gone/
posts/bad.md:28:4: unknown macro \weird: MathJax 3 does not define it (declare it under mathjax.macros in blog.yaml)
posts/bad.md:30:1: \begin{pmatrix} without matching \end{pmatrix}
"""


def bad_site(tmp_path):
    return write_site(tmp_path / "site", {"bad.md": post("Bad", "2024-01-01", MISTAKES)}, CONFIG)


def test_each_mistake_is_one_precise_line(tmp_path, cli):
    code, out, err = cli("check", "-s", str(bad_site(tmp_path)))
    assert (code, err) == (1, "")
    assert out == EXPECTED


def test_clean_example_site_prints_nothing_and_is_fast(tmp_path, cli):
    root = copy_example(tmp_path)
    started = time.process_time()  # CPU time: a busy machine slows the clock, not the work
    assert check(root) == []
    assert time.process_time() - started < 1.0
    assert cli("check", "-s", str(root)) == (0, "", "")


def test_build_warns_and_strict_fails(tmp_path, cli):
    root = bad_site(tmp_path)
    code, out, err = cli("build", "-s", str(root))
    assert code == 0 and out.startswith("Built 1 posts")
    warnings = [line.replace(": warning: ", ": ", 1) for line in err.splitlines() if ": warning: " in line]
    assert "\n".join(warnings) + "\n" == EXPECTED
    code, out, err = cli("build", "-s", str(root), "--strict")  # nothing changed: must still fail
    assert (code, out) == (1, "")
    assert err == EXPECTED


def test_not_mistakes(tmp_path, cli):
    body = (r"Prices $5 and $6, an escaped \$x, a shell `$HOME`, $ alone, and 5$."
            "\n\n"
            r"$\newcommand{\half}{\frac12}\DeclareMathOperator{\tr}{tr}$"
            r"$\half \tr A \RR \operatorname{lse} \{x\} \% 100 \text{a \bad b}$ and $\left.x\right|$"
            "\n\n"
            r"\begin{align}a &= b \label{eq:a}\\ c &= d\end{align} by \eqref{eq:a} and $\ref{eq:a}$."
            "\n\n"
            "```\n$$x \\foo {\n```\n\n[home](/) [tag](/tags/x/) [self](/archives/ok/#eq) [rel](archives/gone/)\n")
    root = write_site(tmp_path / "site", {"ok.md": post("Ok", "2024-01-01", body)}, CONFIG)
    assert cli("check", "-s", str(root)) == (0, "", "")


def test_newcommand_in_prose_defines_nothing(tmp_path, cli):
    body = r"\newcommand{\half}{\frac12} is prose, so $\half$ is unknown."
    root = write_site(tmp_path / "site", {"p.md": post("P", "2024-01-01", body)})
    message = "unknown macro \\half: MathJax 3 does not define it (declare it under mathjax.macros in blog.yaml)"
    assert cli("check", "-s", str(root)) == (1, f"posts/p.md:5:{body.index('$') + 2}: {message}\n", "")


def test_pages_are_checked_too(tmp_path, cli):
    """A page's TeX is checked like a post's; a link to a page is not a link to a missing post
    when pages and posts share the /{slug}/ pattern."""
    root = write_site(tmp_path / "site", {"a.md": post("A", "2024-01-01", "[me](/about/), [x](/x/)")},
                      "title: T\nurl: https://example.org/\npermalink: /{slug}/\n")
    (root / "pages").mkdir()
    (root / "pages" / "about.md").write_text("---\ntitle: About\n---\nSee $\\frac{1}{2$.\n", encoding="utf-8")
    code, out, _err = cli("check", "-s", str(root))
    assert code == 1
    column = "[me](/about/), [x](/x/)".index("/x/") + 1
    assert out.splitlines() == [f"posts/a.md:5:{column}: link to a post that does not exist: /x/",
                                "pages/about.md:4:5: unclosed '$': no closing '$' in this paragraph "
                                "(write \\$ for a dollar sign)"]


def test_permalink_pattern_and_drafts(tmp_path, cli):
    config = "title: T\nurl: https://example.org/\npermalink: /{year}/{month}/{slug}.html\n"
    body = "[b](/2024/02/b.html), [d](/2024/03/d.html), [x](/2024/02/x.html)"
    root = write_site(tmp_path / "site", {
        "a.md": post("A", "2024-01-01", body),
        "b.md": post("B", "2024-02-01", "B."),
        "d.md": post("D", "2024-03-01", "D.", draft="true"),
    }, config)

    def line(href: str) -> str:
        return f"posts/a.md:5:{body.index(href) + 1}: link to a post that does not exist: {href}\n"

    assert cli("check", "-s", str(root)) == (1, line("/2024/03/d.html") + line("/2024/02/x.html"), "")
    assert cli("check", "-s", str(root), "--drafts") == (1, line("/2024/02/x.html"), "")


def test_id_permalink_links_name_posts_by_number(tmp_path, cli):
    """permalink /archives/{id}/: a link names a post by its `id:`; its slug is no longer its URL."""
    config = "title: T\nurl: https://example.org/\npermalink: /archives/{id}/\n"
    body = "[b](/archives/7/), [b's slug](/archives/b/), [x](/archives/8/)"
    root = write_site(tmp_path / "site", {"a.md": post("A", "2024-01-01", body, id="1", slug="a"),
                                          "b.md": post("B", "2024-02-01", "B.", id="7", slug="b")}, config)

    def line(href: str) -> str:
        return f"posts/a.md:7:{body.index(href) + 1}: link to a post that does not exist: {href}\n"

    assert cli("check", "-s", str(root)) == (1, line("/archives/b/") + line("/archives/8/"), "")
    assert cli("build", "-s", str(root), "--no-cache")[0] == 0
    assert "B." in (root / "public" / "archives" / "7" / "index.html").read_text(encoding="utf-8")
    assert not (root / "public" / "archives" / "b").exists()


@pytest.mark.parametrize("front, error", [
    ("", "posts/b.md:2: front matter: 'id' is missing: the permalink /archives/{id}/ numbers posts "
         "(add 'id:' with a number no other post has (`blogbuild new` writes the next free one))"),
    ("id: 3\n", "posts/b.md:3: id 3 is also used by posts/a.md (give one of them another 'id:')"),
    ("id: 0\n", "posts/b.md:3: front matter: 'id' must be a whole number from 1 (the post's number in a "
                "permalink with {id}), got 0"),
    ("id: '3'\n", "posts/b.md:3: front matter: 'id' must be a whole number from 1 (the post's number in a "
                  "permalink with {id}), got '3'"),
])
def test_id_permalink_needs_one_id_per_post(tmp_path, cli, front, error):
    config = "title: T\nurl: https://example.org/\npermalink: /archives/{id}/\n"
    root = write_site(tmp_path / "site", {"a.md": post("A", "2024-01-01", id="3"),
                                          "b.md": f"---\ntitle: B\n{front}date: 2024-01-02\n---\nB.\n"}, config)
    code, out, err = cli("build", "-s", str(root), "--no-cache")
    assert (code, out) == (1, "") and err.splitlines()[0] == error, err
    assert not (root / "public").exists()


def test_check_tex_offsets():
    tex = r"\frac{a}{b} \left( \begin{cases} x \end{array} \unknownthing % \nope {"
    facts = check_tex(tex, mathjax_macros(), mathjax_environments())
    assert facts.problems == [
        (tex.index(r"\end{array}"), r"\end{array} without matching \begin{array}"),
        (tex.index(r"\unknownthing"), (r"unknown macro \unknownthing: MathJax 3 does not define it "
                                       "(declare it under mathjax.macros in blog.yaml)")),
        (tex.index(r"\left"), r"\left without matching \right"),
        (tex.index(r"\begin"), r"\begin{cases} without matching \end{cases}"),
    ]


def test_macro_list_comes_from_mathjax():
    macros = mathjax_macros()
    for name in ["frac", "operatorname", "boldsymbol", "eqref", "mathbb", "ce", "cancel", "color", "bbox",
                 "DeclareMathOperator", "newcommand", "dfrac", "tag", "label", "middle"]:
        assert name in macros, name
    assert "textbf" in macros and "foo" not in macros and "usepackage" not in macros
    assert {"align", "aligned", "pmatrix", "CD", "equation*"} <= mathjax_environments()
    assert "theorem" not in mathjax_environments()


@pytest.mark.skipif(shutil.which("node") is None or not (MATHJAX_DIR / "node-main.js").is_file(),
                    reason="needs node and the npm mathjax package (tests/run.sh installs it)")
def test_committed_lists_match_the_mathjax_package():
    spec = importlib.util.spec_from_file_location("make_mathjax_macros", DATA / "make_mathjax_macros.py")
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    data = generator.collect(MATHJAX_DIR)
    assert {n for n in data["macros"] if generator._NAME.fullmatch(n)} == mathjax_macros()
    assert {n for n in data["environments"] if generator._NAME.fullmatch(n)} == mathjax_environments()
