"""The pack files that hold the posts' HTML in the build cache (blogbuild/packs.py)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blogbuild.incremental import packs as packs_module
from blogbuild.build import build, forked
from blogbuild.incremental.cache import CACHE_DIR
from blogbuild.incremental.packs import MERGE_AT, Packs
from conftest import copy_example


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def files(folder: Path) -> list[str]:
    return sorted(os.listdir(folder)) if folder.is_dir() else []


def test_values_come_back_from_where_append_put_them(tmp_path: Path):
    packs = Packs(str(tmp_path / "posts"))
    values = [("<p>one</p>", "ex"), ("<p>two</p>" * 1000, ""), ("ü ∑ $x<y$", "")]
    locations = [packs.append(v) for v in values]
    packs.close()
    assert len({loc[0] for loc in locations}) == 1  # one file for the process, not one per value
    assert [packs.loader(loc)() for loc in locations] == values
    assert all(packs.exists(loc) for loc in locations)


def test_each_process_writes_a_pack_of_its_own(tmp_path: Path):
    packs = Packs(str(tmp_path / "posts"))
    mine = packs.append("parent")
    theirs = forked(2, lambda k, n: [packs.append(f"child {k} value {i}") for i in range(3)])
    packs.close()
    names = {mine[0]} | {loc[0] for locs in theirs for loc in locs}
    assert len(names) == 3 and files(tmp_path / "posts") == sorted(names)
    assert [packs.loader(loc)() for loc in theirs[1]] == [f"child 1 value {i}" for i in range(3)]


def test_collect_deletes_what_no_entry_points_into(tmp_path: Path):
    folder = tmp_path / "posts"
    old = Packs(str(folder))
    dead = old.append("old")
    old.close()
    (folder / "stray-file").write_bytes(b"x")
    packs = Packs(str(folder))
    live = {"a": packs.append("new")}
    assert packs.collect(live) == live
    assert files(folder) == [live["a"][0]] and dead[0] not in files(folder)
    assert packs.loader(live["a"])() == "new"


def test_small_packs_are_merged_into_one(tmp_path: Path):
    folder = str(tmp_path / "posts")
    live = {}
    for build_no in range(MERGE_AT - 1):  # one small pack per incremental build
        packs = Packs(folder)
        live[f"k{build_no}"] = packs.append(f"value {build_no}")
        live = packs.collect(live)
    assert len(files(tmp_path / "posts")) == MERGE_AT - 1
    packs = Packs(folder)
    live["last"] = packs.append("last")
    moved = packs.collect(live)
    assert len(files(tmp_path / "posts")) == 1
    assert {key: packs.loader(loc)() for key, loc in moved.items()} == \
        {**{f"k{i}": f"value {i}" for i in range(MERGE_AT - 1)}, "last": "last"}


def test_a_big_pack_mostly_dead_is_rewritten(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(packs_module, "SMALL_PACK", 100)
    folder = str(tmp_path / "posts")
    packs = Packs(folder)
    live = {f"k{i}": packs.append("x" * 50 + str(i)) for i in range(10)}
    assert packs.collect(live) == live  # all alive: kept as it is
    keep = {key: live[key] for key in ("k3", "k7")}
    moved = Packs(folder).collect(keep)
    assert moved["k3"][0] != live["k3"][0] and len(files(tmp_path / "posts")) == 1
    assert [Packs(folder).loader(moved[k])() for k in ("k3", "k7")] == ["x" * 50 + "3", "x" * 50 + "7"]


def test_a_short_pack_is_an_error_to_load_and_is_not_merged(tmp_path: Path):
    folder = tmp_path / "posts"
    live = {}
    for i in range(MERGE_AT):
        packs = Packs(str(folder))
        live[f"k{i}"] = packs.append(f"value {i}" * 10)
        packs.close()
    path = folder / live["k0"][0]
    path.write_bytes(path.read_bytes()[:5])
    with pytest.raises(ValueError):
        Packs(str(folder)).loader(live["k0"])()
    assert Packs(str(folder)).collect(live) == live  # the index keeps pointing at what is there
    assert len(files(folder)) == MERGE_AT


def test_a_changed_byte_is_an_error_to_load(tmp_path: Path):
    packs = Packs(str(tmp_path / "posts"))
    first, second = packs.append("<p>first</p>"), packs.append("<p>second</p>")
    packs.close()
    path = tmp_path / "posts" / first[0]
    data = bytearray(path.read_bytes())
    data[first[1] + first[2] - 3] ^= 0x01  # same length, one bit off: marshal alone might not notice
    path.write_bytes(bytes(data))
    with pytest.raises(ValueError):
        packs.loader(first)()
    assert packs.loader(second)() == "<p>second</p>"


class _FullDisk:
    def write(self, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


def test_after_a_failed_write_the_next_value_goes_to_a_new_pack(tmp_path: Path):
    packs = Packs(str(tmp_path / "posts"))
    first = packs.append("one")
    pid, name, real = packs._writer
    packs._writer = (pid, name, _FullDisk())  # the disk fills up in the middle of a value
    assert packs.append("two") is None
    real.close()
    third = packs.append("three")
    packs.close()
    assert third[0] != first[0]
    assert [packs.loader(first)(), packs.loader(third)()] == ["one", "three"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.lists(st.text(max_size=30), max_size=6),  # values a build renders
                          st.sets(st.integers(0, 40))),                 # keys it no longer has
                min_size=1, max_size=12))
def test_every_live_value_survives_any_sequence_of_builds(tmp_path_factory, builds):
    folder = str(tmp_path_factory.mktemp("packs") / "posts")
    live, expected = {}, {}
    for number, (values, dropped) in enumerate(builds):
        packs = Packs(folder)
        for i, value in enumerate(values):
            key = f"{number}-{i}" if i % 2 else f"k{i}"  # some keys are replaced build after build
            live[key], expected[key] = packs.append(value), value
        for key in [k for k in live if hash(k) % 41 in dropped]:
            del live[key], expected[key]
        live = packs.collect(live)
        assert {key: packs.loader(loc)() for key, loc in live.items()} == expected
        assert len(files(Path(folder))) <= MERGE_AT  # never a file per value
    shutil.rmtree(folder, ignore_errors=True)


# --- through the build ------------------------------------------------------------------------

def test_a_cold_build_writes_one_pack_per_process_not_a_file_per_post(tmp_path: Path):
    root = copy_example(tmp_path)
    report = build(root, jobs=1)
    assert report.posts > 3 and len(files(root / CACHE_DIR / "posts")) == 1


def test_many_one_post_edits_keep_the_cache_a_few_files_and_the_output_right(tmp_path: Path):
    root = copy_example(tmp_path)
    build(root, jobs=1)
    post = sorted((root / "posts").glob("*.md"))[0]
    text = post.read_text(encoding="utf-8")
    for i in range(MERGE_AT + 3):
        post.write_text(text + f"\n\nEdit {i}: $a_{i}$.\n", encoding="utf-8")
        os.utime(post, ns=(i * 10**9, i * 10**9))  # long ago: no racy-window hashing needed
        assert build(root, jobs=1).rendered == 1
        assert len(files(root / CACHE_DIR / "posts")) <= MERGE_AT
    incremental = tree(root / "public")
    shutil.rmtree(root / "public")
    build(root, jobs=1, cache=False)
    assert tree(root / "public") == incremental


def test_a_damaged_pack_fails_one_build_and_the_next_renders_afresh(tmp_path: Path):
    from blogbuild.errors import BlogbuildError

    root = copy_example(tmp_path)
    build(root, jobs=1)
    cold = tree(root / "public")
    (pack,) = (root / CACHE_DIR / "posts").iterdir()
    data = bytearray(pack.read_bytes())
    data[len(data) // 2] ^= 0x01
    pack.write_bytes(bytes(data))
    shutil.rmtree(root / "public")  # every page must be rendered, so every post's HTML is read
    with pytest.raises(BlogbuildError, match="cache was changed or damaged"):
        build(root, jobs=1)
    assert not (root / "public").exists()
    report = build(root, jobs=1)
    assert report.rendered == report.posts and tree(root / "public") == cold
