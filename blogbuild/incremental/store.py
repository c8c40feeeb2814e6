"""Everything the speed layer remembers, in one SQLite file: <site>/.blogbuild-cache/cache.sqlite.

A build reads from it as it goes and buffers what it learns; `commit()` writes all of it in one
transaction at the end of a successful build, and deletes the entries of the kinds it looked up
completely (`prune`) that this build did not use, so the file holds one site's worth. A build that
fails or is interrupted writes nothing. A missing, foreign or damaged file is an empty store; a
file that cannot be written only makes the next build slower.

Tables: `entries` (kind, key → pickled value), `posts` (key → small meta, then the HTML, read only
when a page that shows it is rendered), `state` (name → pickled value: the last build's snapshot,
its pages' keys). Values are pickled: the file is this program's own and is never shared.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (kind TEXT, key TEXT, value BLOB, PRIMARY KEY (kind, key)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS posts (key TEXT PRIMARY KEY, meta BLOB, html BLOB);
CREATE TABLE IF NOT EXISTS state (name TEXT PRIMARY KEY, value BLOB);
"""
_BY_KEY = 200
"""Up to this many keys, a lookup asks for them by key (SQLite allows 32,766 parameters)."""
_VERSION = 1
"""PRAGMA user_version of a store this code wrote; any other is started afresh."""


