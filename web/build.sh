#!/usr/bin/env bash
# Builds koonti's browser page: dist/koonti.html, one self-contained file
# (the engine as WebAssembly, its worker, script and styles all inline)
# that works from disk, from any static web server and offline.
#
#   bash web/build.sh            # from the repository root (or anywhere)
#
# Needs: rustup's wasm32-unknown-unknown target (added here), wasm-bindgen-cli
# of exactly the wasm-bindgen version in Cargo.lock (installed here with
# `cargo install` when missing), and, if present, binaryen's wasm-opt
# (Debian 13's wasm-opt 108 cannot read what this rustc writes; the page
# then carries the engine as rustc wrote it, already optimised by the
# `wasm` profile; npm's binaryen 132 can, but its wasm-opt, compiled to
# JavaScript, had not finished -O3 on the engine after 15 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."

out_dir="${KOONTI_PAGE_DIR:-dist}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if command -v rustup >/dev/null; then
    rustup target add wasm32-unknown-unknown >/dev/null 2>&1
fi

# The glue wasm-bindgen writes must match the crate's version exactly.
bindgen_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if [ -z "$bindgen_version" ]; then
    echo "web/build.sh: no wasm-bindgen in Cargo.lock" >&2
    exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }')" != "$bindgen_version" ]; then
    echo "web/build.sh: installing wasm-bindgen-cli $bindgen_version" >&2
    # --locked first; a registry mirror that lacks a locked dependency
    # falls back to the newest compatible ones, the CLI still pinned.
    cargo install wasm-bindgen-cli --locked --version "$bindgen_version" --quiet ||
        cargo install wasm-bindgen-cli --version "$bindgen_version" --quiet
fi

# The `wasm` profile (Cargo.toml): release, whole-program optimised, no
# debug info. SIMD (WebAssembly simd128, in every browser since 2021-2023:
# Chrome and Edge 91, Firefox 89, Safari 16.4) speeds up the byte scanning
# of reading workbooks (memchr, quick-xml).
# KOONTI_WASM_PROFILE=release builds with the (quicker to build) release
# profile instead, to compare.
profile="${KOONTI_WASM_PROFILE:-wasm}"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C target-feature=+simd128" \
    cargo build -p koonti-web --lib --target wasm32-unknown-unknown --profile "$profile" --locked --quiet
wasm-bindgen --target no-modules --no-typescript --out-dir "$work" \
    "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$profile/koonti_web.wasm"

wasm="$work/koonti_web_bg.wasm"
if command -v wasm-opt >/dev/null; then
    # The features rustc's wasm32 target enables by default.
    if wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
        --enable-sign-ext --enable-mutable-globals --enable-reference-types \
        --enable-multivalue --enable-simd "$wasm" -o "$work/opt.wasm" 2>"$work/wasm-opt.log"; then
        wasm="$work/opt.wasm"
    else
        echo "web/build.sh: wasm-opt failed, the page carries the engine as rustc and wasm-bindgen wrote it:" >&2
        head -n 5 "$work/wasm-opt.log" >&2
    fi
else
    echo "web/build.sh: wasm-opt not found (Debian: apt-get install binaryen); the engine is not size-optimised" >&2
fi

# The worker's source: wasm-bindgen's glue, then the worker's own code.
cat "$work/koonti_web.js" web/worker.js >"$work/worker.js"
cat web/texts.js web/results.js web/drop.js web/page.js >"$work/page.js"
for inline in "$work/worker.js" "$work/page.js"; do
    if grep -qiE '</script|<!--' "$inline"; then
        echo "web/build.sh: $inline holds '</script' or '<!--', which would break its inline script" >&2
        exit 1
    fi
done

# CSP: nothing may be fetched or connected to; only the page's own script
# (by hash), its worker (a blob: URL) and WebAssembly compilation run.
hash_of() {
    local hex
    hex="$(sha256sum "$1" | awk '{ print $1 }')"
    printf '%b' "$(sed 's/../\\x&/g' <<<"$hex")" | base64 -w0
}
printf '\n' >>"$work/page.js"
cp web/style.css "$work/style.css"
printf '\n' >>"$work/style.css"
script_hash="$(hash_of "$work/page.js")"
style_hash="$(hash_of "$work/style.css")"
csp="default-src 'none'; script-src 'sha256-$script_hash' 'wasm-unsafe-eval'; worker-src blob:; style-src 'sha256-$style_hash'; img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'"
base64 -w0 "$wasm" >"$work/wasm.b64"

mkdir -p "$out_dir"
awk -v csp="$csp" -v work="$work" '
    function emit(file,   line) {
        while ((getline line < file) > 0) print line
        close(file)
    }
    /<!-- koonti:csp -->/ {
        printf "<meta http-equiv=\"Content-Security-Policy\" content=\"%s\">\n", csp; next
    }
    /<!-- koonti:style / { printf "<style>"; emit(work "/style.css"); print "</style>"; next }
    /<!-- koonti:wasm -->/ {
        printf "<script type=\"application/x-koonti-wasm-base64\" id=\"koonti-wasm\">"
        emit(work "/wasm.b64"); print "</script>"; next
    }
    /<!-- koonti:worker -->/ {
        print "<script type=\"text/x-koonti-worker\" id=\"koonti-worker\">"
        emit(work "/worker.js"); print "</script>"; next
    }
    /<!-- koonti:script / { printf "<script>"; emit(work "/page.js"); print "</script>"; next }
    { print }
' web/index.html >"$out_dir/koonti.html.tmp"
mv "$out_dir/koonti.html.tmp" "$out_dir/koonti.html"
printf 'web/build.sh: %s (%s KiB, engine %s KiB)\n' "$out_dir/koonti.html" \
    "$(( $(stat -c %s "$out_dir/koonti.html") / 1024 ))" "$(( $(stat -c %s "$wasm") / 1024 ))"
