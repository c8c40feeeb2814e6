"""render_post_and_feed: the page, the excerpt and the feed HTML from one parse, byte for byte
what render_post and render_for_feed give separately."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from blogbuild.incremental.dispatch import installed
from blogbuild.render.feed import tex_to_mathml
from blogbuild.render.markdown import make_markdown, render_for_feed, render_post, render_post_and_feed
from blogbuild.site.models import Post

ROOT = Path(__file__).parent.parent
DOCS = sorted((ROOT / "posts").glob("*.md")) + sorted((ROOT / "tests" / "fixtures").glob("*.md"))
MD = make_markdown()


def _post(text: str, summary: str | None = None) -> Post:
    return Post(source=Path("/x.md"), display="posts/x.md", slug="x", title="t", author="a",
                date=dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc), markdown=text, body_line=5,
                digest="d", summary=summary)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
@pytest.mark.parametrize("mathml", [tex_to_mathml, None], ids=["mathml", "mathjax"])
def test_one_parse_gives_the_same_html(path, mathml):
    assert installed(MD), "the parser the build uses dispatches: test that one"
    for post in (_post(path.read_text(encoding="utf-8")), _post("Note[^1] $x$.\n\n[^1]: a \\(y\\)", "S $z$")):
        seen = []
        rendered, feed = render_post_and_feed(MD, post, seen.append, mathml)
        assert len(seen) == 1
        assert rendered == render_post(MD, post)
        assert feed == render_for_feed(MD, post, mathml)


def test_no_feed_unless_asked():
    assert render_post_and_feed(MD, _post("$x$"))[1] is None
