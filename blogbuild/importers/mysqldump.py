"""Rows of a MySQL dump (mysqldump or phpMyAdmin), read without a MySQL server.

Only `CREATE TABLE` (for the column names) and `INSERT INTO … VALUES (…),(…);` statements matter;
every other statement (SET, LOCK, DROP, /*!40101 … */, comments) is skipped whole, quotes
respected, so a post about SQL never looks like a statement of the dump.

The dump is read as a stream, a megabyte at a time: memory holds the rows kept and one window of
text, never the whole dump (a 1 MB .sql.gz can inflate to gigabytes of comments).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from blogbuild.errors import ImportSourceError


@dataclass
class Table:
    columns: list[str] = field(default_factory=list)
    """From CREATE TABLE (or an INSERT's own column list)."""
    rows: list[dict[str, object]] = field(default_factory=list)


_FLAGS = re.I | re.S
_BLANK = re.compile(r"[\s;]+")
_COMMENT_END = {"--": re.compile(r"\n"), "#": re.compile(r"\n"), "/*": re.compile(r"\*/")}
_SPECIAL = re.compile(r"['\"`;#]|/\*|--")
"""What changes how the rest of a skipped statement is read: a quote, a comment, its end."""
_STATEMENT = re.compile(r"(?:'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.|\"\")*\"|`[^`]*`|/\*.*?\*/|--[^\n]*\n|#[^\n]*\n"
                        r"|[^'\"`;/#-]+|/(?!\*)|-(?!-))*;?", re.S)
"""A whole statement up to its ';' (it never fails: without a ';' at its end, the slow way reads on)."""
_QUOTE_END = {"'": re.compile(r"\\.|''|'", re.S), '"': re.compile(r'\\.|""|"', re.S), "`": re.compile(r"``|`")}
_NAME = r"(?:`((?:[^`]|``)+)`|\"([^\"]+)\"|(\w+))"
_INSERT = re.compile(r"(?:INSERT|REPLACE)(?:\s+(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY|IGNORE))*\s+INTO\s+"
                     + r"(?:" + _NAME + r"\s*\.\s*)?" + _NAME + r"\s*(\([^)]*\))?\s*VALUES\s*", _FLAGS)
_CREATE = re.compile(r"CREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"
                     + r"(?:" + _NAME + r"\s*\.\s*)?" + _NAME + r"\s*\(", _FLAGS)
# One value and what follows it (',' for the next value, ')' at the end of a row).
_VALUE = re.compile(
    r"\s*(?:(?:_\w+\s*)?'((?:[^'\\]|\\.|'')*)'|(NULL)|([-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)"
    r"|0x([0-9A-Fa-f]*)|X'([0-9A-Fa-f]*)'|(TRUE|FALSE)|\"((?:[^\"\\]|\\.|\"\")*)\")\s*([,)])", re.S | re.I)
_ROW_START = re.compile(r"\s*\(")
_ROW_END = re.compile(r"\s*(,?)")
_ESCAPE = {"'": re.compile(r"\\(.)|''", re.S), '"': re.compile(r'\\(.)|""', re.S)}
"""In a value quoted with ' or ": backslash escapes, and the quote itself doubled (`''` in '…',
`""` in "…"; the other quote doubled is two characters)."""
_ESCAPES = {"0": "\0", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a", "%": "\\%", "_": "\\_"}
_COLUMN_SKIP = {"primary", "key", "unique", "index", "constraint", "fulltext", "spatial", "check", "foreign"}


def _unescape(m: re.Match) -> str:
    ch = m.group(1)
    if ch is None:
        return m.group(0)[0]  # '' -> ', "" -> "
    return _ESCAPES.get(ch, ch)


def _text(raw: str, quote: str = "'") -> str:
    return _ESCAPE[quote].sub(_unescape, raw) if ("\\" in raw or quote * 2 in raw) else raw


def _name(m: re.Match, first: int) -> str:
    return next(g for g in m.groups()[first:first + 3] if g is not None).replace("``", "`")


def _column_names(text: str) -> list[str]:
    return [_name(m, 0) for m in re.finditer(_NAME, text)]


CHUNK = 1 << 20
"""Characters read at a time."""
LOOKAHEAD = CHUNK // 4
"""Every match looks at least this far ahead (a longer value reads on, up to MAX_VALUE)."""
MAX_VALUE = 16 << 20
"""A single value (one post's text) longer than this is refused: it would have to be held whole."""
_PAREN = re.compile(r"'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|[()]", re.S)


class _Text:
    """A window on the dump's text: buf[pos:] is what is not read yet, lines_before counts the
    line breaks in the text already dropped (for messages)."""

    def __init__(self, chunks: Iterable[str], source: str) -> None:
        self.chunks: Iterator[str] = iter(chunks)
        self.source = source
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.lines_before = 0

    def more(self, at_least: int = CHUNK) -> bool:
        """Drop what is read and append at least at_least more characters; False at the end."""
        got: list[str] = []
        size = 0
        while size < at_least and not self.eof:
            chunk = next(self.chunks, None)
            if chunk is None:
                self.eof = True
            else:
                got.append(chunk)
                size += len(chunk)
        if got:
            self.lines_before += self.buf.count("\n", 0, self.pos)
            self.buf = self.buf[self.pos:] + "".join(got)
            self.pos = 0
        return bool(got)

    def ahead(self) -> None:
        """At least LOOKAHEAD characters after pos, or the rest of the text (read a CHUNK at a time,
        so the window is copied once per CHUNK read, not once per statement)."""
        if len(self.buf) - self.pos < LOOKAHEAD and not self.eof:
            self.more()

    def line(self, pos: int | None = None) -> int:
        return self.lines_before + self.buf.count("\n", 0, self.pos if pos is None else pos) + 1

    def at_end(self) -> bool:
        self.ahead()
        return self.pos >= len(self.buf)

    def token(self, pattern: re.Pattern, quoted: bool = False) -> re.Match | None:
        """pattern matched at pos, reading on while the match reaches the end of what is read (a long
        string value); with quoted, also while it fails on a quote left open."""
        self.ahead()
        while True:
            m = pattern.match(self.buf, self.pos)
            open_end = m is not None and m.end() == len(self.buf)
            open_quote = m is None and quoted and self.buf[self.pos:].lstrip()[:1] in ("'", '"', "_", "X", "x")
            if self.eof or not (open_end or open_quote):
                return m
            if len(self.buf) - self.pos > MAX_VALUE:
                raise ImportSourceError(f"a value longer than {MAX_VALUE >> 20} MB starts here", self.source,
                                        line=self.line())
            self.more(len(self.buf) - self.pos)

    def search(self, pattern: re.Pattern) -> re.Match | None:
        """The next match of a short pattern from pos on, reading on (and dropping what is passed)
        until there is one; None at the end."""
        while True:
            m = pattern.search(self.buf, self.pos)
            if m is not None and (m.end() < len(self.buf) or self.eof):
                return m
            if m is None and self.eof:
                self.pos = len(self.buf)
                return None
            self.pos = m.start() if m is not None else max(self.pos, len(self.buf) - 2)
            if not self.more():
                continue

    def skip_blank(self) -> None:
        """Past whitespace, stray ';' and comments between statements."""
        while True:
            self.ahead()
            m = _BLANK.match(self.buf, self.pos)
            if m:
                self.pos = m.end()
                continue
            two = self.buf[self.pos:self.pos + 2]
            opener = "--" if two == "--" else "/*" if two == "/*" else "#" if two[:1] == "#" else None
            if opener is None:
                return
            self.pos += len(opener)
            self.skip_past(_COMMENT_END[opener])

    def skip_past(self, end: re.Pattern) -> None:
        m = self.search(end)
        self.pos = m.end() if m else len(self.buf)

    def skip_statement(self) -> None:
        """Past the ';' that ends the statement at pos (quotes and comments respected)."""
        self.ahead()
        m = _STATEMENT.match(self.buf, self.pos)  # the usual short statement, in one match
        if m.group().endswith(";") and m.end() < len(self.buf):
            self.pos = m.end()
            return
        while True:
            m = self.search(_SPECIAL)
            if m is None:
                return
            tok = m.group()
            self.pos = m.end()
            if tok == ";":
                return
            if tok in _COMMENT_END:
                self.skip_past(_COMMENT_END[tok])
                continue
            ends = _QUOTE_END[tok]
            while True:
                m = self.search(ends)
                if m is None:
                    return
                self.pos = m.end()
                if m.group() == tok:
                    break


def read_dump(text: str | Iterable[str], source: str,
              keep: Callable[[str], bool] | None = None) -> dict[str, Table]:
    """Every table of the dump with its rows, as {column: value} (str, int, float, bytes, None).
    text: the dump, or its text in pieces (read one at a time). keep: the tables whose rows are
    read (the others' INSERTs are skipped); every table by default."""
    reader = _Text([text] if isinstance(text, str) else text, source)
    tables: dict[str, Table] = {}
    while True:
        reader.skip_blank()
        if reader.at_end():
            return tables
        m = _INSERT.match(reader.buf, reader.pos)
        if m and (keep is None or keep(_name(m, 3))):
            name = _name(m, 3)
            table = tables.setdefault(name, Table())
            columns = _column_names(m.group(7)) if m.group(7) else table.columns
            if columns and not table.columns:
                table.columns = columns
            reader.pos = m.end()
            _read_rows(reader, name, columns, table.rows)
            continue
        m = _CREATE.match(reader.buf, reader.pos) if not m else None
        if m:
            name = _name(m, 3)
            reader.pos = m.end()
            body = _create_body(reader)
            if keep is None or keep(name):
                tables.setdefault(name, Table()).columns = _create_columns(body)
        reader.skip_statement()


def _read_rows(reader: _Text, table: str, columns: list[str], rows: list) -> None:
    while True:
        m = reader.token(_ROW_START)
        if not m:
            raise ImportSourceError(f"INSERT INTO {table}: expected '(' to start a row", reader.source,
                                    line=reader.line())
        reader.pos = m.end()
        values: list[object] = []
        while True:
            v = reader.token(_VALUE, quoted=True)
            if not v:
                raise ImportSourceError(f"INSERT INTO {table}: cannot read value {len(values) + 1} of row "
                                        f"{len(rows) + 1}", reader.source, line=reader.line())
            values.append(_value(v, reader, table, len(values) + 1, len(rows) + 1))
            reader.pos = v.end()
            if v.group(8) == ")":
                break
        if not columns:
            raise ImportSourceError(f"INSERT INTO {table}: no column names (no CREATE TABLE before it and no "
                                    "column list)", reader.source, line=reader.line())
        if len(values) != len(columns):
            raise ImportSourceError(f"INSERT INTO {table}: row {len(rows) + 1} has {len(values)} values for "
                                    f"{len(columns)} columns", reader.source, line=reader.line())
        rows.append(dict(zip(columns, values, strict=True)))
        m = reader.token(_ROW_END)
        reader.pos = m.end()
        if m.group(1) != ",":
            return


def _value(v: re.Match, reader: _Text, table: str, number: int, row: int) -> object:
    s, null, num, hexa, xhex, boolean, dq, _sep = v.groups()
    if s is not None:
        return _text(s)
    if num is not None:
        if num.lstrip("+-").isdigit():
            try:
                return int(num)
            except ValueError:  # more digits than int() converts (4,300): no MySQL column holds that
                raise ImportSourceError(f"INSERT INTO {table}: value {number} of row {row} is a number of "
                                        f"{len(num)} digits", reader.source, line=reader.line(v.start())) from None
        return float(num)
    if null is not None:
        return None
    if hexa is not None or xhex is not None:
        digits = hexa if hexa is not None else xhex
        return bytes.fromhex("0" * (len(digits) % 2) + digits)  # MySQL reads 0x123 as 0x0123
    if boolean is not None:
        return int(boolean.upper() == "TRUE")
    return _text(dq, '"')


def _create_body(reader: _Text) -> str:
    """The column list of the CREATE TABLE whose '(' was just read, up to its ')'."""
    line = reader.line()
    while True:
        depth = 1
        for m in _PAREN.finditer(reader.buf, reader.pos):
            tok = m.group(0)
            depth += 1 if tok == "(" else -1 if tok == ")" else 0
            if depth == 0 and (m.end() < len(reader.buf) or reader.eof):
                body = reader.buf[reader.pos:m.start()]
                reader.pos = m.end()
                return body
        if reader.eof or len(reader.buf) - reader.pos > MAX_VALUE:
            raise ImportSourceError("CREATE TABLE: the column list is not closed", reader.source, line=line)
        reader.more(len(reader.buf) - reader.pos)


def _create_columns(body: str) -> list[str]:
    columns = []
    depth, start, parts = 0, 0, []
    for m in re.finditer(r"'(?:[^'\\]|\\.|'')*'|[(),]", body):
        tok = m.group(0)
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth -= 1
        elif tok == "," and depth == 0:
            parts.append(body[start:m.start()])
            start = m.end()
    parts.append(body[start:])
    for part in parts:
        m = re.match(r"\s*" + _NAME, part)
        if m and not (m.group(3) and m.group(3).lower() in _COLUMN_SKIP):
            columns.append(_name(m, 0))
    return columns
