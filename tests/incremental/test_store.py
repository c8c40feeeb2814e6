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
