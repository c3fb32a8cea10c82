#!/usr/bin/env bash
# The server's own CPU time per request on the paths of bench-web.sh: unlike
# requests per second, it hardly moves with the load other jobs put on the
# machine, so it shows what a change bought. Reads utime + stime of the server
# from /proc before and after 4 s of one-connection wrk on each path.
#
#   scripts/bench-web-cpu.sh BIN DATA_DIR    (a database seeded by bench-web.sh)
#   BENCH_SERVE_ARGS=--no-kept-answers scripts/bench-web-cpu.sh BIN DATA_DIR   (each read as after a write)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:?dondoc binary}; DATA=${2:?data folder}
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
B=http://127.0.0.1:$PORT
cat "$DATA"/dondoc.sqlite* > /dev/null  # in the page cache, as bench-web.sh does
"$BIN" serve --data-dir "$DATA" --port "$PORT" ${BENCH_SERVE_ARGS:-} >"$DATA/server-cpu.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -fs "$B/health" >/dev/null 2>&1 && break; sleep 0.2; done
sleep 3  # the start-up reminder job

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
TOKEN=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"vanthu","password":"dondoc2026"}' "$B/api/v1/tokens" | json 'd["token"]')
AUTH="Authorization: Bearer $TOKEN"
COOKIE="Cookie: $(curl -fs -o /dev/null -c - -d 'username=vanthu&password=dondoc2026' "$B/login" | awk '$6=="dondoc_session" {print $6"="$7}')"
TASK=$(curl -fs -H "$AUTH" "$B/api/v1/tasks?state=dang_thuc_hien&limit=1" | json 'd[0]["id"]')
UNIT=$(curl -fs -H "$AUTH" "$B/api/v1/tasks/$TASK" | json 'd["task"]["leadUnitID"]')

ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
measure() {  # name header path
  local before after n
  before=$(ticks)
  n=$(wrk -t1 -c1 -d4s -H "$2" "$B$3" | awk '/requests in/ {print $1}')
  after=$(ticks)
  awk -v name="$1" -v t=$((after - before)) -v n="$n" -v hz="$(getconf CLK_TCK)" \
    'BEGIN {printf "  %-36s %8.2f ms CPU/request  (%d requests)\n", name, t * 1000 / hz / n, n}'
}
echo "== server CPU per request (load: $(cut -d' ' -f1-3 /proc/loadavg))"
measure "health" "X-Bench: 1" /health
measure "task list API, no filter (50)" "$AUTH" /api/v1/tasks
measure "task list API, unit + state" "$AUTH" "/api/v1/tasks?unit=$UNIT&state=dang_thuc_hien"
measure "task list API, overdue" "$AUTH" "/api/v1/tasks?status=chua_hoan_thanh_qua_han"
measure "task API" "$AUTH" "/api/v1/tasks/$TASK"
measure "task page" "$COOKIE" "/tasks/$TASK"
measure "task list page, unit + state" "$COOKIE" "/tasks?unit=$UNIT&state=dang_thuc_hien"
measure "search API" "$AUTH" "/api/v1/tasks?q=chuyen%20doi%20so"
measure "counts by state (/metrics)" "X-Bench: 1" /metrics
measure "dashboard (kept by the server)" "$COOKIE" /dashboard

# The dashboard as computed after a change: the server keeps it until its next
# write, so each dashboard request here follows a write of the same session
# (marking the clerk's notifications read, a one-statement transaction). The
# writes are measured alone first and taken off.
CSRF=$(curl -fs -H "$COOKIE" "$B/dashboard" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
SCRIPT=$(mktemp --suffix=.lua); trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; rm -f "$SCRIPT"' EXIT
cat >"$SCRIPT" <<'LUA'
local csrf, alternate, n = os.getenv("CSRF"), os.getenv("ALTERNATE") == "1", 0
request = function()
  n = n + 1
  if alternate and n % 2 == 0 then return wrk.format("GET", "/dashboard") end
  local headers = {["X-CSRF-Token"] = csrf}  -- a table given to wrk.format replaces wrk.headers (-H)
  for name, value in pairs(wrk.headers) do headers[name] = value end
  return wrk.format("POST", "/notifications/read", headers, "")
end
response = function(status)  -- a refused write would leave the dashboard kept
  if status ~= 200 and status ~= 303 then error("answered " .. status) end
end
LUA
cpu_run() {  # alternate(0|1) -> "ticks requests"
  local before after n
  before=$(ticks)
  n=$(CSRF=$CSRF ALTERNATE=$1 wrk -t1 -c1 -d4s -s "$SCRIPT" -H "$COOKIE" "$B" | awk '/requests in/ {print $1}')
  after=$(ticks)
  echo "$((after - before)) $n"
}
read -r write_ticks writes <<<"$(cpu_run 0)"
read -r pair_ticks requests <<<"$(cpu_run 1)"
awk -v wt="$write_ticks" -v w="$writes" -v pt="$pair_ticks" -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN {
  write = wt * 1000 / hz / w; pages = int(n / 2)
  printf "  %-36s %8.2f ms CPU/request  (%d requests)\n", "a write (notifications read)", write, w
  printf "  %-36s %8.2f ms CPU/request  (%d requests, each after a write)\n", "dashboard (computed)", (pt * 1000 / hz - write * (n - pages)) / pages, pages
}'