class StoreDamaged(Exception):
    """The store changed or broke under a running build."""


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._pid = -1
        self._used: dict[str, set[str]] = {}
        self._present: dict[str, set[str]] = {}
        """Of the keys used, those with a row: found by a lookup, or put."""
        self._entries: dict[tuple[str, str], bytes] = {}
        self._posts: dict[str, tuple[bytes, bytes]] = {}
        self._state: dict[str, bytes] = {}

    # --- reading ------------------------------------------------------------------------------

    def _db(self) -> sqlite3.Connection | None:
        """This process's connection (a forked worker opens its own), or None without a store."""
        if self._pid != os.getpid():
            self._pid, self._conn = os.getpid(), None
            if self.path.is_file():
                try:
                    conn = sqlite3.connect(self.path, timeout=10)
                    if conn.execute("PRAGMA user_version").fetchone()[0] == _VERSION:
                        self._conn = conn
                    else:
                        conn.close()
                except sqlite3.Error:
                    self._conn = None
        return self._conn

    def _query(self, sql: str, args: tuple = ()) -> list[tuple]:
        db = self._db()
        if db is None:
            return []
        try:
            return db.execute(sql, args).fetchall()
        except sqlite3.Error:
            self._conn = None  # damaged or foreign: an empty store for the rest of this build
            return []

    def state(self, name: str) -> Any | None:
        rows = self._query("SELECT value FROM state WHERE name = ?", (name,))
        return _loads(rows[0][0]) if rows else None

    def entries(self, kind: str, keys: Iterable[str]) -> dict[str, Any]:
        """The stored values of `kind` under these keys (all looked up: they are kept at commit)."""
        wanted = set(keys)
        self._used.setdefault(kind, set()).update(wanted)
        found = self._lookup("SELECT key, value FROM entries WHERE kind = ?", (kind,), wanted)
        self._present.setdefault(kind, set()).update(found)
        return found

    def post_metas(self, keys: Iterable[str]) -> dict[str, Any]:
        wanted = set(keys)
        self._used.setdefault("post", set()).update(wanted)
        found = self._lookup("SELECT key, meta FROM posts WHERE 1 = ?", (1,), wanted)
        self._present.setdefault("post", set()).update(found)
        return found

    def _lookup(self, sql: str, args: tuple, wanted: set[str]) -> dict[str, Any]:
        """key → unpickled value for the wanted keys that have a readable row. A few keys are looked
        up by key; many by one scan of the rows (one query instead of thousands)."""
        if len(wanted) <= _BY_KEY:
            keys = sorted(wanted)
            marks = ", ".join("?" * len(keys))
            rows = self._query(f"{sql} AND key IN ({marks})", (*args, *keys)) if keys else []
        else:
            rows = self._query(sql, args)
        found = {}
        for key, value in rows:
            if key in wanted:
                value = _loads(value)
                if value is not None:
                    found[key] = value
        return found

    def post_html(self, key: str) -> Any:
        """The HTML stored with a post's meta; StoreDamaged if it is gone or unreadable."""
        if key in self._posts:
            return pickle.loads(self._posts[key][1])
        rows = self._query("SELECT html FROM posts WHERE key = ?", (key,))
        value = _loads(rows[0][0]) if rows else None
        if value is None:
            raise StoreDamaged(self.path)
        return value

    # --- writing (buffered until commit) --------------------------------------------------------

    def put(self, kind: str, key: str, value: Any) -> None:
        self._used.setdefault(kind, set()).add(key)
        self._present.setdefault(kind, set()).add(key)
        self._entries[(kind, key)] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)

    def put_post(self, key: str, meta: Any, html: Any) -> None:
        self._used.setdefault("post", set()).add(key)
        self._present.setdefault("post", set()).add(key)
        self._posts[key] = (pickle.dumps(meta, protocol=pickle.HIGHEST_PROTOCOL),
                            pickle.dumps(html, protocol=pickle.HIGHEST_PROTOCOL))

    def set_state(self, name: str, value: Any) -> None:
        self._state[name] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)

    def commit(self, prune: Iterable[str]) -> None:
        """Write what this build learnt, in one transaction; then delete what it did not use of
        the kinds in `prune` ('post' for the posts table)."""
        try:
            self._commit(set(prune))
        except (OSError, sqlite3.Error):
            self._drop()  # the next build starts afresh rather than from a half-known store

    def _commit(self, prune: set[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = self._db() if self._pid == os.getpid() else None
        if conn is None:
            if self.path.exists():
                self._drop()
            conn = sqlite3.connect(self.path, timeout=10)
            self._conn, self._pid = conn, os.getpid()
        conn.isolation_level = None
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _SCHEMA.strip().split(";\n"):
                conn.execute(statement.rstrip(";"))
            conn.execute(f"PRAGMA user_version = {_VERSION}")
            conn.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?)",
                             [(kind, key, value) for (kind, key), value in self._entries.items()])
            conn.executemany("INSERT OR REPLACE INTO posts VALUES (?, ?, ?)",
                             [(key, meta, html) for key, (meta, html) in self._posts.items()])
            conn.executemany("INSERT OR REPLACE INTO state VALUES (?, ?)", list(self._state.items()))
            prune = {kind for kind in prune if self._rows(conn, kind) > len(self._present.get(kind, ()))}
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS used (kind TEXT, key TEXT, PRIMARY KEY (kind, key))")
            conn.execute("DELETE FROM used")
            conn.executemany("INSERT OR IGNORE INTO used VALUES (?, ?)",
                             [(kind, key) for kind in prune for key in self._used.get(kind, ())])
            for kind in prune - {"post"}:
                conn.execute("DELETE FROM entries WHERE kind = ? AND key NOT IN (SELECT key FROM used WHERE kind = ?)",
                             (kind, kind))
            if "post" in prune:
                conn.execute("DELETE FROM posts WHERE key NOT IN (SELECT key FROM used WHERE kind = 'post')")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        self._entries, self._posts, self._state = {}, {}, {}

    @staticmethod
    def _rows(conn: sqlite3.Connection, kind: str) -> int:
        """How many rows of kind there are. As many as this build found or put: none is unused, and
        there is nothing to delete (every build would otherwise list 2,000 keys to keep, ~10 ms)."""
        if kind == "post":
            return conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0]
        return conn.execute("SELECT COUNT(*) FROM entries WHERE kind = ?", (kind,)).fetchone()[0]

    def _drop(self) -> None:
        self._conn = None
        for suffix in ("", "-journal", "-wal", "-shm"):
            try:
                os.unlink(f"{self.path}{suffix}")
            except OSError:
                pass


def _loads(data: bytes) -> Any | None:
    try:
        return pickle.loads(data)
    except Exception:  # noqa: BLE001  a value from another version of the program is a miss
        return None
