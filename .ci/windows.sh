#!/usr/bin/env bash
# CI: the Windows build. Cross-builds koonti.exe with mingw-w64 and runs it
# under Wine: tests/wine.rs merges the samples, the messy corpus and the
# bad-input files and compares the JSON with the Linux build's, writes the
# templates and the appendix, merges a dropped folder (also one deeper than
# 260 characters) and names an output another program holds open.
#
# Wine 8 lacks bcryptprimitives.dll (Rust's std takes ProcessPrng from it):
# a shim built here from .ci/wine/bcryptprimitives.c goes beside the exe in
# the test folder only, never into dist/.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v x86_64-w64-mingw32-gcc >/dev/null || ! command -v x86_64-w64-mingw32-windres >/dev/null \
    || ! { command -v wine >/dev/null || [[ -x /usr/lib/wine/wine64 ]]; }; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends gcc-mingw-w64-x86-64 wine64 >/dev/null
fi
rustup target add x86_64-pc-windows-gnu >/dev/null

started=$SECONDS
cargo build --release --locked --bin koonti --target x86_64-pc-windows-gnu
echo "windows: koonti.exe built in $((SECONDS - started)) s"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp target/x86_64-pc-windows-gnu/release/koonti.exe "$work/"
x86_64-w64-mingw32-gcc -O2 -shared -o "$work/bcryptprimitives.dll" .ci/wine/bcryptprimitives.c -ladvapi32
# Holds a file open as Excel does, for the "open in another program" test.
x86_64-w64-mingw32-gcc -O2 -municode -o "$work/holdopen.exe" .ci/wine/holdopen.c

loader="$(command -v wine || echo /usr/lib/wine/wine64)"
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
"$loader" wineboot -i >/dev/null 2>&1 || true
"$loader" "$work/koonti.exe" --version

KOONTI_WINE_EXE="$work/koonti.exe" KOONTI_WINE="$loader" \
    cargo test --locked --test integration wine:: 2>&1 | tee "$work/log"
grep -q "test result: ok. 3 passed" "$work/log" || { echo "windows: the Wine tests did not all run" >&2; exit 1; }
echo "windows: koonti.exe under Wine matches the Linux build ($((SECONDS - started)) s)"
