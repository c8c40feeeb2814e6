"""blogbuild: a static blog generator for people who write mathematics."""

from blogbuild.version import __version__

__all__ = ["BlogbuildError", "BuildReport", "__version__", "build"]


def __getattr__(name: str):
    """build and its friends are imported on first use: `blogbuild build` of an unchanged site
    must not pay for Jinja, PyYAML and markdown-it (see blogbuild/incremental/snapshot.py)."""
    if name == "build":
        from blogbuild.build import build

        return build
    if name == "BuildReport":
        from blogbuild.site.models import BuildReport

        return BuildReport
    if name == "BlogbuildError":
        from blogbuild.errors import BlogbuildError

        return BlogbuildError
    raise AttributeError(f"module 'blogbuild' has no attribute {name!r}")
