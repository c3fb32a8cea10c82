#!/usr/bin/env bash
# The browser tests: headless Chromium drives `dondoc serve --demo` (started
# by the tests on a temporary data folder and a free loopback port) through
# upload -> review -> confirm -> unit report -> leader confirmation.
# Screenshots of every step land in artifacts/browser/.
# Uses the debug build unless DONDOC_BIN names another binary.
set -euo pipefail
cd "$(dirname "$0")/.."
export DONDOC_SHARED=${DONDOC_SHARED:-$PWD/../shared}
export DONDOC_BIN=${DONDOC_BIN:-$PWD/.build/debug/dondoc}
[ -x "$DONDOC_BIN" ] || swift build --product dondoc 2>&1 | tail -3
python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q selenium
python3 -m unittest discover -s Tests/browser -p 'test_*.py' -v
echo "screenshots: $PWD/artifacts/browser/"
