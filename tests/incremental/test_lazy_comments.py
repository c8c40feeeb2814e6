"""A post's comment views are made only when a page that shows them is rendered, and stand in page
keys for their inputs by a fingerprint (render/lazy_comments.py). So: changing any one of a
comment's inputs in place must still rewrite its post's page; a build must make no view of a post
whose page it does not write; and the recent comments, shown on pages of their own, must read as
in a build that made every view (their replies and "reply to" links are set when their post's
threads are made). Each is checked against a build without the cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import copy_example, tree

import blogbuild.render.pages
from blogbuild.build import build
from blogbuild.render.lazy_comments import ALL, THREADS, PostComments

OLD = """\
- id: 5001
  author: Ann
  date: 2001-01-02 10:00:00+08:00
  body: 'The first, about $x_1$.'
- id: 5002
  author: Reader
  date: 2001-01-02 11:00:00+08:00
  parent: 5001
  body: 'An answer.'
"""
"""Two comments on gaussian-integral, older than any other of the example blog: with
recent_comments 1, no page but the post's shows them (the comments page shows five)."""


def _reference(root: Path, tmp_path: Path) -> dict[str, bytes]:
    copy = tmp_path / "reference"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("public", ".blogbuild-*"))
    build(copy, cache=False, jobs=1)
    return tree(copy / "public")


def _post_page(root: Path, slug: str = "gaussian-integral") -> str:
    return next((root / "public").rglob(f"{slug}/index.html")).read_text(encoding="utf-8")


CHANGES = {
    "author": (("author: Reader", "author: Wombat"), "Wombat"),
    "url": (("  parent: 5001", "  url: https://wombat.example/\n  parent: 5001"), "https://wombat.example/"),
    "date": (("2001-01-02 11:00:00", "2001-01-03 11:30:00"), "2001-01-03"),
    "parent": (("  parent: 5001\n", ""), None),
    "body": (("An answer.", "A platypus."), "A platypus."),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_each_input_of_a_comment_changed_in_place_rewrites_its_post_page(tmp_path, change):
    site = copy_example(tmp_path, recent_comments=1)
    comments = site / "comments" / "gaussian-integral.yaml"
    comments.write_text(OLD, encoding="utf-8")
    build(site, jobs=1)
    assert 'class="reply-to"' in _post_page(site) and "Wombat" not in _post_page(site)
    (before, after), shown = CHANGES[change]
    comments.write_text(OLD.replace(before, after), encoding="utf-8")
    build(site, jobs=1)
    page = _post_page(site)
    if shown is None:  # no longer a reply: no "reply to" link, and no list of replies
        assert 'class="reply-to"' not in page and 'class="replies"' not in page
    else:
        assert shown in page
    assert tree(site / "public") == _reference(site, tmp_path)


@pytest.fixture
def made(monkeypatch) -> list[str]:
    """The ids of the comments whose views a build makes, from the moment it is asked for."""
    seen: list[str] = []
    real = blogbuild.render.pages._comment_view

    def spy(c, *args):
        seen.append(str(c.id))
        return real(c, *args)

    monkeypatch.setattr(blogbuild.render.pages, "_comment_view", spy)
    return seen


def test_an_edit_makes_no_view_of_a_comment_its_pages_do_not_show(tmp_path, made):
    site = copy_example(tmp_path, recent_comments=1)
    (site / "comments" / "gaussian-integral.yaml").write_text(OLD, encoding="utf-8")
    build(site, jobs=1)
    assert {"5001", "5002"} <= set(made)  # the first build writes the post's page
    made.clear()
    post = site / "posts" / "2024-06-01-matrix-determinant-lemma.md"
    post.write_text(post.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    build(site, jobs=1)
    assert made and not {"5001", "5002"} & set(made)  # the recent ones are made, these are not
    assert tree(site / "public") == _reference(site, tmp_path)


THEME_COMMENTS = """{% extends "base.html" %}{% block main %}
{% for c in comments %}<p class="c">{{ c.id }} to {{ c.reply_to.id if c.reply_to else "-" }}, \
{{ c.replies | length }} replies</p>{% endfor %}
{% endblock %}"""


def test_the_comments_page_sees_replies_of_posts_whose_page_is_not_written(tmp_path):
    """A site's own comments.html may show what each recent comment answers and its replies; a
    build that writes that page but not the post's page (a new comment elsewhere) shows them too."""
    site = copy_example(tmp_path, recent_comments=1)
    (site / "comments" / "gaussian-integral.yaml").write_text(OLD.replace("2001", "2031"), encoding="utf-8")
    (site / "templates").mkdir()
    (site / "templates" / "comments.html").write_text(THEME_COMMENTS, encoding="utf-8")
    build(site, jobs=1)
    other = site / "comments" / "rope.yaml"
    other.write_text(other.read_text(encoding="utf-8").rstrip("\n") + "\n- id: 6001\n  author: New\n"
                     "  date: 2032-01-01 10:00:00+08:00\n  body: 'Newer than all.'\n", encoding="utf-8")
    build(site, jobs=1)
    page = (site / "public" / "comments" / "index.html").read_text(encoding="utf-8")
    assert "5002 to 5001, 0 replies" in page and "5001 to -, 1 replies" in page and "6001 to -" in page
    assert tree(site / "public") == _reference(site, tmp_path)


def test_a_comment_list_reads_as_a_list_and_is_made_once():
    calls = []

    def make():
        calls.append(1)
        reply = {"id": "2", "replies": []}
        top = {"id": "1", "replies": [reply]}
        top["replies"].append(reply) if len(calls) > 1 else None  # made twice: a reply shown twice
        return [top, reply], [top]

    every, threads = PostComments(make, "f", 2).views()
    assert len(every) == 2 and bool(every) and not calls  # counting needs no view
    assert list(every) == [every[0], every[1]] and every[-1]["id"] == "2" and every[:1] == [every[0]]
    assert [c["id"] for c in reversed(every)] == ["2", "1"] and every.index(every[1]) == 1
    assert len(threads) == 1 and threads[0]["replies"] == [every[1]] and every == list(every)
    assert every + ["x"] == [every[0], every[1], "x"] and ["x"] + threads == ["x", threads[0]]
    assert calls == [1]
    assert every.fingerprint != threads.fingerprint and "f" in every.fingerprint
    assert (ALL, THREADS) == (0, 1)
    empty, _ = PostComments(lambda: ([], []), "g", 0).views()
    assert not empty and len(empty) == 0
