"""render.pages.Planner: a build plans the pages of the posts it changed first, and starts their
search bundles from them (write/search_ahead.py), before it plans the rest. Those pages must be the
plan's own, and the bundle order it gives without planning must be the order of the plan."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import copy_example, post, write_site

from blogbuild.build import render_content
from blogbuild.cache import Cache
from blogbuild.render.pages import Planner, plan_site
from blogbuild.site.config import load_config
from blogbuild.site.load import load_site
from blogbuild.write.search_index import search_order


def _inputs(root: Path) -> tuple:
    config = load_config(root)
    site = load_site(root, config)
    rendered, feed_html, comment_html, _problems, _fresh, _changed, previews = render_content(
        site, config, Cache())
    _PREVIEWS[id(site)] = previews
    return site, config, rendered, comment_html, feed_html


_PREVIEWS: dict[int, dict[str, str]] = {}


def _aliased_site(root: Path) -> Path:
    """Posts out of date order in their files, site pages (one in the navigation), aliases, a draft."""
    posts = {f"p{i}.md": post(f"Post {i}", f"2024-0{1 + i % 9}-1{i % 10}", f"Body {i}.", slug=f"p{i}")
             for i in range(7)}
    posts["p3.md"] = post("Post 3", "2024-04-13", "Body 3.", slug="p3", aliases="[/old/3/, /old/3.html]")
    posts["draft.md"] = post("Draft", "2024-05-01", "Not yet.", draft="true")
    write_site(root, posts, config="title: T\nurl: https://example.org/\nauthor: A\npermalink: /{year}/{slug}/\n")
    (root / "pages").mkdir()
    (root / "pages" / "about.md").write_text(post("About", "2024-01-01", "Me.", nav="1"), encoding="utf-8")
    (root / "pages" / "colophon.md").write_text(post("Colophon", "2024-01-01", "Made."), encoding="utf-8")
    return root


@pytest.fixture(params=["example", "aliased"])
def inputs(request, tmp_path):
    root = copy_example(tmp_path) if request.param == "example" else _aliased_site(tmp_path / "aliased")
    return _inputs(root)


def test_the_search_order_without_planning_is_the_plans(inputs):
    planner = Planner(*inputs)
    order = planner.search_order()
    assert order == search_order(planner.plan().pages)
    site = inputs[0]
    assert len(order) == len(site.posts) + len(site.pages) > 2


def test_the_pages_planned_first_are_the_plans_own(inputs):
    site = inputs[0]
    slugs = {site.posts[0].slug, site.posts[-1].slug, site.pages[0].slug}
    planner = Planner(*inputs)
    first = planner.post_pages(slugs)
    plan = planner.plan()
    assert sorted(p.source.slug for p in first) == sorted(slugs)
    assert all(any(p is q for q in plan.pages) for p in first)
    assert {p.template for p in first} == {"post.html", "page.html"}
    assert planner.post_pages(set()) == [] and planner.post_pages({"no-such-post"}) == []


def test_planning_in_two_steps_gives_plan_sites_pages(inputs):
    """plan_site (one step) and Planner (the changed posts first) give the same pages, in order."""
    planner = Planner(*inputs)
    planner.post_pages({inputs[0].posts[1].slug})
    two_steps = planner.plan()
    one_step = plan_site(*inputs)
    assert [(p.output, p.template, p.source, p.alias) for p in two_steps.pages] == \
        [(p.output, p.template, p.source, p.alias) for p in one_step.pages]
    assert [p.context for p in two_steps.pages] == [p.context for p in one_step.pages]


def test_the_previews_kept_with_the_comments_are_the_ones_made_from_their_html(inputs):
    """The build keeps each comment's preview with its HTML (render_content); the plan with them is
    the plan that makes them from the HTML."""
    site = inputs[0]
    previews = _PREVIEWS[id(site)]
    assert len(previews) == len(site.comments) > 0 or not site.comments
    kept = Planner(*inputs, previews).plan()
    made = Planner(*inputs).plan()
    assert [p.context for p in kept.pages] == [p.context for p in made.pages]
    assert kept.common["recent_comments"] == made.common["recent_comments"]
