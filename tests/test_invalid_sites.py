"""Broken sites: one precise line per problem, exit 1, no traceback, the previous site untouched.

Each folder in tests/sites/invalid/ is a small site plus `expected.txt`, the exact stderr of
`blogbuild build` (`{site}` stands for the site's absolute path). Conventions:

- `<name>-ok`: the build must succeed (expected.txt is empty) and replace the old site;
- `cli-<name>`: a command-line usage error, exit code 2; `args.txt` holds the arguments;
- anything else: exit code 1.

Some inputs cannot live in git: they are made by SETUP (a symlink to a file outside the site,
a 5 MB post). Every build runs in a copy under tmp_path whose output folder already holds a
previous site, which must come out byte for byte identical after a failure.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from helpers import SITES

from blogbuild.cli import main

INVALID = SITES / "invalid"
CASES = sorted(p.name for p in INVALID.iterdir() if p.is_dir())

OLD_SITE = {
    "index.html": b"<!doctype html><title>old</title><p>The previous site.</p>\n",
    "archives/old-post/index.html": b"<p>An old post that must survive a failed build.</p>\n",
    "static/style.css": b"body { color: #333 }\n",
}


def _symlink_outside(site: Path) -> None:
    secret = site.parent / "outside.md"
    secret.write_text("---\ntitle: Not part of the blog\ndate: 2024-01-02\n---\nprivate\n", encoding="utf-8")
    (site / "posts" / "evil.md").symlink_to(Path("..") / ".." / "outside.md")


def _static_symlink_outside(site: Path) -> None:
    """static/id_rsa → a private key outside the site: never copied into public/ (nor served)."""
    secret = site.parent / "id_rsa"
    secret.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n", encoding="utf-8")
    (site / "static").mkdir()
    (site / "static" / "style-extra.css").write_text("p { color: red }\n", encoding="utf-8")
    (site / "static" / "id_rsa").symlink_to(Path("..") / ".." / "id_rsa")


def _static_folder_outside(site: Path) -> None:
    """static/ itself a link to a folder outside the site: its files are outside too."""
    elsewhere = site.parent / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "notes.txt").write_text("private notes\n", encoding="utf-8")
    (site / "static").symlink_to(elsewhere, target_is_directory=True)


HUGE_PARAGRAPHS = 2_000


def _huge_post(site: Path) -> None:
    """About 5 MB of prose (CJK and Latin) with a formula in every paragraph."""
    words = ["the", "matrix", "is", "invertible", "矩阵", "的", "特征值", "and", "we", "integral"]
    paragraph = " ".join(words[i % len(words)] for i in range(400))
    parts = [f"{paragraph} so $x_{{{i}}}^2 < y$ holds." for i in range(HUGE_PARAGRAPHS)]
    text = "---\ntitle: Huge\ndate: 2024-01-02\n---\n" + "\n\n".join(parts) + "\n"
    (site / "posts").mkdir(exist_ok=True)  # git does not keep the empty folder
    (site / "posts" / "huge.md").write_text(text, encoding="utf-8")
    assert len(text.encode()) > 5_000_000


def _latin1_file_name(site: Path) -> None:
    """A name git cannot carry: the bytes of 'café' in Latin-1."""
    name = b"caf\xe9.md"
    with open(bytes(site / "posts") + b"/" + name, "w", encoding="utf-8") as f:
        f.write("---\ntitle: Café\ndate: 2024-01-02\n---\nx\n")


SETUP = {"symlink-outside": _symlink_outside, "static-symlink-outside": _static_symlink_outside,
         "static-folder-outside": _static_folder_outside, "huge-post-ok": _huge_post,
         "file-name-not-utf8": _latin1_file_name}


def _check_huge(out: Path) -> None:
    page = (out / "archives" / "huge" / "index.html").read_text(encoding="utf-8")
    assert page.count('<span class="math inline">') == HUGE_PARAGRAPHS
    assert rf"\(x_{{{HUGE_PARAGRAPHS - 1}}}^2 &lt; y\)" in page


def _check_bom(out: Path) -> None:
    page = (out / "archives" / "hello" / "index.html").read_text(encoding="utf-8")
    assert "<h1 class=\"post-title\">Hello</h1>" in page and "\ufeff" not in page


def _check_crlf(out: Path) -> None:
    page = (out / "archives" / "hello" / "index.html").read_text(encoding="utf-8")
    assert "\r" not in page
    assert r'<div class="math display">\[x^2\]</div>' in page
    assert "<p>Line one.</p>" in page and "hi" in page


def _check_draft(out: Path) -> None:
    assert (out / "archives" / "public" / "index.html").is_file()
    assert not (out / "archives" / "later").exists()
    assert "Saw the preview" not in (out / "comments" / "index.html").read_text(encoding="utf-8")


def _check_page_comments(out: Path) -> None:
    page = (out / "guestbook" / "index.html").read_text(encoding="utf-8")
    assert page.index('id="comment-1"') < page.index('class="replies"') < page.index('id="comment-2"')
    assert '<a class="reply-to" href="#comment-1">Reply to @A</a>' in page
    assert "/guestbook/#comment-2" in (out / "comments" / "recent.html").read_text(encoding="utf-8")
    assert "guestbook" not in (out / "index.html").read_text(encoding="utf-8").split("</nav>", 1)[1]


CHECKS = {"huge-post-ok": _check_huge, "bom-ok": _check_bom, "crlf-ok": _check_crlf,
          "draft-with-comments-ok": _check_draft, "page-comments-ok": _check_page_comments}


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under folder: relative path -> (bytes, mode)."""
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mode)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def prepare(case: str, tmp_path: Path) -> tuple[Path, list[str], str]:
    """Copy the case to tmp_path/site with an old site in public/; return (site, argv, expected stderr)."""
    site = tmp_path / "site"
    shutil.copytree(INVALID / case, site, symlinks=True)
    expected = (site / "expected.txt").read_text(encoding="utf-8").replace("{site}", str(site))
    (site / "expected.txt").unlink()
    args_file = site / "args.txt"
    if args_file.exists():
        argv = args_file.read_text(encoding="utf-8").replace("{site}", str(site)).split()
        args_file.unlink()
    else:
        argv = ["build", "--source", str(site)]
    if case in SETUP:
        SETUP[case](site)
    for rel, data in OLD_SITE.items():
        path = site / "public" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return site, argv, expected


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as e:  # argparse: usage errors
        code = e.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def temp_siblings(out: Path) -> list[str]:
    """Temporary folders beside the output."""
    from blogbuild.write import output

    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(output.TEMP_PREFIX))


