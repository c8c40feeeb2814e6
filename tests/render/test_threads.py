"""Comment threads on random reply structures: each comment shown under the comment it answers
(or, past the fourth level, under its ancestor there), oldest first; replies that go round in a
circle are one error naming the file and the first comment of the circle.

Expectations are computed here from the parent list alone; the pages are read with html.parser.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import yaml
from helpers import post, run_cli, shown_under, write_site
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st


class Nesting(HTMLParser):
    """Each <li id="comment-N"> → the id of the nearest enclosing comment (None at the top), in
    document order; the reply-to links' targets."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str | None] = []
        self.shown: list[tuple[str, str | None]] = []
        self.reply_links: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "li":
            cid = a.get("id", "") or ""
            cid = cid.removeprefix("comment-") if cid.startswith("comment-") else None
            if cid is not None:
                enclosing = next((x for x in reversed(self.stack) if x is not None), None)
                self.shown.append((cid, enclosing))
            self.stack.append(cid)
        elif tag == "a" and "reply-to" in (a.get("class") or "").split():
            current = next(x for x in reversed(self.stack) if x is not None)
            self.reply_links[current] = a["href"]

    def handle_endtag(self, tag):
        if tag == "li":
            self.stack.pop()


def _site(tmp: Path, parents: list[int | None], minutes: list[int]) -> Path:
    items = [{"id": i + 1, "author": f"R{i + 1}", "date": f"2024-03-01 {m // 60:02d}:{m % 60:02d}:00",
              "body": f"c{i + 1}", **({"parent": p + 1} if p is not None else {})}
             for i, (p, m) in enumerate(zip(parents, minutes, strict=True))]
    return write_site(tmp, {"hello.md": post("Hello", "2024-02-01")}, "title: T\nurl: https://example.org/\n",
                      comments={"hello": yaml.safe_dump(items)})


def _circle_start(parents: list[int | None]) -> int | None:
    """The first comment (in file order) that its own replies lead back to."""
    for start in range(len(parents)):
        seen, node = set(), parents[start]
        while node is not None and node not in seen and node != start:
            seen.add(node)
            node = parents[node]
        if node == start:
            return start
    return None


@st.composite
def forests(draw) -> tuple[list[int | None], list[int]]:
    """Replies to earlier comments (a forest, with deep chains), dates in any order; sometimes a
    circle: a comment made to answer one of its own replies (or a chain round to itself)."""
    n = draw(st.integers(1, 14))
    parents = [draw(st.one_of(st.none(), st.integers(max(0, i - 3), i - 1))) if i else None for i in range(n)]
    minutes = draw(st.lists(st.integers(0, 1439), min_size=n, max_size=n, unique=True))
    kind = draw(st.sampled_from(["forest", "answers a later one", "circle"])) if n > 1 else "forest"
    if kind == "answers a later one":  # still a forest, unless it happens to close a circle
        i = draw(st.integers(0, n - 2))
        parents[i] = draw(st.integers(i + 1, n - 1))
    elif kind == "circle":
        j = draw(st.integers(1, n - 1))
        ancestors, node = [], parents[j]
        while node is not None:
            ancestors.append(node)
            node = parents[node]
        if ancestors:
            parents[draw(st.sampled_from(ancestors))] = j
        else:
            parents[j], parents[j - 1] = j - 1, j
    return parents, minutes


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(forest=forests())
def test_threads_nest_as_the_parents_say(tmp_path_factory, capsys, forest):
    parents, minutes = forest
    root = _site(tmp_path_factory.mktemp("threads"), parents, minutes)
    code, _out, err = run_cli("build", "-s", str(root), "--no-cache", capsys=capsys)
    start = _circle_start(parents)
    event("a circle" if start is not None else "a forest")
    if start is not None:
        assert code == 1 and err.startswith(f"comments/hello.yaml:{4 * start + 1 + _lines_before(parents, start)}: "
                                            f"comment {start + 1}: replies go round in a circle: {start + 1} → ")
        return
    assert (code, err) == (0, "")

    order = sorted(range(len(parents)), key=lambda i: minutes[i])
    want: dict[str | None, list[str]] = {}
    for i in order:
        h = shown_under(parents, i)
        want.setdefault(None if h is None else str(h + 1), []).append(str(i + 1))
    page = Nesting()
    page.feed((root / "public" / "archives" / "hello" / "index.html").read_text(encoding="utf-8"))
    got: dict[str | None, list[str]] = {}
    for cid, enclosing in page.shown:
        got.setdefault(enclosing, []).append(cid)
    assert got == want
    assert page.reply_links == {str(i + 1): f"#comment-{p + 1}" for i, p in enumerate(parents) if p is not None}


def _lines_before(parents: list[int | None], start: int) -> int:
    """Lines of 'parent:' keys in the items before `start` (yaml.safe_dump writes keys sorted:
    author, body, date, id, parent; each item is 4 lines, 5 with a parent)."""
    return sum(p is not None for p in parents[:start])


def test_a_comment_cannot_reply_to_itself(tmp_path, capsys):
    root = _site(tmp_path, [None, 1], [0, 1])
    code, _out, err = run_cli("build", "-s", str(root), capsys=capsys)
    # items are dumped with sorted keys: the second starts on line 5, its parent: on line 9
    assert code == 1 and err == "comments/hello.yaml:9: comment: comment 2 cannot reply to itself\n"
