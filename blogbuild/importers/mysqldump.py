"""Rows of a MySQL dump (mysqldump or phpMyAdmin), read without a MySQL server.

Only `CREATE TABLE` (for the column names) and `INSERT INTO … VALUES (…),(…);` statements matter;
every other statement (SET, LOCK, DROP, /*!40101 … */, comments) is skipped whole, quotes
respected, so a post about SQL never looks like a statement of the dump.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from blogbuild.errors import ImportSourceError


@dataclass
class Table:
    columns: list[str] = field(default_factory=list)
    """From CREATE TABLE (or an INSERT's own column list)."""
    rows: list[dict[str, object]] = field(default_factory=list)


_FLAGS = re.I | re.S
_SKIP = re.compile(r"(?:\s+|--[^\n]*|#[^\n]*|/\*.*?\*/|;)*", re.S)
_NAME = r"(?:`((?:[^`]|``)+)`|\"([^\"]+)\"|(\w+))"
_INSERT = re.compile(r"(?:INSERT|REPLACE)(?:\s+(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY|IGNORE))*\s+INTO\s+"
                     + r"(?:" + _NAME + r"\s*\.\s*)?" + _NAME + r"\s*(\([^)]*\))?\s*VALUES\s*", _FLAGS)
_CREATE = re.compile(r"CREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"
                     + r"(?:" + _NAME + r"\s*\.\s*)?" + _NAME + r"\s*\(", _FLAGS)
# The rest of a statement we do not read: strings and comments whole, up to the ';' that ends it.
_REST = re.compile(r"(?:'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.|\"\")*\"|`[^`]*`|/\*.*?\*/|--[^\n]*|[^'\"`;/-]+|[/-])*;?",
                   re.S)
# One value and what follows it (',' for the next value, ')' at the end of a row).
_VALUE = re.compile(
    r"\s*(?:(?:_\w+\s*)?'((?:[^'\\]|\\.|'')*)'|(NULL)|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)"
    r"|0x([0-9A-Fa-f]*)|X'([0-9A-Fa-f]*)'|(TRUE|FALSE)|\"((?:[^\"\\]|\\.|\"\")*)\")\s*([,)])", re.S | re.I)
_ROW_START = re.compile(r"\s*\(")
_ROW_END = re.compile(r"\s*(,?)")
_ESCAPE = re.compile(r"\\(.)|''|\"\"", re.S)
_ESCAPES = {"0": "\0", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a", "%": "\\%", "_": "\\_"}
_COLUMN_SKIP = {"primary", "key", "unique", "index", "constraint", "fulltext", "spatial", "check", "foreign"}


def _unescape(m: re.Match) -> str:
    ch = m.group(1)
    if ch is None:
        return m.group(0)[0]  # '' -> ', "" -> "
    return _ESCAPES.get(ch, ch)


def _text(raw: str) -> str:
    return _ESCAPE.sub(_unescape, raw) if ("\\" in raw or "''" in raw or '""' in raw) else raw


def _name(m: re.Match, first: int) -> str:
    return next(g for g in m.groups()[first:first + 3] if g is not None).replace("``", "`")


def _column_names(text: str) -> list[str]:
    return [_name(m, 0) for m in re.finditer(_NAME, text)]


def read_dump(text: str, source: str) -> dict[str, Table]:
    """Every table of the dump with its rows, as {column: value} (str, int, float, bytes, None)."""
    tables: dict[str, Table] = {}
    pos, end = 0, len(text)
    while True:
        pos = _SKIP.match(text, pos).end()
        if pos >= end:
            return tables
        m = _INSERT.match(text, pos)
        if m:
            name = _name(m, 3)
            table = tables.setdefault(name, Table())
            columns = _column_names(m.group(7)) if m.group(7) else table.columns
            if columns and not table.columns:
                table.columns = columns
            pos = _read_rows(text, m.end(), name, columns, table.rows, source)
            continue
        m = _CREATE.match(text, pos)
        if m:
            name = _name(m, 3)
            body_end = _closing_paren(text, m.end(), source)
            tables.setdefault(name, Table()).columns = _create_columns(text[m.end():body_end])
            pos = _REST.match(text, body_end).end()
            continue
        pos = _REST.match(text, pos).end()
        if text[pos - 1:pos] != ";" and pos < end:  # an unterminated quote or comment ate nothing
            pos += 1


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _read_rows(text: str, pos: int, table: str, columns: list[str], rows: list, source: str) -> int:
    while True:
        m = _ROW_START.match(text, pos)
        if not m:
            raise ImportSourceError(f"INSERT INTO {table}: expected '(' to start a row", source,
                                    line=_line(text, pos))
        pos = m.end()
        values: list[object] = []
        while True:
            v = _VALUE.match(text, pos)
            if not v:
                raise ImportSourceError(f"INSERT INTO {table}: cannot read value {len(values) + 1} of row "
                                        f"{len(rows) + 1}", source, line=_line(text, pos))
            pos = v.end()
            s, null, num, hexa, xhex, boolean, dq, sep = v.groups()
            if s is not None:
                values.append(_text(s))
            elif num is not None:
                values.append(int(num) if num.lstrip("+-").isdigit() else float(num))
            elif null is not None:
                values.append(None)
            elif hexa is not None or xhex is not None:
                values.append(bytes.fromhex(hexa if hexa is not None else xhex))
            elif boolean is not None:
                values.append(int(boolean.upper() == "TRUE"))
            else:
                values.append(_text(dq))
            if sep == ")":
                break
        if not columns:
            raise ImportSourceError(f"INSERT INTO {table}: no column names (no CREATE TABLE before it and no "
                                    "column list)", source, line=_line(text, pos))
        if len(values) != len(columns):
            raise ImportSourceError(f"INSERT INTO {table}: row {len(rows) + 1} has {len(values)} values for "
                                    f"{len(columns)} columns", source, line=_line(text, pos))
        rows.append(dict(zip(columns, values, strict=True)))
        m = _ROW_END.match(text, pos)
        pos = m.end()
        if m.group(1) != ",":
            return pos


def _closing_paren(text: str, pos: int, source: str) -> int:
    """Index of the ')' that closes the '(' just before pos (quotes respected)."""
    depth = 1
    for m in re.compile(r"'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|[()]", re.S).finditer(text, pos):
        tok = m.group(0)
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth -= 1
            if depth == 0:
                return m.start()
    raise ImportSourceError("CREATE TABLE: the column list is not closed", source, line=_line(text, pos))


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
