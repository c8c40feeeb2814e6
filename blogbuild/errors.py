"""Every failure a user can cause is a BlogbuildError that knows where it happened.

    BlogbuildError(message, path, line, col, hint)
    ├── ConfigError        blog.yaml
    ├── FrontMatterError   posts/*.md front matter
    ├── ContentError       post bodies, comments files
    ├── TemplateError      Jinja templates
    ├── OutputError        output folder: collisions, refusing to overwrite sources, I/O
    ├── ImportSourceError  an old blog's export read by `blogbuild import`
    └── CommentServerError the comment server (`blogbuild comments pull|push`): its URL and what failed

The CLI catches the base class once and prints ``str(error)``: ``path:line:col: message``.
"""

from __future__ import annotations

import reprlib
from pathlib import Path


class BlogbuildError(Exception):
    def __init__(
        self,
        message: str,
        path: str | Path | None = None,
        line: int | None = None,
        col: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.col = col
        self.hint = hint

    @property
    def location(self) -> str:
        parts = [self.path or ""]
        if self.line is not None:
            parts.append(str(self.line))
            if self.col is not None:
                parts.append(str(self.col))
        return ":".join(parts)

    def __str__(self) -> str:
        text = f"{self.location}: {self.message}" if self.path else self.message
        if self.hint:
            text += f" ({self.hint})"
        return text


class ConfigError(BlogbuildError):
    pass


class FrontMatterError(BlogbuildError):
    pass


class ContentError(BlogbuildError):
    pass


class TemplateError(BlogbuildError):
    pass


class OutputError(BlogbuildError):
    pass


class ManyErrors(BlogbuildError):
    """Several independent problems found in one run; each is reported on its own line.

    At most `limit` are shown; a last line then says how many more there were.
    """

    def __init__(self, errors: list[BlogbuildError], limit: int = 20) -> None:
        super().__init__(f"{len(errors)} errors")
        self.errors = errors[:limit]
        self.more = max(0, len(errors) - limit)

    def __str__(self) -> str:
        lines = [str(e) for e in self.errors]
        if self.more:
            lines.append(f"... and {self.more} more error{'s' if self.more > 1 else ''}")
        return "\n".join(lines)


def raise_collected(errors: list[BlogbuildError], limit: int = 20) -> None:
    """Raise nothing, the one error, or ManyErrors for several."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ManyErrors(errors, limit)


_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = 60
_REPR.maxlist = _REPR.maxtuple = _REPR.maxdict = _REPR.maxset = 4
_REPR.maxlevel = 2


def show(value: object) -> str:
    """A short repr of a user's value for an error message (long or deeply nested values are cut)."""
    return _REPR.repr(value)


_BREAKS = str.maketrans({c: c.encode("unicode_escape").decode("ascii")
                         for c in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"})


class ImportSourceError(BlogbuildError):
    """A bad record in an old blog's export: `blog.sql: contents cid=42: message`. Always one line:
    an export's values (a record's id, a quoted bad value) may hold line breaks of any kind."""

    def __str__(self) -> str:
        return super().__str__().translate(_BREAKS)

    def __init__(self, message: str, source: str | Path, record: str | None = None,
                 line: int | None = None, hint: str | None = None) -> None:
        super().__init__(f"{record}: {message}" if record else message, source, line, hint=hint)
        self.record = record


class CommentServerError(BlogbuildError):
    """The comment server failed or answered nonsense: `https://comments.example.org/count: HTTP 500 ...`."""
