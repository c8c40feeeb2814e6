"""Feed entries drafted while MathJax typesets (render/feed_drafts.py): a draft filled with each
formula's MathML is what rendering the post with the same MathML gives, byte for byte, and a
`--math server` build's feed is the same whether its entries were drafted ahead or rendered the
plain way. The plain way (render_for_feed with the MathML function) is the reference."""

from __future__ import annotations

import threading

import pytest
from helpers import post, run_cli, write_site
from hypothesis import given, settings
from hypothesis import strategies as st

from blogbuild.render import feed_drafts
from blogbuild.render.feed_drafts import Drafts, draft, fill
from blogbuild.render.markdown import make_markdown, render_for_feed
from blogbuild.render.typeset import TypesetSettings, Typesetter, find_node
from blogbuild.site.models import Post

MD = make_markdown()


def _post(markdown: str, slug: str = "p") -> Post:
    return Post(source="/p.md", display="posts/p.md", slug=slug, title="T", author="A", date=None, markdown=markdown,
                body_line=1, digest="")


class Numbered:
    """A mathml(tex, kind, block) whose answers depend on the order it is called in."""

    def __init__(self) -> None:
        self.calls = []

    def __call__(self, tex: str, kind: str, block: bool) -> str:
        self.calls.append((tex, kind, block))
        tag = "div" if block else "span"
        return f'<{tag} class="math">#{len(self.calls)}:{kind}:{tex}</{tag}>'


PIECES = ["$x^2$", "$$\\int_0^1 f$$\n", "\\begin{equation}a\\label{e}\\end{equation}", "$\\eqref{e}$", "# Head $h$\n",
          "[link $l$](/x/)", "![alt $a$](i.png)", "| $t$ | b |\n|---|---|\n| $c$ | d |\n", "- item $i$\n",
          "text[^n]\n\n[^n]: note $\\beta$\n", "`code $c$`", "<b>$raw$</b>", "\x00", "\\(p\\)", "$5 and $6", "\n\n",
          "> quote $q$\n", "**bold $b$**", "$a$,", "```\n$f$\n```\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=12))
def test_a_filled_draft_is_the_post_rendered_with_that_mathml(pieces):
    post = _post("".join(pieces))
    plain, filled = Numbered(), Numbered()
    want = render_for_feed(MD, post, plain, "/posts/p/")
    made = draft(MD, post, "/posts/p/")
    assert fill(made, filled) == want
    assert filled.calls == plain.calls


def test_a_draft_whose_placeholders_moved_is_refused():
    made = draft(MD, _post("a $x$ b $y$ c"), None)
    assert fill(made, Numbered()) is not None
    swapped = feed_drafts.Draft(made.html.replace("\x000\x00", "\x00T\x00").replace("\x001\x00", "\x000\x00")
                                .replace("\x00T\x00", "\x001\x00"), made.formulas)
    assert fill(swapped, Numbered()) is None
    doubled = feed_drafts.Draft(made.html + "\x001\x00", made.formulas)
    assert fill(doubled, Numbered()) is None


def test_drafts_are_made_in_a_thread_once_started_and_a_failing_one_is_left_out():
    made_in = []

    def make(p: Post):
        made_in.append(threading.current_thread().name)
        if p.slug == "bad":
            raise ValueError("no")
        return draft(MD, p, None)

    drafts = Drafts(make)
    posts = [_post("$x$", "a"), _post("$y$", "bad"), _post("$z$", "c")]
    with drafts.ahead(posts) as start:
        assert made_in == []  # nothing before start(): the caller's thread still prepares Node's work
        start()
        start()  # (once)
    assert made_in == ["blogbuild-feed-drafts"] * 3
    assert drafts.take("a") is not None and drafts.take("bad") is None and drafts.take("c") is not None
    assert drafts.take("a") is None  # taken once
    with Drafts(make).ahead(posts):
        pass  # never started: nothing made, nothing waited for
    assert len(made_in) == 3


CONFIG = """title: Feed drafts
url: https://example.org/blog/
author: Tester
math:
  render: server
mathjax:
  macros:
    RR: '\\mathbb{R}'
"""
BODY = r"""Inline $x^2 + \RR$, and $\ce{H2O}$.

$$
\int_0^1 f(t)\,dt
$$

\begin{equation}\label{eq:one}
e^{i\pi} + 1 = 0
\end{equation}

As Eq. $\eqref{eq:one}$ says; a figure ![fig $f$](fig.png) and a heading follow.

## A heading with $\alpha$

| a | b |
|---|---|
| $\alpha$ | $\frac{1}{2}$ |

- a list item with $\sqrt{2}$[^n]

[^n]: A footnote with $\beta$.
"""


@pytest.mark.skipif(find_node() is None, reason="needs Node.js (pip install 'blogbuild[server-math]')")
def test_a_server_builds_feed_is_the_same_drafted_ahead_or_rendered_plainly(tmp_path, monkeypatch):
    posts = {f"p{n}.md": post(f"P{n}", f"2024-01-{n + 1:02d}", BODY + f"\nPost {n}: $x_{n}$.\n") for n in range(4)}
    posts["broken.md"] = post("Broken", "2024-02-01", "Unbalanced \\(\\frac{1}{2\\) and $\\undefinedmacro$.\n")
    site = write_site(tmp_path / "site", posts, CONFIG)
    found = []
    take = Drafts.take
    monkeypatch.setattr(Drafts, "take", lambda self, slug: found.append(slug) or take(self, slug) or found.remove(slug))
    assert run_cli("build", "-s", str(site), "--no-cache", "-o", str(tmp_path / "drafted"))[0] == 0
    assert sorted(found) == sorted(["p0", "p1", "p2", "p3", "broken"])  # each entry's draft was made ahead
    drafted = (tmp_path / "drafted" / "atom.xml").read_bytes()
    monkeypatch.setattr(Drafts, "take", lambda self, slug: None)  # no drafts: each entry drafted as the feed renders it
    assert run_cli("build", "-s", str(site), "--no-cache", "-o", str(tmp_path / "late"))[0] == 0
    monkeypatch.setattr("blogbuild.render.posts.fill", lambda made, mathml: None)  # the plain way, whole
    assert run_cli("build", "-s", str(site), "--no-cache", "-o", str(tmp_path / "plain"))[0] == 0
    assert drafted == (tmp_path / "late" / "atom.xml").read_bytes() == (tmp_path / "plain" / "atom.xml").read_bytes()
    assert drafted.count(b"&lt;math ") >= 4 * 9  # (the entries are escaped HTML)


@pytest.mark.skipif(find_node() is None, reason="needs Node.js (pip install 'blogbuild[server-math]')")
@pytest.mark.parametrize("processes", [1, 2])
def test_the_typesetter_says_once_when_node_has_the_work(processes):
    """Typesetter.typeset's sent(): called once, after the requests are handed over and before the
    answers are all in (the drafts are made in that time), with one worker or several."""
    docs = [[f'<span class="math inline">\\({n}x^{{{k}}}\\)</span>' for k in range(300)] for n in range(2)]
    calls = []
    with Typesetter(TypesetSettings((), "/fonts", 0.5), processes=processes) as typesetter:
        out = typesetter.typeset(docs, sent=lambda: calls.append(len(typesetter._workers)))
    assert calls == [processes] and len(out) == 2 and all(len(d.math) == 300 for d in out)
