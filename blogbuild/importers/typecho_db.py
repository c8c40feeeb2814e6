"""A Typecho database in any of the forms people have it: a MySQL dump (.sql, .sql.gz; mysqldump or
phpMyAdmin), an SQLite database file, or a Typecho backup (.dat, made by its admin's 备份 page).

Each comes out the same: {table without prefix: [row as {column: value}]}, for contents, comments,
metas, relationships, fields, users and (not in a .dat) options.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import sqlite3
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

from blogbuild.errors import ImportSourceError, show
from blogbuild.importers.mysqldump import CHUNK, read_dump
from blogbuild.importers.values import load_json

TABLES = ("contents", "comments", "metas", "relationships", "fields", "users", "options")
# Typecho's install/Mysql.sql column order: a dump with INSERTs but without CREATE TABLE and
# without column lists (mysqldump --no-create-info --complete-insert=0) still reads.
COLUMNS = {
    "contents": ["cid", "title", "slug", "created", "modified", "text", "order", "authorId", "template", "type",
                 "status", "password", "commentsNum", "allowComment", "allowPing", "allowFeed", "parent"],
    "comments": ["coid", "cid", "created", "author", "authorId", "ownerId", "mail", "url", "ip", "agent", "text",
                 "type", "status", "parent"],
    "metas": ["mid", "name", "slug", "type", "description", "count", "order", "parent"],
    "relationships": ["cid", "mid"],
    "users": ["uid", "name", "password", "mail", "url", "screenName", "created", "activated", "logged", "group",
              "authCode"],
    "fields": ["cid", "name", "type", "str_value", "int_value", "float_value"],
    "options": ["name", "user", "value"],
}
BACKUP_HEADER = b"%TYPECHO_BACKUP_"
_BACKUP_TYPES = {1: "contents", 2: "comments", 3: "metas", 4: "relationships", 5: "users", 6: "fields"}

Tables = dict[str, list[dict[str, object]]]


def read_typecho_db(path: Path, display: str) -> Tables:
    with open(path, "rb") as f:
        head = f.read(32)
    if head.startswith(b"SQLite format 3\0"):
        return _from_sqlite(path, display)
    if head.startswith(BACKUP_HEADER):
        return _from_backup(path.read_bytes(), display)
    dump = read_dump(_dump_text(path, display, gzipped=head.startswith(b"\x1f\x8b")), display, keep=_typecho_table)
    prefix = _prefix(list(dump), display)
    tables: Tables = {}
    for name in TABLES:
        table = dump.get(prefix + name)
        if table is not None and table.rows and not table.columns and name in COLUMNS:
            table.columns = COLUMNS[name]
        tables[name] = [_text_values(row) for row in table.rows] if table is not None else []
    return tables


def _typecho_table(name: str) -> bool:
    """Tables named like Typecho's, whatever the prefix: the only ones whose rows are kept."""
    return name.lower().endswith(TABLES)


def _dump_text(path: Path, display: str, *, gzipped: bool) -> Iterator[str]:
    """The dump's text, a megabyte at a time, inflated as it is read (.sql.gz): never whole in memory.
    A damaged or cut .gz and bytes that are not UTF-8 stop it with one line naming where."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    lines = 0
    opener = gzip.open if gzipped else open
    with opener(path, "rb") as f:
        while True:
            try:
                data = f.read(CHUNK)
            except EOFError:
                raise ImportSourceError(f"the gzip file is cut short ({lines} lines of the dump could be read)",
                                        display, hint="copy the whole file again") from None
            except (OSError, zlib.error) as e:
                raise ImportSourceError(f"the gzip file is damaged ({lines} lines of the dump could be read): {e}",
                                        display) from None
            try:
                text = decoder.decode(data, final=not data)
            except UnicodeDecodeError as e:
                line = lines + e.object.count(b"\n", 0, e.start) + 1
                raise ImportSourceError("not UTF-8 text (export the dump with --default-character-set=utf8mb4)",
                                        display, line=line) from None
            lines += text.count("\n")
            if text:
                yield text
            if not data:
                return


def _text_values(row: dict[str, object]) -> dict[str, object]:
    """mysqldump --hex-blob writes text kept in BLOB columns as 0x…: Typecho's text is UTF-8."""
    for key, value in row.items():
        if isinstance(value, bytes):
            row[key] = value.decode("utf-8", "replace")
    return row


