#!/usr/bin/env bash
# CI, the browser page (issue 14): builds dist/koonti.html and runs its
# browser test (web/test/) in Debian's Chromium through playwright-core.
# The node test runner's TAP summary ("# pass N", "# fail N") is counted
# in .ci/run's total.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v wasm-opt >/dev/null || need+=(binaryen)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
if [ "${#need[@]}" -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

bash web/build.sh
cargo build --bin koonti --locked --quiet
cargo build -p koonti-samples --bin koonti-samples --locked --quiet
(cd web && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
bin="$(realpath "${CARGO_TARGET_DIR:-target}")/debug"
KOONTI_BIN="$bin/koonti" KOONTI_SAMPLES_BIN="$bin/koonti-samples" node --test --test-reporter=tap web/test/*.test.mjs
