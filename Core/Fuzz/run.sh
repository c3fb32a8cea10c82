#!/usr/bin/env bash
# Builds the libFuzzer target (FuzzEntry.swift over DocumentReader and
# Extraction, with AddressSanitizer) and runs it for a bounded time on a seed
# corpus made from the repository's fixtures and, when present, ../shared seeds.
#
#   Core/Fuzz/run.sh [seconds]      (default 60; env FUZZ_SECONDS works too)
#
# Exits non-zero when libFuzzer finds a crash, a timeout (>10 s on one input)
# or memory past 2 GB; the offending input is left in .build/fuzz/artifacts/
# and should become a regression test in Core/Tests/*/RobustnessTests.swift.
# Replay one input: Core/.build/fuzz/dondoc-fuzz <file>
set -euo pipefail
FUZZ_DIR=$(cd "$(dirname "$0")" && pwd)
CORE=$(dirname "$FUZZ_DIR")
ROOT=$(dirname "$CORE")
SHARED=${DONDOC_SHARED:-$ROOT/../shared}
RUN_SECONDS=${1:-${FUZZ_SECONDS:-60}}
SCRATCH=$CORE/.build/fuzz              # own scratch path: sanitized objects never mix with the normal build
OUT=$SCRATCH
BIN=$OUT/dondoc-fuzz
LIB_TARGETS=(ZIPFoundation LegalCalendar DocumentReader Extraction)

echo "fuzz: building sanitized modules (swift build --sanitize=fuzzer --sanitize=address)"
# SwiftPM compiles every module with coverage instrumentation and ASan, and
# writes Bundle.module accessors for modules with resources; building only the
# Extraction target keeps executables (whose main would clash with libFuzzer's) out.
mkdir -p "$OUT"
if ! swift build --package-path "$CORE" --scratch-path "$SCRATCH" -c release \
        --sanitize=fuzzer --sanitize=address --target Extraction > "$OUT/build.log" 2>&1; then
    grep -E "error" "$OUT/build.log" | head -20
    echo "fuzz: sanitized build failed; full log $OUT/build.log"
    exit 1
fi
tail -1 "$OUT/build.log"

OBJECTS=()
for target in "${LIB_TARGETS[@]}"; do
    while IFS= read -r object; do OBJECTS+=("$object"); done \
        < <(find "$SCRATCH/release/$target.build" -name '*.o' | sort)
done

echo "fuzz: linking $BIN"
swiftc -sanitize=fuzzer,address -parse-as-library -O -g \
    -I "$SCRATCH/release/Modules" \
    -I "$SCRATCH/checkouts/ZIPFoundation/Sources/CZLib" \
    "$FUZZ_DIR/FuzzEntry.swift" "${OBJECTS[@]}" -lz \
    -o "$BIN" > "$OUT/link.log" 2>&1 \
    || { grep -v "Cannot export local symbol" "$OUT/link.log" | head -20; echo "fuzz: link failed"; exit 1; }

# Seeds are copied fresh every run; the working corpus keeps what libFuzzer
# discovered in earlier runs on this machine.
SEEDS=$OUT/seeds; CORPUS=$OUT/corpus; ARTIFACTS=$OUT/artifacts
rm -rf "$SEEDS"; mkdir -p "$SEEDS" "$CORPUS" "$ARTIFACTS"
for dir in "$ROOT/Fixtures/corpus/docs" "$FUZZ_DIR/seeds" "$SHARED/corpus/seeds"; do
    [[ -d "$dir" ]] && find "$dir" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' -o -name '*.docx' \) \
        -exec cp {} "$SEEDS/" \;
done
echo "fuzz: $(ls "$SEEDS" | wc -l) seed files, running ${RUN_SECONDS}s"

# Swift's runtime keeps caches alive for the whole process; LeakSanitizer
# would report them as leaks of the first inputs that filled them.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}
set +e
"$BIN" "$CORPUS" "$SEEDS" \
    -max_total_time="$RUN_SECONDS" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
    -dict="$FUZZ_DIR/dondoc.dict" -artifact_prefix="$ARTIFACTS/" -print_final_stats=1 \
    > "$OUT/last-run.log" 2>&1
status=$?
set -e
grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|SUMMARY|Test unit written|==[0-9]+==" "$OUT/last-run.log" | head -20 || true
if [[ $status -ne 0 ]]; then
    echo "fuzz: FAILED (exit $status); full log $OUT/last-run.log"
    tail -40 "$OUT/last-run.log"
    exit "$status"
fi
echo "fuzz: no crash, hang or memory blow-up in ${RUN_SECONDS}s"
