#!/usr/bin/env bash
# CI: the engine (and all it depends on) builds for the browser, with no
# file system, temporary files or mimalloc inside.
set -euo pipefail
cd "$(dirname "$0")/.."

rustup target add wasm32-unknown-unknown >/dev/null
cargo build -p koonti-engine --target wasm32-unknown-unknown --locked
tree="$(cargo tree -p koonti-engine --target wasm32-unknown-unknown -e normal --locked)"
if grep -E '^[^ ]*(tempfile|mimalloc) ' <<<"$(sed 's/^[│├└─ ]*//' <<<"$tree")"; then
    echo "wasm: the engine's dependencies for wasm32 include tempfile or mimalloc" >&2
    exit 1
fi
echo "wasm: koonti-engine builds for wasm32-unknown-unknown"
