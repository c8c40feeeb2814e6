"""A real Isso server for the tests (`from isso_server import IssoServer`): the `isso` package
from the test extra, run as its own process on 127.0.0.1 with its own SQLite file, moderation and
rate limits off, and a small REST client for what readers do (post, edit, read a thread)."""

from __future__ import annotations

import http.cookiejar
import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

CONFIG = """\
[general]
dbpath = {db}
host =
{hosts}
latest-enabled = true
max-age = 1h
[moderation]
enabled = false
[guard]
enabled = false
[server]
listen = http://127.0.0.1:{port}/
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class IssoServer:
    def __init__(self, folder: Path, hosts: tuple[str, ...] = ("http://127.0.0.1/",)) -> None:
        pytest.importorskip("isso", reason="the test extra installs isso (pip install -e '.[test]')")
        self.folder, self.hosts = folder, hosts
        self.folder.mkdir(parents=True, exist_ok=True)
        self.config = self.folder / "isso.cfg"
        self.db = self.folder / "comments.db"
        self.process: subprocess.Popen | None = None
        self.port = 0
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> IssoServer:
        for _attempt in range(3):  # a free port can be taken between asking and binding
            self.port = free_port()
            self.config.write_text(CONFIG.format(db=self.db, port=self.port,
                                                 hosts="\n".join(f"    {h}" for h in self.hosts)), encoding="utf-8")
            log = open(self.folder / "isso.log", "ab")  # noqa: SIM115 - the process keeps it
            self.process = subprocess.Popen([sys.executable, "-c", "from isso import main; main()",
                                             "-c", str(self.config), "run"], stdout=log, stderr=log)
            log.close()
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and self.process.poll() is None:
                try:
                    with urllib.request.urlopen(self.url + "config", timeout=1):
                        return self
                except OSError:
                    time.sleep(0.05)
            self.stop()
        raise RuntimeError(f"Isso did not start: {(self.folder / 'isso.log').read_text(errors='replace')[-2000:]}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def _call(self, method: str, path: str, body: object = None) -> object:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + path.lstrip("/"), data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with self.opener.open(request, timeout=10) as response:
            return json.loads(response.read() or b"null")

    def post(self, uri: str, text: str, *, author: str | None = None, website: str | None = None,
             parent: int | None = None, title: str = "A post") -> dict:
        """A reader posts a comment (POST /new), as Isso's form does; returns Isso's answer."""
        return self._call("POST", f"new?uri={quote(uri, safe='')}",
                          {"text": text, "author": author, "website": website, "parent": parent, "title": title})

    def edit(self, ident: int, text: str, *, author: str | None = None) -> dict:
        """Its author edits it (PUT /id/<id>, allowed with the cookie the post returned)."""
        return self._call("PUT", f"id/{ident}", {"text": text, "author": author, "website": None})

    def thread(self, uri: str) -> list[dict]:
        """Every public comment of a thread, replies flattened, with the raw text (plain=1)."""
        answer = self._call("GET", f"?uri={quote(uri, safe='')}&plain=1")
        found, todo = [], list(answer["replies"])
        while todo:
            item = todo.pop(0)
            found.append(item)
            todo.extend(item.get("replies") or [])
        return found
