"""Copy the part of MathJax 3 that blogbuild uses into blogbuild/vendor/mathjax/ (run after an upgrade).

    python blogbuild/vendor/vendor_mathjax.py path/to/node_modules/mathjax

The npm `mathjax` package is 24 MB, mostly components a blog never loads (SVG output, MathML and
AsciiMath input, the speech engine). A page needs `tex-chtml.js`, what it loads on demand
(`ui/safe`, the assistive MathML, the TeX extensions `autoload` fetches) and the CHTML woff fonts;
build-time typesetting in Node needs the separate components of the same code (startup, core,
input/tex, output/chtml, the liteDOM adaptor). That is about 4 MB, shipped inside the wheel so a
site builds, previews and works offline.

    python blogbuild/vendor/vendor_mathjax.py --node path/to/mathjax-full path/to/node_modules

The worker runs faster on a build of the same MathJax for today's JavaScript (mathjax/node/): the
es5/ files are TypeScript compiled for ES5, whose `for…of` loops and classes are helper calls that
Node optimises poorly (typesetting the formulas of a real blog: ~20 % less time, the same bytes,
tests/render/test_mathjax_node_build.py). It is made from the npm `mathjax-full` package of the same
version: its ts/ compiled by TypeScript (node_modules: `typescript@4.9` and `mhchemparser@4.1.1`)
for ES2020, its components/src (the sources of the es5/ components) compiled to CommonJS, and of
these only the files the worker's components require; the one package they require by name
(mhchemparser, Apache-2.0) is copied beside them and required by path. Run it after the first
command (which replaces mathjax/ whole), with the same version.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
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


NODE_COMPONENTS = ["startup", "core", "adaptors/liteDOM", "input/tex", "input/tex-base", "output/chtml",
                   "output/chtml/fonts/tex", "ui/safe", "a11y/assistive-mml"]
"""What typeset_worker.js loads (startup's `load` list, and what those depend on), besides every TeX
extension es5/ has."""
_REQUIRE = re.compile(r"""require\("([^"]+)"\)""")
_MHCHEM = "mhchemparser/dist/mhchemParser.js"


def vendor_node(full: Path, modules: Path, target: Path = TARGET / "node") -> list[str]:
    """Compile mathjax-full's sources (see the module) and copy what the worker requires into target;
    returns the copied paths, relative to target."""
    version = json.loads((full / "package.json").read_text(encoding="utf-8"))["version"]
    if version != (TARGET / "NOTICE").read_text(encoding="utf-8").split()[1]:
        raise SystemExit(f"{full} is MathJax {version}, es5/ another: vendor both from one version")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "package"
        shutil.copytree(full, work, ignore=shutil.ignore_patterns("es5", "js", "node_modules"))
        os.symlink(modules.resolve(), work / "node_modules")
        options = {"target": "ES2020", "module": "commonjs", "removeComments": True, "skipLibCheck": True}
        configs = {
            "ts": {"compilerOptions": {**json.loads((full / "tsconfig.json").read_text())["compilerOptions"],
                                       **options, "outDir": "out/js", "lib": ["es2020", "dom"], "sourceMap": False,
                                       "declaration": False, "downlevelIteration": False},
                   "include": ["ts/**/*"]},
            "components": {"compilerOptions": {**options, "allowJs": True, "noResolve": True,
                                               "outDir": "out/components/src", "rootDir": "components/src"},
                           "include": ["components/src/**/*.js"], "exclude": ["components/src/**/webpack.config.js"]},
        }
        for name, config in configs.items():
            (work / f"tsconfig-{name}.json").write_text(json.dumps(config), encoding="utf-8")
            # the components' sources import ../../js/… by paths that tsc cannot check: emit anyway
            subprocess.run([str(modules / ".bin" / "tsc"), "-p", f"tsconfig-{name}.json", "--noEmitOnError", "false"],
                           cwd=work, stdout=subprocess.DEVNULL, check=name == "ts")
        out = work / "out"
        source = out / "components" / "src"
        extensions = [p.stem for p in (TARGET / "es5" / "input" / "tex" / "extensions").glob("*.js")]
        todo = [source / "source.js"] + [source / name / f"{name.rsplit('/', 1)[-1]}.js" for name in NODE_COMPONENTS] \
            + [source / "input" / "tex" / "extensions" / x / f"{x}.js" for x in extensions]
        if target.exists():
            shutil.rmtree(target)
        copied: set[str] = set()
        while todo:
            path = todo.pop()
            rel = path.relative_to(out).as_posix()
            if rel in copied:
                continue
            copied.add(rel)
            text = path.read_text(encoding="utf-8")
            for name in _REQUIRE.findall(text):
                if name == _MHCHEM:  # the one package required by name: copied beside, required by path
                    mhchem = os.path.relpath(target / "mhchemparser" / "mhchemParser.js", (target / rel).parent)
                    text = text.replace(f'require("{name}")', f'require("{Path(mhchem).as_posix()}")')
                elif name.startswith("."):
                    todo.append((path.parent / name).resolve())
                elif name not in ("path",):
                    raise SystemExit(f"{rel} requires {name}, which is not vendored")
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            (target / rel).write_text(text, encoding="utf-8")
    (target / "mhchemparser").mkdir()
    for name in ("dist/mhchemParser.js", "LICENSE.txt"):
        shutil.copyfile(modules / "mhchemparser" / name, target / "mhchemparser" / Path(name).name)
    (target / "NOTICE").write_text(
        f"MathJax {version} compiled from the npm mathjax-full package's TypeScript for ES2020, and its\n"
        "components' sources compiled to CommonJS (Apache-2.0, ../LICENSE), by blogbuild/vendor/vendor_mathjax.py;\n"
        "mhchemparser (Apache-2.0, mhchemparser/LICENSE.txt).\n", encoding="utf-8")
    return sorted(copied)


if __name__ == "__main__":
    if sys.argv[1] == "--node":
        files = vendor_node(Path(sys.argv[2]), Path(sys.argv[3]))
        print(f"compiled and copied {len(files)} files into {TARGET / 'node'}")
    else:
        files = vendor(Path(sys.argv[1]))
        print(f"copied {len(files)} files into {TARGET}")
