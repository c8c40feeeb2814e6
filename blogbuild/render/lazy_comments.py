"""A post's comments as its page shows them, made only when a page that shows them is rendered.

A blog with 20,000 comments made 20,000 comment views on every build, and digested them all for the
keys of the post pages that hold them (~0.3 s and ~0.45 s of a one-post edit at 1,000 posts), though
an edit renders two or three of those pages. So a post's two lists (every comment, and the threads)
are made on first use, by a template or anything else that reads them, and until then they stand in
page keys (incremental/keys.py) for their inputs by `fingerprint`, as a post's stored HTML does.

The fingerprint (site/digests.py, made in render/pages.py) is the digest of everything the views
are made of (_Views.comment and threads): each comment's id, author, link, date, parent and HTML
(its preview is made from its HTML), the post's link, the date format and the depth of threads.
A test changes each in place and expects the post's page written again
(tests/incremental/test_lazy_comments.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

ALL, THREADS = 0, 1


class PostComments:
    """The two lists of one post, made together, once (making the threads sets replies under their
    comments: doing it twice would set them twice)."""

    __slots__ = ("_make", "_lists", "fingerprint", "count")

    def __init__(self, make: Callable[[], tuple[list, list]], fingerprint: str, count: int) -> None:
        """make: () -> (every comment's view, the threads); count: how many comments."""
        self._make: Callable[[], tuple[list, list]] | None = make
        self._lists: tuple[list, list] | None = None
        self.fingerprint, self.count = fingerprint, count

    def lists(self) -> tuple[list, list]:
        if self._lists is None:
            make, self._make = self._make, None
            self._lists = make()  # type: ignore[misc]
        return self._lists

    def views(self) -> tuple[CommentList, CommentList]:
        return CommentList(self, ALL), CommentList(self, THREADS)


class CommentList(Sequence):
    """One of a post's lists (ALL or THREADS), read like a list; made with the other on first use."""

    __slots__ = ("_owner", "_which", "fingerprint")

    def __init__(self, owner: PostComments, which: int) -> None:
        self._owner, self._which = owner, which
        self.fingerprint = f"comments {owner.fingerprint} {'all' if which == ALL else 'threads'}"

    def _list(self) -> list:
        return self._owner.lists()[self._which]

    def make(self) -> None:
        """Make both lists now (they are otherwise made when first read)."""
        self._owner.lists()

    def __len__(self) -> int:  # `post.comments | length` needs no view
        return self._owner.count if self._which == ALL else len(self._list())

    def __bool__(self) -> bool:
        return self._owner.count > 0 if self._which == ALL else bool(self._list())

    def __getitem__(self, index):  # type: ignore[override]
        return self._list()[index]

    def __iter__(self) -> Iterator:
        return iter(self._list())

    def __add__(self, other: object) -> list:  # a theme's `post.comments + more`, as with a list
        return self._list() + list(other)  # type: ignore[call-overload]

    def __radd__(self, other: object) -> list:
        return list(other) + self._list()  # type: ignore[call-overload]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (CommentList, list)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self._list())
