"""Section headings: readable, unique ids that never take one the page uses for something else, a
visible anchor link on each, and a table of contents that lists exactly the headings (read here
from the built page with html.parser, not with the code under test)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from helpers import post, run_cli, write_site
from hypothesis import given
from hypothesis import strategies as st

from blogbuild.render.markdown import make_markdown

MD = make_markdown()


class Ids(HTMLParser):
    """Every id of a page; the h2–h4 headings of the post body (id, text without the anchor's '#',
    the anchor's href); the links of each table of contents (by its class)."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.headings: list[dict] = []
        self.tocs: dict[str, list[str]] = {}
        self._heading: dict | None = None
        self._toc: str | None = None
        self._in_anchor = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.append(a["id"])
        if tag in ("h2", "h3", "h4") and self._toc is None and "id" in a:
            self._heading = {"id": a["id"], "text": "", "anchor": None}
        elif tag == "a" and self._heading is not None and a.get("class") == "heading-anchor":
            self._heading["anchor"] = a["href"]
            self._in_anchor = True
        elif tag in ("nav", "details") and "toc" in (a.get("class") or "").split():
            self._toc = a["class"]
            self.tocs[self._toc] = []
        elif tag == "a" and self._toc is not None:
            self.tocs[self._toc].append(a["href"])

    def handle_endtag(self, tag):
        if tag in ("h2", "h3", "h4") and self._heading is not None:
            self.headings.append(self._heading)
            self._heading = None
        elif tag == "a":
            self._in_anchor = False
        elif tag in ("nav", "details"):
            self._toc = None

    def handle_data(self, data):
        if self._heading is not None and not self._in_anchor:
            self._heading["text"] += data


def _ids(markdown: str) -> list[str]:
    return re.findall(r'<h[234] id="([^"]*)"', MD.render(markdown))


def test_ids_are_readable_and_unique():
    assert _ids("## Hello world\n\n## Hello world\n\n### 定理 1\n\n## `code` here") == [
        "hello-world", "hello-world-1", "定理-1", "code-here"]  # as mdit-py-plugins' anchors plugin


def test_formulas_count_in_ids_and_taken_ids_are_avoided():
    assert _ids("## Hello $x^2$ world\n\n## $\\alpha$\n\n## $$\n\n## cite\n\n## comments\n\n## mjx-eqn\n\n"
                "## fn1\n\n## comment-3\n\n## section") == [
        "hello-x²-world", "α", "section", "section-cite", "section-comments", "section-mjx-eqn", "section-fn1",
        "section-comment-3", "section-1"]  # a heading "section": the empty one had it


_PIECES = st.sampled_from(list("ab $\\x^2-_#:中文") + ["mjx-eqn", "fn1", "cite", "$\\alpha$", "section"])


@given(st.lists(st.lists(_PIECES, max_size=6).map("".join), min_size=1, max_size=8))
def test_any_headings_get_unique_ids_that_are_not_taken(texts):
    markdown = "\n\n".join(f"## {t}" for t in texts) + "\n\n[^1]\n\n[^1]: note\n"
    html = MD.render(markdown)
    ids = re.findall(r' id="([^"]*)"', html)
    assert len(ids) == len(set(ids)), ids
    heading_ids = re.findall(r'<h2 id="([^"]*)"', html)
    assert len(heading_ids) == len(texts)
    for ident in heading_ids:
        assert ident and not re.fullmatch(r"mjx-.*|fn\d+|fnref\d+|comment-.*|cite|comments|main", ident), ident
        assert f'<a class="heading-anchor" href="#{ident}"' in html


BODY = """Intro with $x$.

## First part

Text $\\begin{equation}a=b\\label{eq:first}\\end{equation}$ and \\eqref{eq:first}.

## The $\\alpha$ part

### A detail

## mjx-eqn:eq:first

```python
print("hi")
```
"""


@pytest.fixture(scope="module", params=["client", "server"])
def built(request, tmp_path_factory):
    root = tmp_path_factory.mktemp(f"toc-{request.param}")
    write_site(root, {"a.md": post("A", slug="a", body=BODY),
                      "b.md": post("B", slug="b", body=BODY, toc="false"),
                      "c.md": post("C", slug="c", body="## Only one\n\nText.\n", toc="true"),
                      "d.md": post("D", slug="d", body="## One\n\n## Two\n\nText.\n")},
               config=f"title: T\nurl: https://example.org/\nauthor: A\nmath:\n  render: {request.param}\n")
    code, _, err = run_cli("build", "-s", str(root), "--no-cache")
    assert code == 0, err
    return root / "public"


def _page(public, slug) -> Ids:
    return Ids((public / "archives" / slug / "index.html").read_text(encoding="utf-8"))


def test_contents_list_every_heading_in_both_places(built):
    page = _page(built, "a")
    assert [h["text"].strip() for h in page.headings][:1] == ["First part"]
    assert len(page.headings) == 4
    wanted = [f"#{h['id']}" for h in page.headings]
    assert page.tocs == {"box toc toc-side": wanted, "toc toc-inline": wanted}
    for h in page.headings:
        assert h["anchor"] == f"#{h['id']}"
    assert len(page.ids) == len(set(page.ids)), sorted(i for i in page.ids if page.ids.count(i) > 1)
    assert any(i.startswith("mjx-eqn") for i in page.ids) == (built.parent.name.startswith("toc-server"))


def test_toc_setting_and_threshold(built):
    assert _page(built, "b").tocs == {}  # toc: false
    assert _page(built, "c").tocs == {"box toc toc-side": ["#only-one"], "toc toc-inline": ["#only-one"]}  # toc: true
    assert _page(built, "d").tocs == {}  # two headings: under the threshold


def test_code_copy_script_only_where_there_is_code(built):
    assert "code-copy.js" in (built / "archives/a/index.html").read_text(encoding="utf-8")
    assert "code-copy.js" not in (built / "archives/d/index.html").read_text(encoding="utf-8")


def test_feed_and_description_show_no_anchor(built):
    feed = (built / "atom.xml").read_text(encoding="utf-8")
    assert "heading-anchor" not in feed and "First part" in feed
