#!/usr/bin/env bash
# Benchmark of the browser page: the N generated responses of bench/run.sh
# (default 1000) merged in dist/koonti.html in Chromium. Not a timed test.
#
#   bash web/bench.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
work="${TMPDIR:-/tmp}/koonti-web-bench-$n"

[ -f dist/koonti.html ] || bash web/build.sh
[ -d web/node_modules/playwright-core ] || (cd web && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
rm -rf "$work" && mkdir -p "$work"
# The generator of bench/run.sh (a dev build: only the page is timed).
cargo run --quiet --locked -p koonti-samples --bin koonti-samples -- bench "$work/in" "$n" >/dev/null
printf '%s cores\n' "$(nproc)"
node web/bench.mjs "$work/in" "${RUNS:-3}"
