#!/usr/bin/env bash
# Real-world corpus check (issue 11): every spreadsheet in DIR read by an
# independent reader and by koonti, and merged alone under /usr/bin/time.
#
#   bash scripts/corpus-check.sh DIR          # a folder of your own files
#   bash scripts/corpus-check.sh --generated  # the generated corpus (CI)
#
# Needs python3 with openpyxl, xlrd and odfpy (Debian: python3-openpyxl
# python3-xlrd python3-odf) and GNU time; LibreOffice for other formats
# and for the .xls/.ods copies of the generated corpus.
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${PROFILE:-debug}"
flag=(); [ "$profile" = release ] && flag=(--release)
cargo build "${flag[@]}" --quiet --bin koonti
cargo build "${flag[@]}" --quiet -p koonti-ingest --example cells --example realworld_corpus
bin="target/$profile"

dir="${1:?usage: corpus-check.sh DIR | --generated}"
if [ "$dir" = --generated ]; then
    dir="$(mktemp -d)"
    trap 'rm -rf "$dir"' EXIT
    "$bin/examples/realworld_corpus" "$dir/generated"
    cp -r samples/siun-sote-2024 "$dir/samples"
    # LibreOffice's copies of a bundled sample, the notes file, the exact
    # values (non-dates in date formats, cached errors, labels, "Q4 13")
    # and the sheet past the cell limit, as units' own programs save
    # them: .xls checked cell by cell, and the sheet past the limit read
    # up to it, its first cells listed and the rest counted in every
    # format (issue 22).
    if command -v soffice >/dev/null; then
        for ext in xls ods; do
            soffice --headless --convert-to "$ext" --outdir "$dir/libreoffice" \
                "$dir/generated/notes-below-the-table.xlsx" "$dir/generated/exact-values.xlsx" \
                "$dir/generated/junk-past-the-limit.xlsx" \
                "$dir/samples/Hallintopalvelut.xlsx" >/dev/null 2>&1
        done
    else
        echo "corpus-check: LibreOffice (soffice) not found; its .xls/.ods copies are left out" >&2
    fi
fi
"${PYTHON:-python3}" scripts/corpus_check.py "$dir" "$bin/koonti" "$bin/examples/cells"
