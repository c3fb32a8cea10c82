#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs what it needs, builds once in
# debug, then runs every stage on that build. Stages print their own summary.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SHARED=${DONDOC_SHARED:-$ROOT/../shared}
export DONDOC_SHARED=$SHARED

stage() { printf '\n=== %s (%s)\n' "$1" "$(date +%H:%M:%S)"; }

stage "dependencies"
bash scripts/install-deps.sh

stage "fixture gold files are consistent with their documents"
python3 Fixtures/corpus/check_gold.py | tail -1

stage "core: build and unit tests (no Vapor)"
# The LibreOffice rendering tests fail rather than skip here: the tools are installed above.
DONDOC_REQUIRE_OFFICE=1 swift test --package-path Core 2>&1 | tee /tmp/dondoc-core-tests.log | grep -E "^(✔|✘|􁁛|􀢄)? *(Test run|Suite .* failed|Test .* failed)|error:" || true
grep -q "Test run with .* passed" /tmp/dondoc-core-tests.log || { tail -50 /tmp/dondoc-core-tests.log; exit 1; }
grep -E "Suite (OfficeRendering|ReportRendering)Tests" /tmp/dondoc-core-tests.log || true
echo "rendered pages: $(ls artifacts/reports/*.png 2>/dev/null | wc -l) PNG in artifacts/reports/"

stage "fuzz: DocumentReader + Extraction under libFuzzer and AddressSanitizer (${FUZZ_SECONDS:-60}s)"
# Builds its own sanitized objects in Core/.build/fuzz; fails on a crash, a
# hang (>10 s on one input) or memory past 2 GB, leaving the input in
# Core/.build/fuzz/artifacts/.
bash Core/Fuzz/run.sh "${FUZZ_SECONDS:-60}"

stage "app: debug build (with tests)"
swift build --build-tests 2>&1 | tail -3

app_tests() {  # $1 = log name; runs the root package's tests on the build above
  swift test --skip-build 2>&1 | tee "/tmp/dondoc-app-tests-$1.log" | grep -E "^(✔|✘|􁁛|􀢄)? *(Test run|Suite .* failed|Test .* failed)|error:" || true
  grep -q "Test run with .* passed" "/tmp/dondoc-app-tests-$1.log" || { tail -80 "/tmp/dondoc-app-tests-$1.log"; exit 1; }
}

stage "app: API and flow tests on SQLite"
app_tests sqlite

stage "app: the same tests on PostgreSQL"
export DONDOC_TEST_POSTGRES_URL
DONDOC_TEST_POSTGRES_URL=$(bash scripts/start-test-postgres.sh)
trap 'bash scripts/start-test-postgres.sh stop' EXIT
app_tests postgres
unset DONDOC_TEST_POSTGRES_URL

stage "app: browser flows (headless Chromium)"
python3 Tests/browser/browser_flows.py --bin "$ROOT/.build/debug/dondoc"

stage "browser: upload, review, confirm, unit report, leader confirmation (headless Chromium)"
bash scripts/browser-test.sh 2>&1 | tail -25

stage "extraction scores"
python3 scripts/check_scores.py --bin "$ROOT/.build/debug/dondoc" --shared "$SHARED"

echo
echo "dondoc: all stages passed"
