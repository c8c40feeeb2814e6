"""A cache keyed by content (issue 23 item 1): the cache one checkout made serves another checkout
of the same sources at another path with other mtimes (what a CI cache step gives), and never
serves stale output when a file's bytes change while its mtime does not."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from helpers import copy_example, tree
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blogbuild.build import build
from blogbuild.cache import CACHE_DIR


def checkout(source: Path, dest: Path, *, with_cache: bool) -> Path:
    """A fresh copy of source's sources at dest, every file's mtime now (as a clone's are), and
    source's cache copied in when with_cache (as actions/cache restores it)."""
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns("public", ".blogbuild-*"))
    now = time.time_ns()
    for path in [dest, *dest.rglob("*")]:
        os.utime(path, ns=(now, now))
    if with_cache:
        shutil.copytree(source / CACHE_DIR, dest / CACHE_DIR)
    return dest


def cold(source: Path, dest: Path, math: str | None = None) -> dict[str, bytes]:
    """The output of a --no-cache build of a cache-less copy of source."""
    report = build(checkout(source, dest, with_cache=False), cache=False, jobs=1, math=math)
    assert report.rendered == report.posts and report.cached == 0
    return tree(dest / "public")


@pytest.mark.parametrize("math", [None, "server"], ids=["blog.yaml-math", "server-math"])
def test_cache_copied_into_another_checkout_renders_no_post(tmp_path: Path, math: str | None):
    first = copy_example(tmp_path)
    build(first, jobs=1, math=math)
    clone = checkout(first, tmp_path / "elsewhere" / "clone", with_cache=True)
    report = build(clone, jobs=1, math=math)
    assert not report.skipped  # other path, other mtimes: the content is what is checked
    assert report.posts > 5 and report.rendered == 0 and report.cached == report.posts
    assert tree(clone / "public") == cold(first, tmp_path / "cold", math)


def test_cache_copied_into_a_checkout_with_an_edited_post_renders_that_post(tmp_path: Path):
    first = copy_example(tmp_path)
    build(first, jobs=1)
    clone = checkout(first, tmp_path / "clone", with_cache=True)
    victim = sorted((clone / "posts").glob("*.md"))[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    report = build(clone, jobs=1)
    assert report.rendered == 1 and report.cached == report.posts - 1
    assert tree(clone / "public") == cold(clone, tmp_path / "cold")


def _same_size_edit(text: str, where: int, char: str) -> str:
    """text with one ASCII letter of its body replaced by char (bytes change, size does not)."""
    body = text.index("\n---", 3) + 4
    letters = [i for i in range(body, len(text)) if text[i].isascii() and text[i].isalpha() and text[i] != char]
    i = letters[where % len(letters)]
    return text[:i] + char + text[i + 1:]


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(which=st.integers(0, 50), where=st.integers(0, 10_000), char=st.sampled_from("qxzQXZ"),
       copied=st.booleans())
def test_same_mtime_and_size_different_bytes_is_never_served_stale(tmp_path_factory, which: int, where: int,
                                                                    char: str, copied: bool):
    """A post rewritten with other bytes of the same size and given back its old mtime, in the
    same checkout or in a copy made with the cache: the output is that of a clean build."""
    base = tmp_path_factory.mktemp("stale")
    site = copy_example(base)
    build(site, jobs=1)
    if copied:
        site = checkout(site, base / "clone", with_cache=True)
    # a published post (a draft is not built, so it renders nothing whatever its bytes)
    posts = sorted(p for p in (site / "posts").glob("*.md") if "\ndraft: true\n" not in p.read_text(encoding="utf-8"))
    victim = posts[which % len(posts)]
    st_before = victim.stat()
    old = victim.read_text(encoding="utf-8")
    new = _same_size_edit(old, where, char)
    assert new != old and len(new.encode()) == len(old.encode())
    victim.write_text(new, encoding="utf-8")
    os.utime(victim, ns=(st_before.st_atime_ns, st_before.st_mtime_ns))
    report = build(site, jobs=1)
    assert not report.skipped and report.rendered == 1
    assert tree(site / "public") == cold(site, base / "cold")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["posts", "a", ".", "..", "", ".x", "x.md", "é"]), min_size=1, max_size=6),
       st.sampled_from(["/tmp/site", "/tmp/site/", "/tmp/a/../site", "/"]))
def test_a_files_place_in_the_site_is_relpaths(parts, root):
    """The cache's keys name a file by its path in the site: the fast way (a prefix cut) gives what
    os.path.relpath gives, for any spelling of the path."""
    from blogbuild.incremental.layer import _site_path

    path = os.path.join(root, *parts)
    assert _site_path(path, Path(root)) == os.path.relpath(path, root).replace(os.sep, "/")
