"""Comments files parsed once (IncrementalCache.parse_comments): YAML costs ~0.15 ms a comment, so a
blog with 20,000 comments paid seconds on every edit. A comments file whose bytes are unchanged is
not parsed again, in this checkout or in another one (the cache keyed by content, as for posts);
one whose bytes changed is; one with an error says so on every build, as without the cache."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from helpers import copy_example, tree
from test_portable_cache import checkout

import blogbuild.site.load
from blogbuild.build import build
from blogbuild.errors import BlogbuildError


def _cold(root: Path, tmp_path: Path, name: str = "cold") -> dict[str, bytes]:
    copy = tmp_path / name
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("public", ".blogbuild-*"))
    build(copy, cache=False, jobs=1)
    return tree(copy / "public")


@pytest.fixture
def parsed(monkeypatch) -> list[str]:
    """The comments files the build parses (names), from the moment it is asked for."""
    seen: list[str] = []
    real = blogbuild.site.load.parse_comment_files

    def spy(paths, root, config, read=None):
        seen.extend(Path(p).name for p in paths)
        return real(paths, root, config, read)

    monkeypatch.setattr(blogbuild.site.load, "parse_comment_files", spy)
    return seen


def _edit_post(root: Path) -> None:
    path = sorted((root / "posts").glob("*.md"))[0]
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")


def _add_comment(path: Path, cid: int = 99001, author: str = "Newcomer") -> None:
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n"
                    f"- id: {cid}\n  author: {author}\n  date: 2030-01-01 10:00:00\n"
                    "  body: 'A new comment with $x_1$ in it.'\n", encoding="utf-8")


def test_an_edit_parses_no_comments_file_and_a_new_comment_parses_its_file(tmp_path, parsed):
    site = copy_example(tmp_path)
    files = sorted(p.name for p in (site / "comments").glob("*.yaml"))
    build(site, jobs=1)
    assert sorted(parsed) == files and len(files) > 3  # the first build parses each file
    parsed.clear()
    _edit_post(site)
    assert build(site, jobs=1).rendered == 1
    assert parsed == []
    assert tree(site / "public") == _cold(site, tmp_path)
    target = site / "comments" / files[1]
    _add_comment(target)
    parsed.clear()  # (the reference build above parses every file)
    build(site, jobs=1)
    assert parsed == [files[1]]
    assert tree(site / "public") == _cold(site, tmp_path)
    assert "Newcomer" in (site / "public" / "comments" / "index.html").read_text(encoding="utf-8")


def test_a_cache_copied_into_another_checkout_parses_no_comments_file(tmp_path, parsed):
    first = copy_example(tmp_path)
    build(first, jobs=1)
    clone = checkout(first, tmp_path / "elsewhere" / "clone", with_cache=True)  # new mtimes, new path
    parsed.clear()
    report = build(clone, jobs=1)
    assert not report.skipped and parsed == []
    assert tree(clone / "public") == _cold(first, tmp_path)


def test_a_same_size_change_with_the_old_mtime_is_parsed_again(tmp_path, parsed):
    site = copy_example(tmp_path)
    path = sorted((site / "comments").glob("*.yaml"))[0]
    build(site, jobs=1)
    text = path.read_text(encoding="utf-8")
    before = path.stat()
    path.write_bytes(_same_size(text))
    assert path.stat().st_size == before.st_size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    parsed.clear()
    build(site, jobs=1)
    assert parsed == [path.name]
    assert tree(site / "public") == _cold(site, tmp_path)


def _same_size(text: str) -> bytes:
    """The first comment's time one minute later or earlier (ASCII digits: the same size)."""
    match = re.search(r"\d\d:\d(\d):\d\d", text)
    i = match.start(1)
    return (text[:i] + ("1" if text[i] == "0" else "0") + text[i + 1:]).encode("utf-8")


def test_a_file_with_an_error_is_parsed_and_reported_on_every_build(tmp_path, parsed):
    site = copy_example(tmp_path)
    build(site, jobs=1)
    path = sorted((site / "comments").glob("*.yaml"))[0]
    path.write_text(path.read_text(encoding="utf-8") + "- id: 5\n  author: X\n  body: no date\n", encoding="utf-8")
    messages = []
    for _ in range(2):
        parsed.clear()
        with pytest.raises(BlogbuildError) as e:
            build(site, jobs=1)
        messages.append(str(e.value))
        assert parsed == [path.name]
    assert messages[0] == messages[1] and "'date' is missing" in messages[0]
    with pytest.raises(BlogbuildError) as reference:
        build(site, jobs=1, cache=False)
    assert str(reference.value) == messages[0]


def test_an_id_used_again_in_a_new_file_is_found_against_a_stored_one(tmp_path, parsed):
    """The check that no two files use one id runs on every build, stored files included, and names
    the second file and the line of its id, as a build without the cache does."""
    site = copy_example(tmp_path)
    build(site, jobs=1)
    files = sorted((site / "comments").glob("*.yaml"))
    used = int(files[0].read_text(encoding="utf-8").split("- id: ")[1].split("\n")[0])
    _add_comment(files[-1], cid=used, author="Twice")
    parsed.clear()
    with pytest.raises(BlogbuildError) as e:
        build(site, jobs=1)
    assert parsed == [files[-1].name]
    assert f"comment id {used} is also used in comments/{files[0].name}" in str(e.value)
    with pytest.raises(BlogbuildError) as reference:
        build(site, jobs=1, cache=False)
    assert str(reference.value) == str(e.value)
    line = files[-1].read_text(encoding="utf-8").splitlines().index(f"- id: {used}") + 1
    assert f"comments/{files[-1].name}:{line}" in str(e.value)


def _comment_file(root: Path, body: str, cid: int = 7) -> Path:
    path = sorted((root / "comments").glob("*.yaml"))[0]
    path.write_text(f"- id: {cid}\n  author: Reader\n  date: 2024-06-01 10:00:00\n  body: '{body}'\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("change", ["body", "id"])
def test_a_comment_changed_in_place_is_rendered_again(tmp_path, change):
    """A comment's HTML is kept under what it depends on: its body, and its id (the prefix of its
    \\label keys, so that they never clash with the post's). Changing either in place shows."""
    site = copy_example(tmp_path)
    _comment_file(site, "See $x \\label{a}$ and $\\eqref{a}$, Wombat.")
    build(site, jobs=1)
    if change == "body":
        path = _comment_file(site, "See $x \\label{a}$ and $\\eqref{a}$, Platypus.")
    else:
        path = _comment_file(site, "See $x \\label{a}$ and $\\eqref{a}$, Wombat.", cid=8)
    build(site, jobs=1)
    slug = path.stem
    page = next((site / "public").rglob(f"{slug}/index.html")).read_text(encoding="utf-8")
    assert ("Platypus" in page) == (change == "body") and ("Wombat" in page) == (change == "id")
    assert ("comment-8:a" in page) == (change == "id")
    assert tree(site / "public") == _cold(site, tmp_path)