def expected_exit(case: str) -> int:
    if case.endswith("-ok"):
        return 0
    return 2 if case.startswith("cli-") else 1


@pytest.mark.parametrize("case", CASES)
def test_invalid_site(case, tmp_path, capsys):
    site, argv, expected = prepare(case, tmp_path)
    out = site / "public"
    before = snapshot(out)

    code, stdout, stderr = run(argv, capsys)

    assert stderr == expected
    assert code == expected_exit(case)
    assert "Traceback" not in stderr
    assert temp_siblings(out) == []
    if code == 0:
        assert stdout.startswith("Built ")
        after = snapshot(out)
        assert after != before and "archives/old-post/index.html" not in after
        CHECKS[case](out)
    else:
        assert stdout == ""
        assert snapshot(out) == before


def test_every_case_has_an_expectation():
    for case in CASES:
        assert (INVALID / case / "expected.txt").is_file(), case
        text = (INVALID / case / "expected.txt").read_text(encoding="utf-8")
        assert (text == "") == case.endswith("-ok"), case
        assert text == "" or text.endswith("\n"), case
    assert set(CHECKS) == {c for c in CASES if c.endswith("-ok")}
    assert set(SETUP) <= set(CASES)


def test_one_line_per_problem_and_a_limit(tmp_path, capsys):
    """25 broken posts: the first 20 in file order, then a count of the rest."""
    _site, argv, _expected = prepare("too-many-errors", tmp_path)
    code, _out, err = run(argv, capsys)
    lines = err.splitlines()
    assert code == 1 and len(lines) == 21
    assert [line.split(":")[0] for line in lines[:20]] == [f"posts/post-{i:02d}.md" for i in range(1, 21)]
    assert lines[-1] == "... and 5 more errors"


@pytest.mark.parametrize("case", ["template-undefined", "feb-30", "several-errors"])
def test_debug_shows_the_traceback(case, tmp_path, capsys):
    site, argv, expected = prepare(case, tmp_path)
    code, _out, err = run(argv + ["--debug"], capsys)
    assert code == 1
    assert err.startswith("Traceback (most recent call last):")
    assert err.endswith(expected)


def test_non_utf8_names_the_byte(tmp_path, capsys):
    """The offset in the message is the offset of the first bad byte in the file."""
    site, argv, expected = prepare("not-utf8", tmp_path)
    data = (site / "posts" / "hello.md").read_bytes()
    offset = int(expected.split("at offset ")[1].split()[0])
    assert data[offset] == 0xE9 and data[:offset].decode("utf-8")
    assert run(argv, capsys)[2] == expected


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_inside_the_site_is_fine(tmp_path, capsys):
    site, argv, _expected = prepare("symlink-outside", tmp_path)
    (site / "posts" / "evil.md").unlink()
    (site / "drafts").mkdir()
    (site / "drafts" / "shared.md").write_text("---\ntitle: Shared\ndate: 2024-01-03\n---\nok\n", encoding="utf-8")
    (site / "posts" / "shared.md").symlink_to(Path("..") / "drafts" / "shared.md")
    (site / "assets").mkdir()
    (site / "assets" / "logo.svg").write_text("<svg/>", encoding="utf-8")
    (site / "static").mkdir()
    (site / "static" / "logo.svg").symlink_to(Path("..") / "assets" / "logo.svg")
    code, _out, err = run(argv, capsys)
    assert (code, err) == (0, "")
    assert (site / "public" / "archives" / "shared" / "index.html").is_file()
    assert (site / "public" / "static" / "logo.svg").read_text(encoding="utf-8") == "<svg/>"

