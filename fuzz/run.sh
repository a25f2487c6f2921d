#!/usr/bin/env bash
# Builds and runs one libFuzzer target for a set time.
#   fuzz/run.sh csv 300       TextDecoder + CSVParser (XFTable)
#   fuzz/run.sh records 300   case rows through XFRecords, and cells through CellParser
#   fuzz/run.sh inflate 300   the RFC 1951 inflater (XFWorkbook)
#   fuzz/run.sh sheet 300     worksheet XML and shared strings, and whole .xlsx/.xls files (XFWorkbook)
# Work files live in .build/fuzz/ (binaries, the growing corpus, crash artifacts);
# the corpus is seeded from the repository's CSV test fixtures and fuzz/seeds/.
set -euo pipefail
target=${1:?usage: fuzz/run.sh csv|records|inflate|sheet SECONDS [libFuzzer options…]}
seconds=${2:-60}
shift 2 || shift $#
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/.build/fuzz"
mkdir -p "$work/obj" "$work/corpus-$target" "$work/artifacts-$target"
flags=(-sanitize=fuzzer,address -parse-as-library -g -O -swift-version 6 -use-ld=lld -package-name xfsite
       -I "$work/obj" -L "$work/obj")
sources() { find "$root/Sources/$1" -name '*.swift' | sort; }
# A module of the package as a static library, so the sources above it keep their imports.
library() {
    local name=$1
    mapfile -t files < <(sources "$name")
    swiftc "${flags[@]}" -module-name "$name" -emit-module -emit-module-path "$work/obj/$name.swiftmodule" \
        -emit-library -static "${files[@]}" -o "$work/obj/lib$name.a"
}
# The target module's own sources and the fuzz file in one module, so it can check internal invariants.
target_with() {
    local module=$1 fuzz=$2
    shift 2
    mapfile -t files < <(sources "$module")
    swiftc "${flags[@]}" -module-name "${module}Fuzz" "${files[@]}" "$root/fuzz/$fuzz" "$@" -o "$work/$target"
}
library XFText
library XFCalendar
library XFSource
library XFZip

case "$target" in
csv) target_with XFTable CSVFuzz.swift -lXFSource -lXFText ;;
records)
    library XFVocabulary
    library XFSettings
    library XFTable
    library XFWorkbook
    target_with XFRecords RecordsFuzz.swift -lXFTable -lXFWorkbook -lXFZip -lXFSettings -lXFVocabulary -lXFSource -lXFCalendar -lXFText
    ;;
inflate) target_with XFWorkbook InflateFuzz.swift -lXFZip -lXFSource -lXFCalendar -lXFText ;;
sheet) target_with XFWorkbook SheetFuzz.swift -lXFZip -lXFSource -lXFCalendar -lXFText ;;
*) echo "unknown target $target (csv, records, inflate or sheet)" >&2; exit 64 ;;
esac

# Seeds: every CSV under Tests/ plus the hand-made ones in fuzz/seeds/; for the
# workbook targets the workbook fixtures, their sheet parts and the deflate streams.
dict="$root/fuzz/csv.dict"
if [ -z "$(ls -A "$work/corpus-$target")" ]; then
    case "$target" in
    inflate)
        cp "$root"/Tests/XFWorkbookTests/Fixtures/deflate-*.bin "$work/corpus-$target/"
        python3 - "$root/Tests/XFWorkbookTests/Fixtures" "$work/corpus-$target" <<'PY' || true
import sys, zipfile, glob, os
for path in glob.glob(sys.argv[1] + "/*.xlsx"):
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            if info.compress_type == 8 and info.compress_size < 65536:
                with open(path, "rb") as f:
                    f.seek(info.header_offset + 26)
                    n, m = int.from_bytes(f.read(2), "little"), int.from_bytes(f.read(2), "little")
                    f.seek(info.header_offset + 30 + n + m)
                    raw = f.read(info.compress_size)
                with open(os.path.join(sys.argv[2], os.path.basename(path) + "-" + info.filename.replace("/", "_")), "wb") as out:
                    out.write(raw)
PY
        ;;
    sheet)
        find "$root/Tests/XFWorkbookTests/Fixtures" "$root/fuzz/seeds" \( -name '*.xls' -o -name '*.xlsx' \) ! -name 'bomb.xlsx' -exec cp -t "$work/corpus-$target" {} +
        python3 - "$root/Tests/XFWorkbookTests/Fixtures" "$work/corpus-$target" <<'PY' || true
import sys, zipfile, glob, os
for path in glob.glob(sys.argv[1] + "/*.xlsx"):
    if "bomb" in path: continue
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        strings = z.read("xl/sharedStrings.xml") if "xl/sharedStrings.xml" in names else b""
        for name in names:
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                with open(os.path.join(sys.argv[2], os.path.basename(path) + "-" + name.replace("/", "_")), "wb") as out:
                    out.write(z.read(name) + b"\0" + strings)
PY
        ;;
    *)
        find "$root/Tests" "$root/fuzz/seeds" -name '*.csv' -exec cp -t "$work/corpus-$target" --backup=numbered {} + 2>/dev/null || true
        ;;
    esac
fi
case "$target" in inflate | sheet) dict="$root/fuzz/xlsx.dict" ;; esac

cd "$work/artifacts-$target"
# The Swift backtracer reads memory ASan considers out of bounds; libFuzzer prints the stack instead.
export SWIFT_BACKTRACE=enable=no
exec "$work/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -dict="$dict" -print_final_stats=1 "$@" "$work/corpus-$target"
