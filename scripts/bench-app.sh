#!/usr/bin/env bash
# Load test of the web app: a release build on SQLite, 100,000 synthetic tasks,
# then wrk on the list, search and status-filter endpoints (loopback only,
# bounded in time). Usage: scripts/bench-app.sh [tasks] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
TASKS=${1:-100000}
SECONDS_PER_RUN=${2:-10}
PORT=${DONDOC_BENCH_PORT:-8187}
DATA=$(mktemp -d /tmp/dondoc-bench-XXXX)
BIN=.build/release/dondoc

swift build -c release --product dondoc 2>&1 | tail -1
"$BIN" serve --demo --data-dir "$DATA" --port "$PORT" >"$DATA/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 1; done
"$BIN" seed-load --tasks "$TASKS" --data-dir "$DATA"

TOKEN=$(curl -sf -X POST "http://127.0.0.1:$PORT/api/v1/tokens" -H 'content-type: application/json' \
  -d '{"username":"lanhdao","password":"dondoc2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
for path in "/api/v1/tasks?limit=50" "/api/v1/tasks?q=giai%20ngan%20von&limit=50" \
            "/api/v1/tasks?status=chua_hoan_thanh_qua_han&limit=50" "/api/v1/inbox" "/health"; do
  echo "== GET $path"
  wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --timeout 10s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$path" \
    | grep -E "Latency|Requests/sec|requests in|Non-2xx|Socket errors" || true
done
