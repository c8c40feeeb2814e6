"""A post that comes back from the front-matter cache brings the encoding it was digested by when
it was stored (IncrementalCache.parse_posts, Fingerprinter.know), so that 1,000 posts are not
encoded again on every build. That encoding must be the one a freshly parsed post gets: post keys
(which stored HTML a post is shown with) and page keys rest on it."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from helpers import post, write_site

import blogbuild.incremental.snapshot
from blogbuild.build import build
from blogbuild.incremental import IncrementalCache
from blogbuild.incremental.keys import Fingerprinter
from blogbuild.site.config import load_config
from blogbuild.site.load import parse_posts
from blogbuild.site.models import BuildOptions

POSTS = {
    "a.md": post("Alpha", "2024-01-02", "Body $x$.", tags="[x, y]", readers="12"),
    "b.md": post("Beta", "2024-01-03 08:30:00+08:00", "Other body.", categories="[c]", summary="S"),
    "c.md": post("Gamma", "2023-12-31", "Third.", aliases="[/old/3/]", updated="2024-02-01"),
}


@pytest.mark.parametrize("aged", [True, False], ids=["files trusted by signature", "files read and hashed"])
def test_a_cached_post_is_digested_as_a_freshly_parsed_one(tmp_path: Path, monkeypatch, aged: bool):
    site = write_site(tmp_path / "site", POSTS)
    if aged:  # files written long before: their signatures are trusted, and the cache does not read them
        monkeypatch.setattr(blogbuild.incremental.snapshot, "RACY_NS", -10**12)
    build(site, search=False)  # fills the front-matter cache
    config = load_config(site)
    paths = sorted(os.fspath(p) for p in (site / "posts").glob("*.md"))
    cache = IncrementalCache(site, BuildOptions(search=False))
    cache.start(config)
    cached = cache.parse_posts(paths, site, config)
    fresh = parse_posts(paths, site, config)
    assert [replace(p, markdown=None) for p in cached] == [replace(p, markdown=None) for p in fresh]
    trusted = [p for p in paths if cache.snapshot.trusted(cache.snapshot.signature_of(p))]
    assert len(trusted) == (len(paths) if aged else 0)  # the path through parse_posts this case takes
    reference = Fingerprinter()
    assert [cache.fingerprint.digest(p) for p in cached] == [reference.digest(p) for p in fresh]
    assert len({reference.digest(p) for p in fresh}) == len(fresh)  # each its own: the comparison can fail
