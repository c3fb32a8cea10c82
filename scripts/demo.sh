#!/usr/bin/env bash
# Starts dondoc on an embedded SQLite database with sample data and prints the URL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build
exec .build/debug/dondoc serve --demo --data-dir "${DONDOC_DATA_DIR:-./data}" "$@"
