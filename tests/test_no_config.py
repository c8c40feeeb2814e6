"""Outside a blog: every command that needs blog.yaml says so in the same words, with the way
to start one (issue 22: there were three wordings, none mentioning `blogbuild init`)."""

from __future__ import annotations

import pytest
from helpers import run_cli

COMMANDS = [["build"], ["check"], ["serve", "--port", "0"], ["new", "A title"], ["clean"], ["comments", "pull"]]


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda argv: argv[0])
def test_every_command_outside_a_blog_says_the_same_with_the_init_hint(tmp_path, capsys, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(*argv, capsys=capsys)
    assert (code, out) == (1, "")
    assert err.splitlines() == [f"blog.yaml: not found in {tmp_path} (is this the blog's folder? run in it or "
                                "pass --source DIR; `blogbuild init DIR` starts a new blog)"]
    assert list(tmp_path.iterdir()) == []
