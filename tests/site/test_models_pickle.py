"""Posts and comments are pickled by their fields (site/models.py: the build cache unpickles every
one on every build). Whatever the values, an object must come back equal, field by field and type
by type; and the pickle must name every field, so that one added later is not lost."""

from __future__ import annotations

import datetime as dt
import pickle
from dataclasses import fields

from hypothesis import given, settings
from hypothesis import strategies as st

from blogbuild.site.models import Comment, Post

text = st.text(max_size=12)
dates = st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2040, 1, 1),
                     timezones=st.sampled_from([dt.timezone.utc, dt.timezone(dt.timedelta(hours=8))]))
ids = st.one_of(st.integers(0, 10**9), text)
comments = st.builds(Comment, ids, text, text, dates, text, st.none() | text, text, st.integers(1, 10**6),
                     st.none() | ids)
posts = st.builds(Post, text, text, text, text, text, st.none() | dates, st.none() | text, st.integers(1, 99), text,
                  readers=st.none() | st.integers(0, 10**7), tags=st.lists(text, max_size=3).map(tuple),
                  categories=st.lists(text, max_size=2).map(tuple), summary=st.none() | text, draft=st.booleans(),
                  updated=st.none() | dates, aliases=st.lists(text, max_size=2).map(tuple), page=st.booleans(),
                  nav=st.none() | st.integers(-5, 5), toc=st.none() | st.booleans(),
                  number=st.none() | st.integers(0, 99))


@settings(max_examples=300, deadline=None)
@given(st.one_of(comments, posts))
def test_a_post_or_comment_comes_back_from_pickle_as_it_was(record):
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(record, protocol=protocol))
        assert type(back) is type(record)
        for f in fields(record):
            mine, theirs = getattr(record, f.name), getattr(back, f.name)
            assert mine == theirs and type(mine) is type(theirs)
            if isinstance(mine, dt.datetime):
                assert mine.tzinfo == theirs.tzinfo


def test_the_pickle_holds_every_field():
    for record in (Comment(1, "p", "a", dt.datetime(2020, 1, 1), "b", None, "comments/p.yaml", 2, 1),
                   Post("/x/posts/p.md", "posts/p.md", "p", "T", "A", None, None, 3, "d")):
        cls, values = record.__reduce__()
        assert cls is type(record) and values == tuple(getattr(record, f.name) for f in fields(record))
