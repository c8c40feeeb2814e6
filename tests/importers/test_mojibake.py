"""Double-encoded UTF-8 in database dumps (UTF-8 bytes read as latin-1 or cp1252, "ä¸­æ–‡" for
"中文") is repaired and counted; text that was right is never touched."""

from __future__ import annotations

import typecho_fixture as fx
from helpers import run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from blogbuild.importers.mojibake import repaired


def double_encoded(text: str, codec: str = "cp1252") -> str:
    """What an old MySQL connection in latin1 stored: the UTF-8 bytes read one byte a character
    (MySQL's latin1 is cp1252, its five unassigned bytes read as latin-1's control characters)."""
    return "".join(bytes([b]).decode(codec, errors="ignore") or chr(b) for b in text.encode("utf-8"))


def test_a_typecho_dump_with_double_encoded_rows_is_repaired_and_counted(tmp_path, capsys):
    data = fx.rows()
    title = "构造一个显式的、总是可逆的矩阵"
    post = next(r for r in data["contents"] if r["title"] == title)
    post["title"] = double_encoded(title)
    comment = next(r for r in data["comments"] if r["cid"] == post["cid"] and r["status"] == "approved")
    author = "Zoë 张三"
    comment["author"] = double_encoded(author)
    dump = tmp_path / "blog.sql"
    dump.write_text(fx.mysqldump(data), encoding="utf-8")
    code, out, err = run_cli("import", "typecho", str(dump), "-s", str(tmp_path / "site"), capsys=capsys)
    assert (code, err) == (0, "")
    assert "2 double-encoded text repaired" in out
    written = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "site").rglob("*.*") if p.suffix in
                      (".md", ".yaml"))
    assert title in written and author in written
    assert double_encoded(title) not in written


def test_a_clean_dump_reports_no_repair(tmp_path, capsys):
    dump = tmp_path / "blog.sql"
    dump.write_text(fx.mysqldump(fx.rows()), encoding="utf-8")
    code, out, _e = run_cli("import", "typecho", str(dump), "-s", str(tmp_path / "site"), capsys=capsys)
    assert code == 0 and "double-encoded" not in out


PROSE = st.characters(exclude_categories=("Cs", "Cc"), include_characters="\n\t")
SAMPLES = ["中文标题与公式 $\\sum_{i=1}^n i^2$", "Ça a été naïve, Größe, Ærø, señor", "Ã is a letter too: $Ã$",
           "£5 — “quoted” … ©®™ µ ±", "Übung: $\\hat{x} \\in \\mathbb{R}$ für alle x", "Łódź, Dvořák, İstanbul"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(SAMPLES), st.text(PROSE)), max_size=6).map(" ".join))
def test_right_text_is_never_repaired(text):
    """Any text that is not itself UTF-8 read as cp1252 (Chinese, math, European accents, anything
    but control characters, which no post's text holds: ftfy reads `á\x80 ` as the mojibake it
    would be)."""
    if not is_mojibake_of_something(text):
        assert repaired(text) == text


def is_mojibake_of_something(text: str) -> bool:
    """text is what double_encoded makes of some other text (then repairing it is the right call)."""
    try:
        data = bytes(ch.encode("cp1252")[0] if ch.encode("cp1252", errors="ignore") else ord(ch) for ch in text)
        return not text.isascii() and data.decode("utf-8") != text
    except (UnicodeError, ValueError):
        return False


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([s for s in SAMPLES if "Ã " not in s]), min_size=1, max_size=4).map(" ".join))
def test_double_encoded_text_comes_back(text):
    """("Ã " double-encoded reads as "à" whose no-break space became a space: ftfy takes it so.)"""
    assert repaired(double_encoded(text)) == text
