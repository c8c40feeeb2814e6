"""Shared test helpers: run the CLI in-process, build sites in tmp dirs, locate Chromium and MathJax."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings as _hypothesis_settings

from blogbuild.cli import main

REPO = Path(__file__).resolve().parent.parent
SITES = Path(__file__).resolve().parent / "sites"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# tests/run.sh installs the npm `mathjax` package here; MATHJAX_DIR overrides.
MATHJAX_DIR = Path(os.environ.get("MATHJAX_DIR", REPO / "tests" / ".node" / "node_modules" / "mathjax" / "es5"))
ARTIFACTS = REPO / "tests" / "artifacts"


def run_cli(*argv: str, capsys=None) -> tuple[int, str, str]:
    code = main(list(argv))
    if capsys is None:
        return code, "", ""
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def cli(capsys):
    """cli('build', '-s', path) -> (exit_code, stdout, stderr)"""
    def run(*argv: str) -> tuple[int, str, str]:
        return run_cli(*argv, capsys=capsys)
    return run


def write_site(root: Path, posts: dict[str, str], config: str | None = None,
               comments: dict[str, str] | None = None) -> Path:
    """Create a site: posts maps file names to full file text (front matter included)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "blog.yaml").write_text(config or "title: Test\nurl: https://example.org/\nauthor: Tester\n",
                                    encoding="utf-8")
    (root / "posts").mkdir(exist_ok=True)
    for name, text in posts.items():
        path = root / "posts" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for slug, text in (comments or {}).items():
        (root / "comments").mkdir(exist_ok=True)
        (root / "comments" / f"{slug}.yaml").write_text(text, encoding="utf-8")
    return root


def post(title: str = "T", date: str = "2024-01-02", body: str = "Hello.", **meta: str) -> str:
    lines = [f"title: {title}", f"date: {date}"] + [f"{k}: {v}" for k, v in meta.items()]
    return "---\n" + "\n".join(lines) + "\n---\n" + body + "\n"


def copy_example(tmp_path: Path, **config_overrides) -> Path:
    """A copy of the repo's example blog (posts, comments, blog.yaml) in tmp_path/example."""
    import yaml

    dest = tmp_path / "example"
    for name in ("posts", "comments"):
        shutil.copytree(REPO / name, dest / name)
    config = yaml.safe_load((REPO / "blog.yaml").read_text(encoding="utf-8"))
    config.update(config_overrides)
    (dest / "blog.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return dest


@pytest.fixture(scope="session")
def example_site(tmp_path_factory) -> Path:
    """The example blog built once per session (drafts excluded); returns the output folder."""
    from blogbuild.build import build

    root = copy_example(tmp_path_factory.mktemp("example-site"))
    build(root)
    return root / "public"


browser = pytest.mark.skipif(CHROMIUM is None or not (MATHJAX_DIR / "tex-chtml.js").is_file(),
                             reason="needs Chromium and the npm mathjax package (tests/run.sh installs both)")


# Hypothesis: a bounded number of examples by default, many more with HYPOTHESIS_PROFILE=nightly.
_hypothesis_settings.register_profile("blogbuild-ci", max_examples=60, deadline=None, print_blob=True)
_hypothesis_settings.register_profile("nightly", max_examples=2000, deadline=None, print_blob=True)
_hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "blogbuild-ci"))
