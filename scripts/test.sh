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
swift test --package-path Core 2>&1 | tee /tmp/dondoc-core-tests.log | grep -E "^(✔|✘|􁁛|􀢄)? *(Test run|Suite .* failed|Test .* failed)|error:" || true
grep -q "Test run with .* passed" /tmp/dondoc-core-tests.log || { tail -50 /tmp/dondoc-core-tests.log; exit 1; }

stage "app: debug build"
swift build 2>&1 | tail -3

stage "extraction scores"
python3 scripts/check_scores.py --bin "$ROOT/.build/debug/dondoc" --shared "$SHARED"

echo
echo "dondoc: all stages passed"
