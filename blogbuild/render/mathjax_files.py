"""MathJax's files in the output: what the pages of each math mode load, from blogbuild's own copy
(blogbuild/vendor/mathjax/) unless blog.yaml points elsewhere, so no page needs a CDN."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from blogbuild.errors import BlogbuildError
from blogbuild.render.server_math import STYLESHEET
from blogbuild.vendor import FONTS, MATHJAX_DIR, browser_files

if TYPE_CHECKING:
    from blogbuild.site.config import Config
    from blogbuild.write.output import Stage


def put_mathjax(stage: Stage, root: Path, config: Config, stylesheet: str | None) -> None:
    """server (stylesheet given: the one CHTML stylesheet, Typesetter.stylesheet's or the build's
    remembered copy of it): the woff fonts and the stylesheet (typeset pages load no script).
    client: mathjax.copy_from's folder, else blogbuild's copy unless mathjax.src names another."""

    if stylesheet is not None:
        for rel in browser_files(patterns=[FONTS + "/*.woff"]):
            stage.put("mathjax/" + rel, (MATHJAX_DIR / rel).read_bytes())
        stage.put(STYLESHEET, stylesheet.encode("utf-8"))
    elif config.mathjax.copy_from:
        src = (root / config.mathjax.copy_from).resolve()
        if not (src / "tex-chtml.js").is_file():
            raise BlogbuildError(f"'mathjax.copy_from' has no tex-chtml.js: {src}", "blog.yaml",
                                 hint="point it at node_modules/mathjax/es5")
        stage.put_tree(src, "mathjax")
    elif config.mathjax.src is None:
        for rel in browser_files():
            stage.put("mathjax/" + rel, (MATHJAX_DIR / rel).read_bytes())


def mathjax_src(config: Config, link) -> str:
    """Where client-mode pages load tex-chtml.js from (link: the site's URL for a path)."""
    if config.mathjax.copy_from or config.mathjax.src is None:
        return link("/mathjax/tex-chtml.js")
    return config.mathjax.src