def _prefix(names: list[str], display: str) -> str:
    """'typecho_' (Typecho's default), or whatever the blog's installer was given."""
    candidates = sorted(n[:-len("contents")] for n in names if n.lower().endswith("contents")
                        and any(m == n[:-len("contents")] + "comments" for m in names))
    if not candidates:
        candidates = sorted(n[:-len("contents")] for n in names if n.lower().endswith("contents"))
    if not candidates:
        raise ImportSourceError("no Typecho table found (looked for <prefix>contents and <prefix>comments)",
                                display, hint="is this a dump of a Typecho database?")
    return "typecho_" if "typecho_" in candidates else candidates[0]


def _from_sqlite(path: Path, display: str) -> Tables:
    try:
        db = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as e:
        raise ImportSourceError(f"cannot open the SQLite database: {e}", display) from None
    try:
        db.row_factory = sqlite3.Row
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        prefix = _prefix(names, display)
        tables: Tables = {}
        for name in TABLES:
            if prefix + name not in names:
                tables[name] = []
                continue
            quoted = '"' + (prefix + name).replace('"', '""') + '"'
            tables[name] = [dict(row) for row in db.execute(f"SELECT * FROM {quoted}")]  # noqa: S608 - our name
        return tables
    except sqlite3.Error as e:
        raise ImportSourceError(f"cannot read the SQLite database: {e}", display) from None
    finally:
        db.close()


def _schema(raw: bytes, number: int, display: str) -> dict[str, int | None]:
    """A backup record's column list: {column: its value's length in bytes, or null}."""
    try:
        schema = load_json(raw)
    except ValueError:
        raise ImportSourceError(f"record {number}: its column list is not JSON", display) from None
    if not isinstance(schema, dict) or not all(
            n is None or (isinstance(n, int) and not isinstance(n, bool) and n >= 0) for n in schema.values()):
        raise ImportSourceError(f"record {number}: its column list must map each column to a length in bytes "
                                f"or null, got {show(schema)}", display)
    return schema


def _from_backup(raw: bytes, display: str) -> Tables:
    """Typecho's var/Widget/Backup.php: a 21-byte header %TYPECHO_BACKUP_0001%, then records
    (type u16, header length u16, body length u32, a JSON {column: byte length or null}, the
    values end to end, md5 of all that), then the header again. Version FILE (old) has three u16s."""
    size = len("%TYPECHO_BACKUP_XXXX%")
    header, footer = raw[:size], raw[-size:]
    if len(raw) < 2 * size or not footer.startswith(BACKUP_HEADER) or header[-1:] != b"%":
        raise ImportSourceError("not a complete Typecho backup (header or footer missing)", display)
    version = header[16:-1]
    meta_len = 6 if version == b"FILE" else 8
    tables: Tables = {name: [] for name in TABLES}
    pos, end = size, len(raw) - size
    number = 0
    while pos < end:
        number += 1
        meta = raw[pos:pos + meta_len]
        if len(meta) < meta_len:
            raise ImportSourceError(f"record {number}: cut short", display)
        if meta_len == 6:
            kind, header_len, body_len = struct.unpack("<3H", meta)
        else:
            kind, header_len, body_len = struct.unpack("<HHI", meta)
        schema_raw = raw[pos + meta_len:pos + meta_len + header_len]
        schema = _schema(schema_raw, number, display)
        if meta_len == 6:
            body_len = sum(n for n in schema.values() if n is not None)
        body_start = pos + meta_len + header_len
        body = raw[body_start:body_start + body_len]
        digest = raw[body_start + body_len:body_start + body_len + 32]
        if digest != hashlib.md5(meta + schema_raw + body, usedforsecurity=False).hexdigest().encode():
            raise ImportSourceError(f"record {number}: checksum does not match (the file is damaged)", display)
        pos = body_start + body_len + 32
        table = _BACKUP_TYPES.get(kind)
        if table is None:
            continue  # a plugin's own data
        row: dict[str, object] = {}
        offset = 0
        for column, length in schema.items():
            if length is None:
                row[column] = None
                continue
            row[column] = body[offset:offset + length].decode("utf-8", "replace")
            offset += length
        tables[table].append(row)
    return tables
