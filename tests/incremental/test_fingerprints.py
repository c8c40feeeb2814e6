"""Page keys rest on Fingerprinter.digest: two values must get the same digest exactly when they are
the same value, of the same types all the way down. The reference here is repr(), which shows the
type of every part of the values generated (True is not 1, [] is not (), a dataclass names its
class). Each value is digested with objects of its own, and also shared with the other value, since
the Fingerprinter memoises by identity within one build and takes shortcuts for empty lists."""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from blogbuild.incremental.keys import Fingerprinter


@dataclass
class Link:
    title: str
    count: int | None


@dataclass
class View:
    links: list
    extra: object


plain = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from(["", "a", "[]", "()"]),
                  st.floats(allow_nan=False, min_value=-2, max_value=2), st.binary(max_size=2),
                  st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2020, 1, 3),
                               timezones=st.sampled_from([dt.timezone.utc, dt.timezone(dt.timedelta(hours=8))])))
values = st.recursive(plain, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.lists(inner, max_size=3).map(tuple),
    st.dictionaries(st.sampled_from(["k", "post", "page_url"]), inner, max_size=2),
    st.builds(Link, st.sampled_from(["", "x"]), st.one_of(st.none(), st.integers(0, 2))),
    st.builds(View, st.lists(inner, max_size=2), inner)), max_leaves=8)


@settings(max_examples=400, deadline=None)
@given(values, values)
def test_equal_digests_exactly_for_equal_values(a, b):
    same = repr(a) == repr(b)
    fp = Fingerprinter()
    assert (fp.digest(a) == fp.digest(b)) == same
    assert (fp.digest(a, b) == fp.digest(b, a)) == same
    fresh = Fingerprinter()  # another build: other objects, the same digests
    assert fresh.digest(copy.deepcopy(a)) == fp.digest(a)

