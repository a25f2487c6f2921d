#!/usr/bin/env bash
# Builds and runs one libFuzzer target for a set time.
#   fuzz/run.sh csv 300       TextDecoder + CSVParser (XFTable)
#   fuzz/run.sh records 300   case rows through XFRecords, and cells through CellParser
# Work files live in .build/fuzz/ (binaries, the growing corpus, crash artifacts);
# the corpus is seeded from the repository's CSV test fixtures and fuzz/seeds/.
set -euo pipefail
target=${1:?usage: fuzz/run.sh csv|records SECONDS [libFuzzer options…]}
seconds=${2:-60}
shift 2 || shift $#
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/.build/fuzz"
mkdir -p "$work/obj" "$work/corpus-$target" "$work/artifacts-$target"
flags=(-sanitize=fuzzer,address -parse-as-library -g -O -swift-version 6 -use-ld=lld)
table_sources=("$root"/Sources/XFTable/*.swift)

case "$target" in
csv)
    swiftc "${flags[@]}" -module-name XFTableFuzz "${table_sources[@]}" "$root/fuzz/CSVFuzz.swift" -o "$work/csv"
    ;;
records)
    # XFTable as its own module, so the XFRecords sources keep their `import XFTable`.
    swiftc "${flags[@]}" -module-name XFTable -emit-module -emit-module-path "$work/obj/XFTable.swiftmodule" \
        -emit-library -static "${table_sources[@]}" -o "$work/obj/libXFTable.a"
    mapfile -t record_sources < <(find "$root/Sources/XFRecords" -name '*.swift' | sort)
    swiftc "${flags[@]}" -module-name XFRecordsFuzz -I "$work/obj" -L "$work/obj" -lXFTable \
        "${record_sources[@]}" "$root/fuzz/RecordsFuzz.swift" -o "$work/records"
    ;;
*) echo "unknown target $target (csv or records)" >&2; exit 64 ;;
esac

# Seeds: every CSV under Tests/ plus the hand-made ones in fuzz/seeds/.
if [ -z "$(ls -A "$work/corpus-$target")" ]; then
    find "$root/Tests" "$root/fuzz/seeds" -name '*.csv' -exec cp -t "$work/corpus-$target" --backup=numbered {} + 2>/dev/null || true
fi

cd "$work/artifacts-$target"
# The Swift backtracer reads memory ASan considers out of bounds; libFuzzer prints the stack instead.
export SWIFT_BACKTRACE=enable=no
exec "$work/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -dict="$root/fuzz/csv.dict" -print_final_stats=1 "$@" "$work/corpus-$target"
