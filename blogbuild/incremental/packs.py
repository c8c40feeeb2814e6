"""Many cached values in a few files ("packs"), for the posts' HTML in the build cache.

One file per post was simple, but creating a file is the dearest thing a cold build does on some
file systems (~1 ms each, measured on our CI machines: more than a second for 1,000 posts, more
than rendering their pages). So each process that renders posts appends them to one new pack of
its own, and the caller's index records where each value is: (pack name, offset, length).

Packs are never changed once written, only deleted: `collect` (at the end of a build, after every
page that reads the old locations is written) deletes the packs no entry points into and merges
the small or mostly-dead ones into one, so the folder stays a few files, and its size about the
size of what it holds.
"""

from __future__ import annotations

import marshal
import os
import uuid
import zlib
from collections.abc import Callable
from typing import Any, BinaryIO

Location = tuple[str, int, int, int]
"""(pack file name, offset, length, CRC-32) of one value: a load checks that it reads the bytes
that were written there."""

SMALL_PACK = 1 << 20
"""Packs smaller than this (a few incremental builds' posts) are merged once there are MERGE_AT."""
MERGE_AT = 8


class Packs:
    def __init__(self, folder: str) -> None:
        self.folder = folder
        self._names: set[str] | None = None
        self._writer: tuple[int, str, BinaryIO] | None = None
        self._offset = 0

    def exists(self, location: Location) -> bool:
        """Whether the location's pack is there (one listing of the folder per build)."""
        if self._names is None:
            try:
                self._names = set(os.listdir(self.folder))
            except OSError:
                self._names = set()
        return location[0] in self._names

    def append(self, value: Any) -> Location | None:
        """Write value into this process's pack; None if it could not be written (a cache that
        cannot be written only makes the next build slower)."""
        try:
            return self._write(marshal.dumps(value))
        except OSError:
            return None

    def _write(self, data: bytes) -> Location:
        """Flushed at once: worker processes end with os._exit. After a failed write the pack is
        left (its end is unknown) and the next value starts a new one."""
        if self._writer is None or self._writer[0] != os.getpid():  # a forked child: a pack of its own
            name = f"pack-{uuid.uuid4().hex[:16]}"
            path = os.path.join(self.folder, name)
            try:
                f = open(path, "xb")
            except FileNotFoundError:
                os.makedirs(self.folder, exist_ok=True)
                f = open(path, "xb")
            self._writer, self._offset = (os.getpid(), name, f), 0
        _pid, name, f = self._writer
        try:
            f.write(data)
            f.flush()
        except OSError:
            self._writer = None
            try:
                f.close()
            except OSError:
                pass
            raise
        offset, self._offset = self._offset, self._offset + len(data)
        return name, offset, len(data), zlib.crc32(data)

    def close(self) -> None:
        if self._writer is not None and self._writer[0] == os.getpid():
            self._writer[2].close()
        self._writer = None

    def loader(self, location: Location) -> Callable[[], Any]:
        """A function that reads the value later, in whichever process needs it. Raises
        ValueError if the pack is gone or does not hold what was written there."""
        path = os.path.join(self.folder, location[0])
        offset, length = location[1], location[2]

        def load() -> Any:
            try:
                with open(path, "rb") as f:
                    f.seek(offset)
                    data = f.read(length)
                return marshal.loads(_checked(data, location, path))
            except (OSError, EOFError, TypeError) as e:
                raise ValueError(str(e)) from None

        return load

    def collect(self, live: dict[str, Location]) -> dict[str, Location]:
        """Delete every file no live location is in; merge the small packs once there are
        MERGE_AT of them, and any big one more than half dead. Returns live with the new
        locations of the merged values."""
        self.close()
        try:
            names = os.listdir(self.folder)
        except OSError:
            return live
        held: dict[str, int] = {}
        for name, _offset, length, _crc in live.values():
            held[name] = held.get(name, 0) + length
        sizes: dict[str, int] = {}
        for name in names:
            if name not in held:
                _unlink(os.path.join(self.folder, name))
                continue
            try:
                sizes[name] = os.stat(os.path.join(self.folder, name)).st_size
            except OSError:
                continue
        small = {name for name, size in sizes.items() if size < SMALL_PACK}
        wasted = {name for name, size in sizes.items() if size >= SMALL_PACK and 2 * held[name] < size}
        if len(small) < MERGE_AT and not wasted:
            return live
        merge = small | wasted
        moved = dict(live)
        written: set[str] = set()
        try:
            for name in sorted(merge):
                with open(os.path.join(self.folder, name), "rb") as f:
                    data = f.read()
                for key, location in live.items():
                    if location[0] == name:
                        offset, length = location[1], location[2]
                        moved[key] = self._write(_checked(data[offset:offset + length], location, name))
                        written.add(moved[key][0])
        except (OSError, ValueError):  # keep the old packs: the caller's index still points into them
            self.close()
            for name in written:
                _unlink(os.path.join(self.folder, name))
            return live
        self.close()
        for name in merge:
            _unlink(os.path.join(self.folder, name))
        return moved


def _checked(data: bytes, location: Location, where: str) -> bytes:
    """data, if it is what was written at location (its length and CRC-32); else ValueError."""
    _name, offset, length, crc = location
    if len(data) != length or zlib.crc32(data) != crc:
        raise ValueError(f"{where}: not the bytes written at {offset}")
    return data


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
