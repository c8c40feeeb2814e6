"""A comment server that fails: unreachable, stopped in the middle of a pull, answering 500,
answering something that is not JSON or not Isso's JSON, or not answering at all. Each is one
line naming the URL, exit 1, and not one file of comments/ changed (nor a temporary file left)."""

from __future__ import annotations

import http.server
import json
import threading
import time
from pathlib import Path

import pytest
import yaml
from helpers import post, run_cli, tree, write_site
from isso_server import IssoServer, free_port

from blogbuild.discussion.isso import Isso

GOOD_THREAD = {"id": None, "total_replies": 1, "hidden_replies": 0, "replies": [
    {"id": 7, "parent": None, "created": 1700000000.5, "modified": None, "mode": 1, "text": "New one.",
     "author": "Ann", "website": None, "likes": 0, "dislikes": 0, "hash": "x", "replies": []}]}
OLD_COMMENTS = "- id: 1\n  author: Old\n  date: 2024-01-03 10:00:00\n  body: Kept as it is.\n"


class FakeIsso(http.server.ThreadingHTTPServer):
    """Answers /count for two threads and thread a (read first: the newer post) well; thread b as `bad` says."""
    daemon_threads = True

    def __init__(self, bad) -> None:
        self.bad = bad
        self.release = threading.Event()
        self.counts: list[list[str]] = []
        super().__init__(("127.0.0.1", 0), _Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        try:
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up first (a deadline): nothing to report
            pass

    def do_POST(self):  # /count
        length = int(self.headers.get("Content-Length") or 0)
        uris = json.loads(self.rfile.read(length))
        self.server.counts.append(uris)
        self._send(200, json.dumps([1] * len(uris)).encode())

    def do_GET(self):
        if "%2Farchives%2Fa%2F" in self.path:
            if self.server.bad[0] == "slow":  # in time for one answer (0.6 of --timeout 3): slack for a busy machine
                time.sleep(1.8)
            return self._send(200, json.dumps(GOOD_THREAD).encode())
        if self.server.bad[0] == "slow":
            time.sleep(1.8)
            return self._send(200, json.dumps(GOOD_THREAD).encode())
        status, body = self.server.bad
        if status == "hang":
            self.server.release.wait(10)
            return
        if status in ("drip-head", "drip-body"):  # one byte every 0.1 s: no single read ever waits long
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            head += b"X-Drip: " if status == "drip-head" else b"Content-Length: 100000\r\n\r\n" + body
            try:
                self.wfile.write(head)
                while not self.server.release.wait(0.1):
                    self.wfile.write(b"x" if status == "drip-head" else b" ")
                    self.wfile.flush()
            except OSError:  # the client gave up, as it should
                pass
            return
        self._send(status, body)


@pytest.fixture
def site(tmp_path):
    def make(url: str) -> Path:
        config = f"title: T\nurl: https://example.org/\ncomments:\n  provider: isso\n  url: {url}\n"
        return write_site(tmp_path / "site", {"a.md": post("A", "2024-01-03", slug="a"),
                                              "b.md": post("B", "2024-01-02", slug="b")},
                          config=config, comments={"a": OLD_COMMENTS, "b": OLD_COMMENTS.replace("id: 1", "id: 2")})
    return make


def fake(bad):
    server = FakeIsso(bad)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.mark.parametrize("bad, message", [
    ((500, b"oops"), "HTTP 500 Internal Server Error"),
    ((200, b'{"replies": ['), "the answer is not JSON (Expecting value: line 1 column 14 (char 13))"),
    ((200, b"\xff\xfe"), "the answer is not JSON ('utf-8' codec can't decode byte 0xff in position 0: "
                         "invalid start byte)"),
    ((200, b"[]"), "malformed answer: expected an object with 'replies'"),
    ((200, b'{"replies": [{"id": "7"}]}'), "malformed answer: comment '7': 'id' is not a number"),
    ((200, b'{"replies": [{"id": 7, "created": "yesterday", "mode": 1}]}'),
     "malformed answer: comment 7: 'created' is not a time"),
    ((200, b'{"replies": [{"id": 7, "created": 1e300, "mode": 1}]}'),
     "malformed answer: comment 7: 'created' is not a time"),
    ((200, b'{"replies": [{"id": 7, "created": 1, "mode": 1, "text": ["<b>"]}]}'),
     "malformed answer: comment 7: 'text' is not text"),
    (("hang", b""), "no answer within 0.5 s"),
    (("drip-head", b""), "no answer within 0.5 s"),
    (("drip-body", b'{"replies": []'), "no answer within 0.5 s"),
])
def test_a_bad_answer_changes_no_file(site, bad, message, capsys):
    server = fake(bad)
    try:
        root = site(server.url)
        before = tree(root)
        code, out, err = run_cli("comments", "pull", "-s", str(root), "--timeout", "0.5", capsys=capsys)
        assert (code, out) == (1, "")
        assert err == f"{server.url}?uri=%2Farchives%2Fb%2F&plain=1: {message}\n"
        assert tree(root) == before  # a.yaml would have gained a comment: written all or none
        code, out, err = run_cli("build", "--pull-comments", "-s", str(root), "--timeout", "0.5", capsys=capsys)
        assert (code, out, err) == (1, "", f"{server.url}?uri=%2Farchives%2Fb%2F&plain=1: {message}\n")
        assert tree(root) == before  # and no build either
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()


def test_a_pull_as_a_whole_has_a_deadline(site, monkeypatch, capsys):
    """Each answer in time, but together too slow: the pull gives up at WHOLE_PULL x --timeout."""
    from blogbuild.discussion import isso

    monkeypatch.setattr(isso, "WHOLE_PULL", 1)
    server = fake(("slow", b""))
    try:
        root = site(server.url)
        before = tree(root)
        code, out, err = run_cli("comments", "pull", "-s", str(root), "--timeout", "3", capsys=capsys)
        assert (code, out) == (1, "")
        assert err == f"{server.url}?uri=%2Farchives%2Fb%2F&plain=1: no answer within 3 s\n"
        assert tree(root) == before
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()


def test_the_same_server_answering_well_is_pulled(site, monkeypatch, capsys):
    """The fixture's good half is good: with the second thread answering too, both files change.
    (Thread counts asked one thread at a time: Isso refuses big requests, so pull asks in batches.)"""
    from blogbuild.discussion import isso

    monkeypatch.setattr(isso, "COUNT_BATCH", 1)
    server = fake((200, json.dumps(GOOD_THREAD).encode()))
    try:
        root = site(server.url)
        code, out, _ = run_cli("comments", "pull", "-s", str(root), capsys=capsys)
        assert code == 0 and out.endswith(": 2 new, 0 edited, 2 files written\n")
        assert (root / "comments" / "a.yaml").read_text(encoding="utf-8").startswith(OLD_COMMENTS)
        assert "id: isso-7\n" in (root / "comments" / "a.yaml").read_text(encoding="utf-8")
        assert "id: isso-7-2\n" in (root / "comments" / "b.yaml").read_text(encoding="utf-8")  # ids are site-wide
        assert server.counts == [["/archives/a/"], ["/archives/b/"]]
    finally:
        server.shutdown()
        server.server_close()


def test_unreachable_server(site, capsys):
    url = f"http://127.0.0.1:{free_port()}/"
    root = site(url)
    before = tree(root)
    code, out, err = run_cli("comments", "pull", "-s", str(root), capsys=capsys)
    assert (code, out, err) == (1, "", f"{url}count: cannot connect: Connection refused\n")
    assert tree(root) == before


def test_a_server_stopped_in_the_middle_of_a_pull(site, tmp_path, monkeypatch, capsys):
    """A real Isso with comments in both threads, stopped once the first thread has been read."""
    isso = IssoServer(tmp_path / "isso").start()
    try:
        root = site(isso.url)
        for uri in ("/archives/a/", "/archives/b/"):
            isso.post(uri, f"Comment on {uri}", author="Bea")
        before = tree(root)
        fetch_thread = Isso.fetch_thread

        def then_stop(self, uri, *args):
            found = fetch_thread(self, uri, *args)
            isso.stop()
            return found

        monkeypatch.setattr(Isso, "fetch_thread", then_stop)
        code, out, err = run_cli("comments", "pull", "-s", str(root), capsys=capsys)
        assert (code, out) == (1, "")
        assert err == f"{isso.url}?uri=%2Farchives%2Fb%2F&plain=1: cannot connect: Connection refused\n"
        assert tree(root) == before
    finally:
        isso.stop()


def test_what_a_hostile_server_sends_is_pulled_into_files_that_build(site, capsys):
    """A reply to itself, replies in a circle, a formula needing an extension MathJax does not have:
    the pull writes what the build accepts (issue 18), and says what it mended."""
    def comment(cid, parent, text):
        return {"id": cid, "parent": parent, "created": 1700000000.5 + cid, "modified": None, "mode": 1,
                "text": text, "author": "Eve", "website": None, "likes": 0, "dislikes": 0, "hash": "x",
                "replies": []}

    thread = {"id": None, "total_replies": 4, "hidden_replies": 0, "replies": [
        comment(7, 7, "I answer myself."), comment(8, 9, "A circle, one"), comment(9, 8, "A circle, two"),
        comment(10, None, "Needs $\\require{nonexistent}\\foo$ and has $x^2$.")]}
    server = fake((200, json.dumps(thread).encode()))
    try:
        root = site(server.url)
        code, out, err = run_cli("comments", "pull", "-s", str(root), capsys=capsys)
        assert (code, err) == (0, "")
        # thread b: 7 answers itself: it answers the post; 8 answers 9, which the server dates after
        # it: it keeps its parent; 9 answers 8, which would close a circle: it answers the post
        assert "5 new (2 replying to itself, to a missing comment or in a circle, made a reply to the post)" in out
        by_body = {c["body"]: c for c in yaml.safe_load((root / "comments" / "b.yaml").read_text("utf-8"))}
        one, two = by_body["A circle, one"], by_body["A circle, two"]
        alone = by_body["I answer myself."]
        assert (one.get("parent"), two.get("parent"), alone.get("parent")) == (two["id"], None, None)
        code, _out, err = run_cli("build", "-s", str(root), "--math", "server", capsys=capsys)
        assert code == 0, err
        page = (root / "public" / "archives" / "b" / "index.html").read_text(encoding="utf-8")
        assert "I answer myself." in page and "<mjx-container" in page
    finally:
        server.shutdown()
        server.server_close()
