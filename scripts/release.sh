#!/usr/bin/env bash
# The release: dist/ with koonti.exe (Windows, cross-built with mingw-w64),
# koonti-x86_64-linux, koonti.html (the browser page, when web/build.sh
# exists) and SHA256SUMS. Needs the Rust target x86_64-pc-windows-gnu and
# Debian's gcc-mingw-w64-x86-64 (the linker and windres, .cargo/config.toml).
set -euo pipefail
cd "$(dirname "$0")/.."

dist=dist
rm -rf "$dist"
mkdir -p "$dist"

if ! command -v x86_64-w64-mingw32-gcc >/dev/null || ! command -v x86_64-w64-mingw32-windres >/dev/null; then
    echo "release: x86_64-w64-mingw32-gcc and -windres are missing; apt-get install gcc-mingw-w64-x86-64" >&2
    exit 1
fi
rustup target add x86_64-pc-windows-gnu >/dev/null 2>&1 || true

# The browser page first: its build writes dist/koonti.html (issue 14's
# contract) and may clear dist/ before it does.
if [[ -f web/build.sh ]]; then
    bash web/build.sh
    [[ -f "$dist/koonti.html" ]] || { echo "release: web/build.sh wrote no $dist/koonti.html" >&2; exit 1; }
else
    echo "release: notice: web/build.sh does not exist, so dist/ has no koonti.html (the browser page)" >&2
fi

cargo build --release --locked --bin koonti
cargo build --release --locked --bin koonti --target x86_64-pc-windows-gnu
cp target/release/koonti "$dist/koonti-x86_64-linux"
cp target/x86_64-pc-windows-gnu/release/koonti.exe "$dist/koonti.exe"
# The release profile keeps line tables for profiling; what ships needs none
# (the exe's icon and version resource stay).
strip "$dist/koonti-x86_64-linux"
x86_64-w64-mingw32-strip "$dist/koonti.exe"

(cd "$dist" && sha256sum -- * > SHA256SUMS)
echo "release: $(ls "$dist" | tr '\n' ' ')"
cat "$dist/SHA256SUMS"
