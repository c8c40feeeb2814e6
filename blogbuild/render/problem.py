"""One mistake found in a post: where it is and what it is (`posts/x.md:LINE:COL: message`).

Its own module so that what reports problems (the checks, and MathJax at build time) can name it
without loading the checks: the build starts its Node worker before those load.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"
