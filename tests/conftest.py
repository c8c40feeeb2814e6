"""Fixtures shared by every test module. Plain helpers (paths, write_site, post, tree, ...) live
in tests/helpers.py; the names below are re-exported for modules that still import them from
conftest."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import (  # noqa: F401 -- re-exported: `from conftest import ...` keeps working
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    FIXTURES,
    MARKDOWN_DOCS,
    MATHJAX_DIR,
    REPO,
    SITES,
    browser,
    copy_example,
    post,
    run_cli,
    tree,
    write_site,
)
from hypothesis import settings as _hypothesis_settings


@pytest.fixture
def cli(capsys):
    """cli('build', '-s', path) -> (exit_code, stdout, stderr)"""
    def run(*argv: str) -> tuple[int, str, str]:
        return run_cli(*argv, capsys=capsys)
    return run


@pytest.fixture(scope="module")
def chromium():
    """Headless Chromium for one test module (each test opens its own pages or contexts). Per
    module, not per session: a module that drives Playwright itself must not meet a running one."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def example_site(tmp_path_factory) -> Path:
    """The example blog built once per session (drafts excluded); returns the output folder."""
    from blogbuild.build import build

    root = copy_example(tmp_path_factory.mktemp("example-site"))
    build(root)
    return root / "public"


# Hypothesis: a bounded number of examples by default, many more with HYPOTHESIS_PROFILE=nightly.
_hypothesis_settings.register_profile("blogbuild-ci", max_examples=60, deadline=None, print_blob=True)
_hypothesis_settings.register_profile("nightly", max_examples=2000, deadline=None, print_blob=True)
_hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "blogbuild-ci"))
