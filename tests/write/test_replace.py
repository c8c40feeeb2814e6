"""write/replace.py: a set of files replaced all at once or not at all."""

from __future__ import annotations

import pytest

from blogbuild.write.replace import replace_files


def test_a_failing_rename_puts_back_what_was_replaced(tmp_path):
    """The second file cannot be replaced (a folder is in the way): the first is put back."""
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text("old\n", encoding="utf-8")
    second.mkdir()
    (second / "x").write_text("in the way", encoding="utf-8")
    with pytest.raises(OSError):
        replace_files({first: "new\n", second: "new\n"})
    assert first.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml", "b.yaml"]


def test_new_files_bytes_text_and_copies(tmp_path):
    source = tmp_path / "upload.bin"
    source.write_bytes(b"\x00\x01")
    kept = tmp_path / "site" / "posts" / "a.md"
    kept.parent.mkdir(parents=True)
    kept.write_text("old\r\n", encoding="utf-8")
    kept.chmod(0o600)
    replace_files({kept: "新\r\n", tmp_path / "site" / "static" / "u" / "f.bin": source,
                   tmp_path / "site" / "comments" / "c.yaml": b"- id: 1\n"})
    assert kept.read_bytes() == "新\r\n".encode()  # newlines as given
    assert kept.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "site" / "static" / "u" / "f.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "site" / "comments" / "c.yaml").stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in (tmp_path / "site").rglob(".*")) == []  # no temporary file left


def test_a_failure_leaves_no_new_file_and_no_new_folder(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "in-the-way").mkdir()
    (site / "in-the-way" / "x").write_text("x", encoding="utf-8")
    with pytest.raises(OSError):
        replace_files({site / "posts" / "deep" / "a.md": "a", site / "in-the-way": "b"})
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*")) == ["in-the-way", "in-the-way/x"]
