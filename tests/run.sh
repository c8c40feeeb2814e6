#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what the tests need, then runs pytest.
#   tests/run.sh [pytest args]
# Installs: the package with its test extras (pip), headless Chromium and CJK fonts (apt-get, when
# run as root and missing), MathJax 3 from npm into tests/.node (the browser tests serve it locally).
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m pip install -q --disable-pip-version-check -e '.[test]'

if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null) \
    || echo "warning: could not install chromium; browser tests will be skipped" >&2
fi

if [ ! -f tests/.node/node_modules/mathjax/es5/tex-chtml.js ] && command -v npm >/dev/null; then
  mkdir -p tests/.node
  (cd tests/.node && npm install --silent --no-audit --no-fund --prefix . mathjax@3 >/dev/null) \
    || echo "warning: could not install mathjax from npm; browser tests will be skipped" >&2
fi

exec python3 -m pytest -q "$@"
