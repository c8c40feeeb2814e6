"""The store's lookups: by key (few keys) and by one scan (many keys) both return exactly the stored
values under the wanted keys, as a plain dict of what was put would."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from blogbuild.incremental import store as store_module
from blogbuild.incremental.store import Store

KEYS = st.text(alphabet="abcdef0123456789'\" ", min_size=1, max_size=6)


@settings(max_examples=25, deadline=None)
@given(stored=st.dictionaries(KEYS, st.integers(), max_size=300),
       other=st.dictionaries(KEYS, st.integers(), max_size=20),
       extra=st.lists(KEYS, max_size=300), take=st.integers(0, 400))
def test_lookups_return_exactly_the_wanted_stored_values(stored, other, extra, take):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cache.sqlite"
        writer = Store(path)
        for key, value in stored.items():
            writer.put("front-matter", key, value)
            writer.put_post(key, ("meta", value), "<p>html</p>")
        for key, value in other.items():
            writer.put("jinja", key, -value)  # another kind under the same keys must not leak in
        writer.commit(prune=())
        wanted = list(stored)[:take] + extra
        expected = {k: stored[k] for k in wanted if k in stored}
        reader = Store(path)
        assert reader.entries("front-matter", wanted) == expected
        assert reader.post_metas(wanted) == {k: ("meta", v) for k, v in expected.items()}


def test_both_lookup_paths(tmp_path):
    writer = Store(tmp_path / "cache.sqlite")
    for i in range(1000):
        writer.put("page", f"k{i}", i)
    writer.commit(prune=())
    for size in (0, 1, store_module._BY_KEY, store_module._BY_KEY + 1, 1500):  # by key, then by scan
        wanted = [f"k{i}" for i in range(0, 2 * size, 2)]
        assert Store(tmp_path / "cache.sqlite").entries("page", wanted) == {
            f"k{i}": i for i in range(0, 2 * size, 2) if i < 1000}


def _rows(path: Path) -> tuple[set, set]:
    import sqlite3

    with sqlite3.connect(path) as conn:
        entries = set(conn.execute("SELECT kind, key FROM entries"))
        return entries, {key for (key,) in conn.execute("SELECT key FROM posts")}


@settings(max_examples=60, deadline=None)
@given(before=st.dictionaries(st.sampled_from(["front-matter", "post", "feed"]), st.sets(KEYS, max_size=8)),
       unreadable=st.sets(KEYS, max_size=3), looked=st.dictionaries(st.sampled_from(["front-matter", "post", "feed"]),
                                                                       st.sets(KEYS, max_size=8)),
       added=st.dictionaries(st.sampled_from(["front-matter", "post", "feed"]), st.sets(KEYS, max_size=3)),
       prune=st.sets(st.sampled_from(["front-matter", "post", "feed"])))
def test_a_commit_keeps_exactly_what_the_build_used_of_the_kinds_it_prunes(before, unreadable, looked, added, prune):
    """Of a pruned kind, a row stays if this build looked its key up (found or not: an unreadable
    value is put again once computed) or put it; of other kinds, every row stays. The commit skips
    the deletion for a kind whose rows are all used: only what the build found or put counts there,
    since a key looked up and not found is no row."""
    import sqlite3

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cache.sqlite"
        first = Store(path)
        for kind, keys in before.items():
            for key in keys:
                first.put_post(key, "meta", "html") if kind == "post" else first.put(kind, key, 1)
        first.commit(prune=())
        with sqlite3.connect(path) as conn:  # values another version of the program wrote: unreadable
            conn.executemany("INSERT OR REPLACE INTO entries VALUES ('feed', ?, x'00ff')", [(k,) for k in unreadable])
        stored_entries, stored_posts = _rows(path)
        build = Store(path)
        build.state("last-build")  # as every build does first (a store never opened is started afresh)
        for kind, keys in looked.items():
            build.post_metas(keys) if kind == "post" else build.entries(kind, keys)
        for kind, keys in added.items():
            for key in keys:
                build.put_post(key, "meta", "html") if kind == "post" else build.put(kind, key, 2)
        build.commit(prune=prune)

        def kept(kind: str, key: str) -> bool:
            return kind not in prune or key in looked.get(kind, set()) | added.get(kind, set())

        entries = stored_entries | {(kind, key) for kind, keys in added.items() if kind != "post" for key in keys}
        posts = stored_posts | added.get("post", set())
        assert _rows(path) == ({(kind, key) for kind, key in entries if kept(kind, key)},
                               {key for key in posts if kept("post", key)})
