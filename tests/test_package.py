"""The wheel is a real package: the default theme ships inside it, and it builds a bare folder."""

from __future__ import annotations

import importlib.util
import site
import subprocess
import sys
import sysconfig
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest
from helpers import REPO

pytestmark = pytest.mark.slow

# Runs in the fresh venv: blogbuild must come from the wheel installed there (argv[1] is that venv's
# site-packages), its default theme from inside the package, and the checkout must not be on sys.path.
SMOKE = """\
import sys
from pathlib import Path

site_dir, repo = Path(sys.argv[1]).resolve(), str(Path(sys.argv[2]).resolve())
import blogbuild
import blogbuild.cli as c
from blogbuild.render.templates import theme_dir

assert 'site-packages' in c.__file__, c.__file__
assert Path(blogbuild.__file__).resolve() == site_dir / 'blogbuild' / '__init__.py', blogbuild.__file__
assert theme_dir().resolve() == site_dir / 'blogbuild' / 'theme', theme_dir()
assert not any(p and Path(p).resolve() == Path(repo) for p in sys.path), sys.path
sys.exit(c.main(['build', *sys.argv[3:]]))
"""


def _run(*argv: str | Path, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in argv], capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, f"{argv}:\n{result.stdout}\n{result.stderr}"
    return result


def _test_env_site_dirs() -> list[str]:
    """Where this test run's libraries live (a venv's site-packages, or the system's site dirs)."""
    dirs = [sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"], *site.getsitepackages()]
    if site.ENABLE_USER_SITE:
        dirs.append(site.getusersitepackages())
    return [d for d in dict.fromkeys(dirs) if Path(d).is_dir()]


def _wheel_from(source: Path | str, wheels: Path) -> Path:
    """pip's wheel of source (the checkout, or an sdist)."""
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", wheels]
    if importlib.util.find_spec("hatchling") is not None:  # the `test` extra has it: no download needed
        pip_wheel.append("--no-build-isolation")
    _run(*pip_wheel, source)
    return next(wheels.glob("blogbuild-*.whl"))


def _assert_carries_theme_starter_and_mathjax(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "blogbuild/theme/templates/base.html" in names
    assert "blogbuild/starter/deploy.yml" in names and "blogbuild/starter/gitignore" in names  # blogbuild init
    assert "blogbuild/theme/static/style.css" in names
    # MathJax ships inside: pages and `--math server` need no CDN and no npm
    for name in ("vendor/mathjax/es5/tex-chtml.js", "vendor/mathjax/es5/startup.js", "vendor/mathjax/LICENSE",
                 "vendor/mathjax/NOTICE", "vendor/mathjax_version.txt", "render/typeset_worker.js",
                 "vendor/mathjax/es5/output/chtml/fonts/woff-v2/MathJax_Main-Regular.woff",
                 # the worker's ES2020 build of the same MathJax, and the one package it requires
                 "vendor/mathjax/node/components/src/source.js", "vendor/mathjax/node/js/mathjax.js",
                 "vendor/mathjax/node/mhchemparser/mhchemParser.js", "vendor/mathjax/node/NOTICE"):
        assert "blogbuild/" + name in names, name


def test_sdist_carries_what_the_wheel_needs(tmp_path):
    """The sdist (what PyPI users without a wheel build from) makes a wheel as complete as the
    checkout's, and carries the license, changelog and README the metadata names."""
    if importlib.util.find_spec("hatchling") is None:
        pytest.skip("needs hatchling (the test extra)")
    dist = tmp_path / "dist"
    _run(sys.executable, "-m", "hatchling", "build", "--target", "sdist", "-d", dist, cwd=REPO)
    sdist = next(dist.glob("blogbuild-*.tar.gz"))
    with tarfile.open(sdist) as tar:
        members = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    assert {"LICENSE", "CHANGELOG.md", "README.md", "pyproject.toml", ".github/workflows/deploy.yml"} <= members
    assert not any(name.startswith(("tests/.node", "tests/.venvs")) for name in members)
    _assert_carries_theme_starter_and_mathjax(_wheel_from(sdist, tmp_path / "wheels"))


def test_wheel_installs_and_builds_a_folder_with_only_config_and_posts(tmp_path):
    wheel = _wheel_from(REPO, tmp_path / "wheels")
    _assert_carries_theme_starter_and_mathjax(wheel)
    with zipfile.ZipFile(wheel) as whl:
        metadata = next(whl.read(n).decode() for n in whl.namelist() if n.endswith(".dist-info/METADATA"))
    for field in ("Classifier: ", "Project-URL: ", "Keywords: ", "License-Expression: MIT", "License-File: LICENSE",
                  "Description-Content-Type: text/markdown", "Requires-Python: "):
        assert field in metadata, field

    # A venv with the wheel installed, which sees the test environment's libraries (the dependencies)
    # but not the editable checkout. Not system_site_packages=True: that shows the *base* interpreter's
    # packages, which lack the dependencies when the tests run in a venv. A .pth file of plain paths
    # appends the test environment's site dirs after the venv's own (which holds the wheel), and does
    # not run the .pth files there, so the editable install's hook never puts the checkout on sys.path.
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    py = env_dir / "bin" / "python"
    site_dir = Path(_run(py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
    (site_dir / "blogbuild-test-env.pth").write_text("".join(d + "\n" for d in _test_env_site_dirs()),
                                                     encoding="utf-8")
    _run(sys.executable, "-m", "pip", "--python", py, "install", "-q", "--no-deps", "--no-index", wheel)
    assert (site_dir / "blogbuild" / "theme" / "templates" / "base.html").is_file()

    blog = tmp_path / "blog"
    (blog / "posts").mkdir(parents=True)
    (blog / "blog.yaml").write_text("title: Smoke\nurl: https://example.org/blog/\nauthor: A\n", encoding="utf-8")
    (blog / "posts" / "hello.md").write_text(
        "---\ntitle: 你好\ndate: 2024-01-02\nreaders: 7\n---\nHello $x_1*y_2*z$ and \\(a<b\\).\n", encoding="utf-8")
    result = subprocess.run([str(py), "-c", SMOKE, str(site_dir), str(REPO)],
                            cwd=blog, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    page = (blog / "public" / "index.html").read_text(encoding="utf-8")
    assert r"\(x_1*y_2*z\)" in page and r"\(a&lt;b\)" in page
    assert (blog / "public" / "static" / "style.css").is_file()
    assert (blog / "public" / "mathjax" / "tex-chtml.js").is_file()  # blogbuild's own copy, served locally

    result = subprocess.run([str(py), "-c", SMOKE, str(site_dir), str(REPO), "--math", "server", "-o", "server"],
                            cwd=blog, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    page = (blog / "server" / "index.html").read_text(encoding="utf-8")
    assert page.count("<mjx-container") == 2 and r"\(" not in page
