"""Copy the part of MathJax 3 that blogbuild uses into blogbuild/vendor/mathjax/ (run after an upgrade).

    python blogbuild/vendor/vendor_mathjax.py path/to/node_modules/mathjax

The npm `mathjax` package is 24 MB, mostly components a blog never loads (SVG output, MathML and
AsciiMath input, the speech engine). A page needs `tex-chtml.js`, what it loads on demand
(`ui/safe`, the assistive MathML, the TeX extensions `autoload` fetches) and the CHTML woff fonts;
build-time typesetting in Node needs the separate components of the same code (startup, core,
input/tex, output/chtml, the liteDOM adaptor). That is about 4 MB, shipped inside the wheel so a
site builds, previews and works offline.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from blogbuild.vendor import BROWSER, HERE, MATHJAX_VERSION_FILE, NODE

TARGET = HERE / "mathjax"


def vendor(package: Path, target: Path = TARGET) -> list[str]:
    """Copy the files above from an npm `mathjax` package folder; returns their paths in es5/."""
    es5 = package / "es5"
    version = json.loads((package / "package.json").read_text(encoding="utf-8"))["version"]
    if target.exists():
        shutil.rmtree(target)
    copied = []
    for pattern in BROWSER + NODE:
        matches = sorted(es5.glob(pattern))
        if not matches:
            raise SystemExit(f"{es5}: nothing matches {pattern}")
        for src in matches:
            rel = src.relative_to(es5).as_posix()
            (target / "es5" / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, target / "es5" / rel)
            copied.append(rel)
    shutil.copyfile(package / "LICENSE", target / "LICENSE")
    (target / "NOTICE").write_text(
        f"MathJax {version} (https://www.mathjax.org/), Copyright (c) 2009-2022 The MathJax Consortium,\n"
        "licensed under the Apache License, Version 2.0 (LICENSE in this folder).\n"
        "This folder holds an unmodified subset of the npm package's es5/ folder, chosen by\n"
        "blogbuild/vendor/vendor_mathjax.py.\n", encoding="utf-8")
    MATHJAX_VERSION_FILE.write_text(version + "\n", encoding="utf-8")
    return copied


if __name__ == "__main__":
    files = vendor(Path(sys.argv[1]))
    print(f"copied {len(files)} files into {TARGET}")
