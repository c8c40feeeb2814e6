"""blogbuild: a static blog generator for people who write mathematics."""

__version__ = "0.1.0"

from blogbuild.build import BuildReport, build  # noqa: E402
from blogbuild.errors import BlogbuildError  # noqa: E402

__all__ = ["BlogbuildError", "BuildReport", "__version__", "build"]
