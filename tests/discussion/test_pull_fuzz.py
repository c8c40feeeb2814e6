"""Whatever a comment server answers (issue 18): `comments pull` either writes comments files the
build accepts, or says what is wrong in one line naming the URL, exit 1, every file as it was.
Random Isso-like answers (hypothesis) and the cases that were tracebacks."""

from __future__ import annotations

import json

import pytest
from helpers import fake_isso, post, run_cli, tree, write_site
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st


@pytest.fixture(scope="module")
def server():
    with fake_isso(lambda path: b"{}") as srv:
        yield srv


@pytest.fixture(scope="module")
def make_site(tmp_path_factory, server):
    def make():
        root = tmp_path_factory.mktemp("pullfuzz") / "site"
        url = server.url
        return write_site(root, {"a.md": post("A", "2024-01-03", slug="a")},
                          config=f"title: T\nurl: https://example.org/\ntimezone: '+08:00'\n"
                                 f"comments:\n  provider: isso\n  url: {url}\n",
                          comments={"a": "- id: 1\n  author: Old\n  date: 2024-01-03 10:00:00\n  body: Kept.\n"})
    return make


texts = st.text(max_size=30) | st.sampled_from(["$\\href{javascript:alert(1)}{x}$", "<script>alert(1)</script>",
                                                  "\u2028\x85\x00\ud800", "$\\require{nonexistent}$"])
numbers = st.integers(-2, 12) | st.sampled_from([2**63, 10**30, 1.5, float("inf")]) | st.booleans() | st.none()
times = st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from(
    [0, 253402300799, 253402300799.9, -1, 1e300, 1700000000]) | st.none() | st.text(max_size=3)
comment = st.fixed_dictionaries({"id": numbers, "parent": numbers, "created": times, "mode": st.sampled_from([1, 2, 4]),
                                 "text": texts | st.none(), "author": texts | st.none(),
                                 "website": st.sampled_from([None, "https://ok.example", "javascript:x", "http://[::1"])})
answers = st.fixed_dictionaries({"replies": st.lists(comment, max_size=6)}).map(json.dumps) | \
    st.sampled_from(["[" * 100_000 + "]" * 100_000, '{"replies": ' + "[" * 5000 + "]" * 5000 + "}", "null", '"x"'])


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(answers)
@example('{"replies": [{"id": 2, "parent": null, "created": 253402300799, "mode": 1, "text": "late"}]}')
@example('{"replies": [{"id": 0, "parent": 0, "created": 0.0, "mode": 1, "text": "x", "author": null, '
         '"website": "https://ok.example"}, {"id": 0, "parent": 0, "created": 0.0, "mode": 1, "text": null, '
         '"author": null, "website": null}]}')  # one id sent twice (found by hypothesis)
@example('{"replies": ' + "[" * 5000 + "]" * 5000 + "}")
def test_any_answer_is_pulled_into_files_that_build_or_is_one_line(server, make_site, capsys, answer):
    root = make_site()
    server.answer = lambda path: answer.encode("utf-8", "surrogatepass")
    before = tree(root)
    code, out, err = run_cli("comments", "pull", "-s", str(root), "--timeout", "5", capsys=capsys)
    if code != 0:
        assert code == 1 and out == "" and err.count("\n") == 1 and err.startswith("http://127.0.0.1:"), err
        assert tree(root) == before
        return
    code, _out, err = run_cli("build", "-s", str(root), capsys=capsys)
    assert (code, err) == (0, ""), err
