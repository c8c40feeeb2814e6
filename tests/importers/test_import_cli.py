"""`blogbuild import` as a user runs it, for the readers whose own tests call them directly (hexo,
jekyll, markdown): through cli.main, then `blogbuild build`; and the options' rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import post, run_cli, tree, write_site

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("kind", ["hexo", "jekyll"])
def test_a_static_site_generator_folder_imports_builds_and_imports_again_to_the_same_files(tmp_path, capsys, kind):
    site = tmp_path / "site"
    code, out, err = run_cli("import", kind, str(FIXTURES / f"{kind}-site"), "-s", str(site), capsys=capsys)
    assert (code, err) == (0, "")
    assert out.startswith(f"Imported from {kind}-site: ")
    before = tree(site)
    code, out, err = run_cli("import", kind, str(FIXTURES / f"{kind}-site"), "-s", str(site), capsys=capsys)
    assert (code, err) == (0, "") and "files: 0 written" in out
    assert tree(site) == before
    code, _o, err = run_cli("build", "-s", str(site), capsys=capsys)
    assert (code, err) == (0, "")


def test_the_command_check_suggests_rewrites_the_post(tmp_path, capsys):
    site = write_site(tmp_path / "site", {"a.md": post(body="Inline $ x^2 $ and $ y $ here.")})
    code, out, _e = run_cli("check", "-s", str(site), capsys=capsys)
    suggestion = next(line for line in out.splitlines() if "rewrite with: " in line).split("rewrite with: ")[1]
    assert suggestion == "blogbuild import markdown posts/a.md"
    code, out, err = run_cli(*suggestion.split()[1:], "-s", str(site), capsys=capsys)  # from anywhere
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "1 post rewritten"
    assert "$ x^2 $" not in (site / "posts" / "a.md").read_text(encoding="utf-8")
    code, out, _e = run_cli("check", "-s", str(site), capsys=capsys)
    assert "rewrite with" not in out


def test_dialect_is_for_markdown_hexo_jekyll_only(tmp_path, capsys):
    (tmp_path / "x.sql").write_text("", encoding="utf-8")
    code, out, err = run_cli("import", "typecho", str(tmp_path / "x.sql"), "-s", str(tmp_path / "s"),
                             "--dialect", "kramdown", capsys=capsys)
    assert (code, out, err) == (1, "", "--dialect: is for `blogbuild import markdown/hexo/jekyll` only, not typecho\n")
