"""Pagefind's service started first for a Chinese or Japanese site (cache.Early, the speed layer's
early_start; write/search_ahead.py takes it): its word segmenter (~0.25 s) loads while the build
imports and reads, instead of after, when an edited post's bundle waited for it. It changes no
byte: a site built again and again with it has the index of a fresh `--no-cache` build.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import post, run_cli, tree, write_site

from blogbuild.cache import Cache
from blogbuild.incremental import IncrementalCache
from blogbuild.site.folders import CACHE_DIR, SEARCH_MARK
from blogbuild.site.models import BuildOptions
from blogbuild.write import search_index
from blogbuild.write.pagefind_service import Service
from blogbuild.write.search_ahead import SearchAhead

pytestmark = pytest.mark.skipif(search_index.pagefind_executable() is None,
                                reason="needs pagefind[extended] (pip install 'blogbuild[search]')")

ZH = "title: T\nurl: https://example.org/\nlanguage: zh\npermalink: /p/{slug}/\n"
POSTS = {f"p{i}.md": post(f"文章{i}", f"2024-01-{i + 1:02d}", f"矩阵指数的第{i}个性质：$e^{{A}}$。") for i in range(5)}


def _early(site: Path, search: bool = True) -> Service | None:
    return IncrementalCache(site, BuildOptions()).early_start("client", search).search


def test_when_a_build_starts_pagefind_early(tmp_path: Path):
    site = tmp_path / "site"
    (site / CACHE_DIR).mkdir(parents=True)
    assert _early(site) is None  # never built: nothing says it is indexed
    for language in ("zh", "zh-CN", "ja"):
        (site / CACHE_DIR / SEARCH_MARK).write_text(language, encoding="utf-8")
        service = _early(site)
        assert isinstance(service, Service) and service.warmed == language
        service.close(now=True)
        assert _early(site, search=False) is None  # --no-search
    (site / CACHE_DIR / SEARCH_MARK).write_text("en", encoding="utf-8")
    assert _early(site) is None  # no segmenter to load: the service starts in no time when needed
    assert Cache().early_start(None, True).search is None  # --no-cache: the reference starts none


def test_the_mark_says_the_language_of_the_last_index(tmp_path: Path):
    site = write_site(tmp_path / "site", POSTS, ZH)
    mark = site / CACHE_DIR / SEARCH_MARK
    assert run_cli("build", "-s", str(site))[0] == 0
    assert mark.read_text(encoding="utf-8") == "zh"
    assert run_cli("build", "-s", str(site), "--no-search")[0] == 0
    assert not mark.exists()
    assert run_cli("build", "-s", str(site))[0] == 0
    (site / "blog.yaml").write_text(ZH + "search: false\n", encoding="utf-8")
    assert run_cli("build", "-s", str(site))[0] == 0
    assert not mark.exists()


def test_search_ahead_takes_an_early_service_of_the_same_pagefind_only(tmp_path: Path):
    out = tmp_path / "public"
    (out / search_index.FOLDER).mkdir(parents=True)
    executable = search_index.pagefind_executable()
    early = Service(executable)
    early.warm("zh")
    with SearchAhead(out, "zh", True, None, early) as ahead:
        assert ahead._service is early
    assert early._process.poll() is not None  # ended with the build's use of it
    other = Service(executable)
    other.executable = Path("/elsewhere/pagefind")  # another Pagefind than the build would run
    with SearchAhead(out, "zh", True, None, other) as ahead:
        assert ahead._service is not other and ahead._service is not None
        assert other._process.wait(timeout=10) is not None
        assert ahead._service.warmed == "zh"
    late = Service(executable)  # not warmed (the site was English last time): warmed now
    with SearchAhead(out, "ja", True, None, late) as ahead:
        assert ahead._service is late and late.warmed == "ja"
    unused = Service(executable)
    with SearchAhead(out, "zh", False, None, unused) as ahead:  # this build makes no index
        assert ahead._service is None
        assert unused._process.wait(timeout=10) is not None


def test_a_chinese_site_edited_with_the_early_service_has_a_fresh_builds_index(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(search_index, "CHUNK", 2)
    site = write_site(tmp_path / "site", POSTS, ZH)
    assert run_cli("build", "-s", str(site))[0] == 0
    taken = []
    init = SearchAhead.__init__

    def spy(self, out, language, enabled, memory=None, early=None):
        init(self, out, language, enabled, memory, early)
        taken.append(early is not None and self._service is early)

    monkeypatch.setattr(SearchAhead, "__init__", spy)
    for i in (1, 3):
        path = site / "posts" / f"p{i}.md"
        path.write_text(path.read_text(encoding="utf-8") + "\n新的一段：行列式与迹。\n", encoding="utf-8")
        assert run_cli("build", "-s", str(site))[0] == 0
    assert taken == [True, True]
    fresh = tmp_path / "fresh"
    shutil.copytree(site, fresh, ignore=shutil.ignore_patterns("public", ".blogbuild-cache"))
    assert run_cli("build", "-s", str(fresh), "--no-cache")[0] == 0
    assert tree(site / "public" / "pagefind") == tree(fresh / "public" / "pagefind")
