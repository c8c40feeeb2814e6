#!/usr/bin/env bash
# Run the parser tests against the lowest and the highest markdown-it-py / mdit-py-plugins that
# pyproject.toml allows: render/math.py and incremental/dispatch.py copy markdown-it-py code, so
# both ends of the ranges must pass (tests/incremental/test_dispatch.py fails if the copy is not what runs).
# Each end gets a throwaway venv in tests/.venvs/ (gitignored). Exits non-zero on any failure.
# Usage: tests/run_lib_versions.sh   (PYTHON=python3.x to pick the interpreter)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
TESTS=(tests/incremental/test_dispatch.py tests/render)

# "lowest highest" of each library, derived from the dependency lines of pyproject.toml: the
# highest is the newest release the package index has within the range.
ends() {
    "$PYTHON" - "$1" <<'PY'
import json, re, subprocess, sys, tomllib
name = sys.argv[1]
deps = tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]
spec = next(d for d in deps if re.match(re.escape(name) + r"\s*[<>=]", d))
low = re.search(r">=\s*([\w.]+)", spec).group(1)
report = subprocess.run([sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--no-deps",
                         "--quiet", "--report", "-", spec], capture_output=True, text=True, check=True).stdout
print(low, json.loads(report)["install"][0]["metadata"]["version"])
PY
}

read -r MDIT_LOW MDIT_HIGH < <(ends markdown-it-py)
read -r PLUG_LOW PLUG_HIGH < <(ends mdit-py-plugins)

status=0
for end in low high; do
    if [ "$end" = low ]; then mdit=$MDIT_LOW plug=$PLUG_LOW; else mdit=$MDIT_HIGH plug=$PLUG_HIGH; fi
    venv="tests/.venvs/$end"
    echo "== markdown-it-py==$mdit mdit-py-plugins==$plug ($venv)"
    rm -rf "$venv"
    "$PYTHON" -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check -e '.[test]' "markdown-it-py==$mdit" "mdit-py-plugins==$plug"
    "$venv/bin/python" -m pytest -q -p no:cacheprovider -m "not browser" "${TESTS[@]}" || status=1
done
exit $status
