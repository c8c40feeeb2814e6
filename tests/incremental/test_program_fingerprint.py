"""What the build cache is keyed by, besides the site: the program (incremental/keys.py). A result
stored by one blogbuild must never serve another, so every Python file of the package counts,
wherever it is (the vendored MathJax's folders are walked too), and nothing else does (__pycache__).
The file list is made once a process (lru_cache); each case here starts afresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from blogbuild.incremental import keys


@pytest.fixture
def package(tmp_path: Path, monkeypatch) -> Path:
    root = tmp_path / "blogbuild"
    for rel in ("__init__.py", "build.py", "render/pages.py", "vendor/mathjax/deep/er/tool.py",
                "render/__pycache__/pages.cpython-311.pyc", "data/macros.txt", "data/make_macros.py",
                "data/__pycache__/make_macros.cpython-311.pyc", "render/worker.js", "vendor/mathjax_version.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(f"# {rel}\n", encoding="utf-8")
    monkeypatch.setattr(keys, "PACKAGE", root)
    monkeypatch.setattr(keys, "LIBRARIES", ())
    _forget()
    yield root
    _forget()


def _forget() -> None:
    for cached in (keys._python_files, keys._own_files, keys.program_files, keys.code_fingerprint):
        cached.cache_clear()


def _fingerprint() -> str:
    _forget()
    return keys.code_fingerprint()


def test_every_python_file_of_the_package_is_part_of_the_program(package: Path):
    expected = sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)
    assert len(expected) == 5
    assert keys._python_files() == expected
    assert set(expected) <= set(keys.program_files())


@pytest.mark.parametrize("change", ["edit a module", "edit a deep file", "add a file", "remove a file",
                                    "move a file"])
def test_any_change_to_the_program_changes_its_fingerprint(package: Path, change: str):
    before = _fingerprint()
    if change == "edit a module":
        (package / "build.py").write_text("# build.py, another version\n", encoding="utf-8")
    elif change == "edit a deep file":
        (package / "vendor/mathjax/deep/er/tool.py").write_text("x = 2\n", encoding="utf-8")
    elif change == "add a file":
        (package / "render/new.py").write_text("", encoding="utf-8")
    elif change == "remove a file":
        (package / "render/pages.py").unlink()
    else:  # the same bytes under another name
        (package / "render/pages.py").rename(package / "render/planner.py")
    assert _fingerprint() != before


def test_compiled_files_are_not_the_program(package: Path):
    before = _fingerprint()
    (package / "render/__pycache__/pages.cpython-311.pyc").write_bytes(b"other bytes")
    (package / "render/__pycache__/stray.py").write_text("", encoding="utf-8")
    assert _fingerprint() == before


def test_the_no_op_snapshot_watches_every_file_the_fingerprint_reads_and_no_folder(package: Path, monkeypatch):
    """A file the fingerprint reads but the snapshot does not watch would change the program
    unseen: a build after editing it would stop early as if nothing had changed."""
    read = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or real(self))
    _fingerprint()
    watched = keys.program_files()
    assert {package / rel for rel in ("data/macros.txt", "data/make_macros.py", "render/worker.js",
                                      "vendor/mathjax_version.txt", "build.py")} <= set(read)
    assert set(read) <= set(watched)
    assert all(path.is_file() for path in watched) and len(watched) == len(set(watched))
    (package / "data" / "extra.json").write_text("{}", encoding="utf-8")  # a data file of a new kind
    before = _fingerprint()
    (package / "data" / "extra.json").write_text('{"x": 1}', encoding="utf-8")
    assert _fingerprint() != before and package / "data" / "extra.json" in keys.program_files()
