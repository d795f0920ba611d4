#!/usr/bin/env bash
# Benchmark: koonti merge against the same merge scripted with openpyxl and
# a bare calamine read of the same files (the floor for reading).
#
#   bash bench/run.sh [N]        # N generated responses, default 1000
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
work="${TMPDIR:-/tmp}/koonti-bench-$n"

python3 -c "import openpyxl" 2>/dev/null || pip install --quiet openpyxl
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

cargo build --release --quiet --bin koonti
cargo build --release --quiet -p koonti-samples --bin koonti-samples
cargo build --release --quiet -p koonti-ingest --example bare_read
rm -rf "$work" && mkdir -p "$work"
./target/release/koonti-samples bench "$work/in" "$n" >/dev/null
# The generator makes about a third of its files byte-for-byte copies,
# which koonti does not read again: a second set of n distinct responses
# (half as many again generated, copies removed by SHA-256) measures the
# merge without that help.
./target/release/koonti-samples bench "$work/gen" "$((n * 3 / 2))" >/dev/null
mkdir -p "$work/distinct"
(cd "$work/gen" && sha256sum -- * | sort -k1,1 -u | awk '{print $2}' | sort | head -n "$n" \
    | while read -r f; do cp -- "$f" "$work/distinct/"; done)

# seconds and peak RSS (KiB) of a command, best of RUNS runs: the fast
# commands get more runs, as a shared machine's noise is larger for them
measure() {
    local runs="$1" best="" rss=""
    shift
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1
        read -r secs kib < "$work/time"
        if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best="$secs"; rss="$kib"; fi
    done
    echo "$best $rss"
}

read -r koonti_s koonti_kib < <(measure 7 ./target/release/koonti merge "$work/in" -o "$work/koonti.xlsx")
read -r check_s check_kib < <(measure 7 ./target/release/koonti check "$work/in")
read -r bare_s bare_kib < <(measure 7 ./target/release/examples/bare_read "$work/in")
read -r py_s py_kib < <(measure 3 python3 bench/openpyxl_merge.py "$work/in" "$work/openpyxl.xlsx")
read -r distinct_s distinct_kib < <(measure 7 ./target/release/koonti merge "$work/distinct" -o "$work/distinct.xlsx")
read -r distinct_bare_s _ < <(measure 7 ./target/release/examples/bare_read "$work/distinct")
read -r samples_s _ < <(measure 7 ./target/release/koonti merge samples/siun-sote-2024 -o "$work/samples.xlsx")

printf '%s responses (%s cores)\n' "$n" "$(nproc)"
printf '  koonti merge          %7.3f s  peak %6d KiB\n' "$koonti_s" "$koonti_kib"
printf '  koonti check (no output) %5.3f s  peak %6d KiB\n' "$check_s" "$check_kib"
printf '  bare calamine read    %7.3f s  peak %6d KiB\n' "$bare_s" "$bare_kib"
printf '  %s distinct: merge   %7.3f s  peak %6d KiB\n' "$(ls "$work/distinct" | wc -l)" "$distinct_s" "$distinct_kib"
printf '  %s distinct: bare read %6.3f s\n' "$(ls "$work/distinct" | wc -l)" "$distinct_bare_s"
printf '  openpyxl script       %7.3f s  peak %6d KiB\n' "$py_s" "$py_kib"
printf '  bundled samples merge %7.3f s\n' "$samples_s"
awk -v k="$koonti_s" -v c="$check_s" -v b="$bare_s" -v p="$py_s" \
    -v ds="$distinct_s" -v db="$distinct_bare_s" 'BEGIN {
    printf "  openpyxl / koonti     %7.1f x  (goal >= 30)\n", p / k
    printf "  koonti / bare read    %7.2f x  (goal <= 1.5)\n", k / b
    printf "  distinct: merge / bare read %5.2f x\n", ds / db
    printf "  check / bare read     %7.2f x  (reading and interpreting alone)\n", c / b
}'
