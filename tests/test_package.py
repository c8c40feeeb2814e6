"""The wheel is a real package: the default theme ships inside it, and it builds a bare folder."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from helpers import REPO

pytestmark = pytest.mark.slow


def test_wheel_installs_and_builds_a_folder_with_only_config_and_posts(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(REPO)],
                   check=True, capture_output=True)
    wheel = next(wheels.glob("blogbuild-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "blogbuild/theme/templates/base.html" in names
    assert "blogbuild/theme/static/style.css" in names

    # A venv that sees the test environment's libraries but not the editable checkout.
    env_dir = tmp_path / "venv"
    venv.create(env_dir, system_site_packages=True, with_pip=False)
    py = env_dir / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "-q", "--no-deps",
                    "--target", str(tmp_path / "site-packages"), str(wheel)], check=True, capture_output=True)
    blog = tmp_path / "blog"
    (blog / "posts").mkdir(parents=True)
    (blog / "blog.yaml").write_text("title: Smoke\nurl: https://example.org/blog/\nauthor: A\n", encoding="utf-8")
    (blog / "posts" / "hello.md").write_text(
        "---\ntitle: 你好\ndate: 2024-01-02\nreaders: 7\n---\nHello $x_1*y_2*z$ and \\(a<b\\).\n", encoding="utf-8")
    result = subprocess.run(
        [str(py), "-c", "import sys; sys.path.insert(0, sys.argv[1]); import blogbuild.cli as c; "
                        "assert 'site-packages' in c.__file__, c.__file__; sys.exit(c.main(['build']))",
         str(tmp_path / "site-packages")],
        cwd=blog, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    page = (blog / "public" / "index.html").read_text(encoding="utf-8")
    assert r"\(x_1*y_2*z\)" in page and r"\(a&lt;b\)" in page
    assert (blog / "public" / "static" / "style.css").is_file()
