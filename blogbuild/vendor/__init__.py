"""Third-party files blogbuild ships: MathJax 3 (mathjax/, Apache-2.0, see mathjax/NOTICE).

vendor_mathjax.py chose the files from the npm package; BROWSER and NODE say what each side loads.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
MATHJAX_DIR = HERE / "mathjax" / "es5"
MATHJAX_VERSION_FILE = HERE / "mathjax_version.txt"
MATHJAX_NODE_DIR = HERE / "mathjax" / "node"
"""The same MathJax compiled for ES2020, which the build-time worker runs (vendor_mathjax.py --node)."""

BROWSER = ["tex-chtml.js", "ui/safe.js", "a11y/assistive-mml.js", "input/tex/extensions/*.js",
           "output/chtml/fonts/woff-v2/*.woff"]
"""What a page's client-side MathJax loads: the combined component and what it loads on demand."""
NODE = ["startup.js", "core.js", "input/tex.js", "output/chtml.js", "output/chtml/fonts/tex.js",
        "adaptors/liteDOM.js"]
"""What blogbuild/render/typeset_worker.js loads in Node (besides ui/safe, assistive-mml, extensions)."""
FONTS = "output/chtml/fonts/woff-v2"
"""The CHTML woff fonts, under MATHJAX_DIR and under <output>/mathjax/."""


def mathjax_version() -> str:
    return MATHJAX_VERSION_FILE.read_text(encoding="utf-8").strip()


def browser_files(es5: Path = MATHJAX_DIR, patterns: list[str] = BROWSER) -> list[str]:
    """The files of es5 a page may load, relative to es5, sorted."""
    return sorted({p.relative_to(es5).as_posix() for pattern in patterns for p in es5.glob(pattern)})
