#!/usr/bin/env bash
# The whole suite N times in a row (default 5) with two busy processes beside it, as issue 19 asks:
# CI must never fail by chance. Run from a clone (the first run sets up .venv as the README's test
# command does); prints one line per run and exits 1 if any run failed. Logs: /tmp/loaded-suite-<clone>-K.log
# (named after the clone's folder, so two series never write one log).
set -uo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
log="/tmp/loaded-suite-$(basename "$PWD")"
busy() { python3 -c 'while True: pass' & }
busy; b1=$!; busy; b2=$!
trap 'kill $b1 $b2 2>/dev/null' EXIT
failed=0
for k in $(seq 1 "$runs"); do
  start=$(date +%s)
  tests/run.sh >"$log-$k.log" 2>&1
  rc=$?
  summary=$(grep -E '^(=+ )?[0-9]+ (passed|failed)|passed|failed' "$log-$k.log" | tail -1)
  echo "run $k: exit $rc in $(( $(date +%s) - start )) s: $summary"
  [ "$rc" -eq 0 ] || failed=1
done
exit "$failed"
