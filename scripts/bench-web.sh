#!/usr/bin/env bash
# Web benchmark: a database of 100,000 tasks from 5,000 documents (dondoc
# bench-seed), the server on it, and wrk against the busy read paths beside
# /health on the same server in the same run. Prints requests per second and
# p99 latency, and each path's throughput as a share of /health's.
# Goal: every path >= 30% of /health's requests/s, p99 < 50 ms on SQLite.
#
# Three rounds: as served (lists and tasks kept between requests until the
# next write, KeptAnswers); the same server with a write every 0.1 s in the
# background (BENCH_WRITES=0 skips it); and a server with --no-kept-answers,
# which is what every read costs right after a write (BENCH_AFRESH=0 skips it).
#
#   scripts/bench-web.sh                 release build (the figures to record)
#   BENCH_CONFIG=debug scripts/bench-web.sh   quick check of the script itself
# Environment: BENCH_DIR (data folder, default /tmp/dondoc-bench-<config>),
# BENCH_RESEED=1 to rebuild the database, BENCH_DURATION (default 10s),
# BENCH_THREADS / BENCH_CONNECTIONS (default 2 / 16), BENCH_TASKS, BENCH_DOCUMENTS,
# BENCH_BIN (use this dondoc binary instead of building).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CONFIG=${BENCH_CONFIG:-release}
DATA=${BENCH_DIR:-/tmp/dondoc-bench-$CONFIG}
DURATION=${BENCH_DURATION:-10s}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
TASKS=${BENCH_TASKS:-100000}
DOCUMENTS=${BENCH_DOCUMENTS:-5000}
unset DATABASE_URL  # SQLite: the figures are for the default deployment

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }

if [ -n "${BENCH_BIN:-}" ]; then
  BIN=$BENCH_BIN  # an existing build, e.g. while another build holds .build
else
  echo "== build ($CONFIG)"
  swift build -c "$CONFIG" --product dondoc 2>&1 | tail -1
  BIN=$(swift build -c "$CONFIG" --show-bin-path)/dondoc
fi

if [ -n "${BENCH_RESEED:-}" ] || [ ! -f "$DATA/seeded-$TASKS-$DOCUMENTS" ]; then
  echo "== seed $DOCUMENTS documents, $TASKS tasks into $DATA"
  rm -rf "$DATA"; mkdir -p "$DATA"
  "$BIN" bench-seed --data-dir "$DATA" --documents "$DOCUMENTS" --tasks "$TASKS"
  touch "$DATA/seeded-$TASKS-$DOCUMENTS"
fi
ls -l "$DATA"/dondoc.sqlite | awk '{printf "database: %.0f MB\n", $5/1048576}'
# The figures are for a server whose file is in the page cache. This machine's
# kernel reclaims cold file pages (DAMON), so without this the first paths
# measured would also time reads from disk.
cat "$DATA"/dondoc.sqlite* > /dev/null

# One server at a time on the file: start_server [serve options...]
start_server() {
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  BASE=http://127.0.0.1:$PORT
  "$BIN" serve --data-dir "$DATA" --port "$PORT" "$@" >"$DATA/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 300); do
    curl -fs "$BASE/health" >/dev/null 2>&1 && break
    kill -0 $SERVER 2>/dev/null || { cat "$DATA/server.log"; exit 1; }
    sleep 0.2
  done
  login
}
stop_server() { kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; }
trap stop_server EXIT

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
login() {
  # A bearer token for the clerk (who sees every task), and real ids to ask for.
  TOKEN=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"vanthu","password":"dondoc2026"}' \
    "$BASE/api/v1/tokens" | json 'd["token"]')
  AUTH="Authorization: Bearer $TOKEN"
  # Pages are read the way a browser reads them: with the session cookie of a
  # form login (a page request without one would open a new session each time).
  COOKIE="Cookie: $(curl -fs -o /dev/null -c - -d 'username=vanthu&password=dondoc2026' "$BASE/login" \
    | awk '$6=="dondoc_session" {print $6"="$7}')"
  TASK=$(curl -fs -H "$AUTH" "$BASE/api/v1/tasks?state=dang_thuc_hien&limit=1" | json 'd[0]["id"]')
  UNIT=$(curl -fs -H "$AUTH" "$BASE/api/v1/tasks/$TASK" | json 'd["task"]["leadUnitID"]')
}

# wrk's "99%  12.34ms" in milliseconds.
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f", v}'; }

# measure TITLE ENDPOINT...: each path in turn on the running server, then the table.
measure() {
  echo "== $1: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency ($CONFIG build, SQLite, $TASKS tasks)"
  shift
  RESULTS=()
  for entry in "$@"; do
    name=${entry%%|*}; path=${entry#*|}
    case $path in /api/*) header=$AUTH ;; /health|/metrics) header="X-Bench: 1" ;; *) header=$COOKIE ;; esac
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -H "$header" "$BASE$path")
    [ "$status" = 200 ] || { echo "$path answered $status"; tail -5 "$DATA/server.log"; exit 1; }
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$header" "$BASE$path")
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out" | to_ms)
    bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); bad=${bad:-0}
    timeouts=$(awk '/Socket errors/ {print $NF}' <<<"$out"); timeouts=${timeouts:-0}
    load=$(cut -d' ' -f1 /proc/loadavg)  # the machine is shared: other jobs' load beside each figure
    RESULTS+=("$name|$rps|$p99|$bad|$timeouts|$load")
    # Requests wrk left queued must not count against the next path: wait
    # (at most a minute) until the server is idle, using under 5 % of a core
    # over a second (a prompt /health alone can slip between queued requests).
    for _ in $(seq 1 60); do
      before=$(awk '{print $14 + $15}' "/proc/$SERVER/stat")
      sleep 1
      after=$(awk '{print $14 + $15}' "/proc/$SERVER/stat")
      [ $((after - before)) -lt 5 ] && break
    done
    printf '  %-40s %10s req/s  p99 %8s ms  timeouts %s  load %s\n' "$name" "$rps" "$p99" "$timeouts" "$load"
  done

  # The table, against the mean of the two /health runs.
  python3 - "${RESULTS[@]}" <<'EOF'
import sys
rows = [r.split("|") for r in sys.argv[1:]]
health = [float(r[1]) for r in rows if r[0].startswith("health")]
base = sum(health) / len(health)
print(f"\n| path | req/s | p99 (ms) | share of /health | goal (>=30%, p99<50ms) | load (1 min) |")
print("|---|---:|---:|---:|---|---:|")
for name, rps, p99, bad, timeouts, load in rows:
    share = float(rps) / base
    slow = timeouts != "0"  # wrk gives up after 2 s and leaves those out of the latencies
    ok = "—" if name.startswith("health") else ("yes" if share >= 0.30 and float(p99) < 50 and not slow else "**no**")
    note = (f" ({bad} non-2xx)" if bad != "0" else "") + (f" ({timeouts} timed out)" if slow else "")
    latency = "> 2000" if slow else f"{float(p99):.1f}"
    print(f"| {name}{note} | {float(rps):,.0f} | {latency} | {share:.0%} | {ok} | {load} |")
EOF
}

start_server
# name|path: API paths send the token, page paths the cookie. The filtered list (one unit's tasks in progress), a task, the
# counts by state, and the diacritic-free search.
ENDPOINTS=(
  "health|/health"
  "task list API (unit + state)|/api/v1/tasks?unit=$UNIT&state=dang_thuc_hien"
  "task list page (unit + state)|/tasks?unit=$UNIT&state=dang_thuc_hien"
  "task list API (no filter, first 50)|/api/v1/tasks"
  "task API|/api/v1/tasks/$TASK"
  "task page|/tasks/$TASK"
  "task list API (official status: overdue)|/api/v1/tasks?status=chua_hoan_thanh_qua_han"
  "search API (q=chuyen doi so)|/api/v1/tasks?q=chuyen%20doi%20so"
  "counts by state (/metrics)|/metrics"
)
# The dashboard, under whichever path it has when this runs.
for path in /api/v1/dashboard /dashboard; do
  case $path in /api/*) header=$AUTH ;; *) header=$COOKIE ;; esac
  if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$header" "$BASE$path")" = 200 ]; then
    ENDPOINTS+=("dashboard ($path)|$path")
  fi
done
ENDPOINTS+=("health (again, after)|/health")

measure "as served (lists and tasks kept until the next write)" "${ENDPOINTS[@]}"

# Kept answers last until the next write, so what they are worth depends on
# how often an office writes. Again, with a write every 0.1 s in the
# background (the clerk marking notifications read: a transaction through the
# gate, which drops every kept answer): far more writes than an office makes.
if [ "${BENCH_WRITES:-1}" != 0 ]; then
  CSRF=$(curl -fs -H "$COOKIE" "$BASE/dashboard" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  ( while curl -fs -o /dev/null -X POST -H "$COOKIE" -H "X-CSRF-Token: $CSRF" "$BASE/notifications/read"; do sleep 0.1; done
    echo "the background writer stopped: its write was refused" ) &
  WRITER=$!
  measure "as served, with 10 writes a second" \
    "health|/health" \
    "task list API (unit + state)|/api/v1/tasks?unit=$UNIT&state=dang_thuc_hien" \
    "task list page (unit + state)|/tasks?unit=$UNIT&state=dang_thuc_hien" \
    "task API|/api/v1/tasks/$TASK" \
    "task page|/tasks/$TASK" \
    "dashboard (/dashboard)|/dashboard" \
    "health (again, after)|/health"
  kill $WRITER 2>/dev/null; wait $WRITER 2>/dev/null || true
fi
stop_server

if [ "${BENCH_AFRESH:-1}" != 0 ]; then
  start_server --no-kept-answers
  measure "computed afresh (--no-kept-answers: each read as right after a write)" \
    "health|/health" \
    "task list API (unit + state)|/api/v1/tasks?unit=$UNIT&state=dang_thuc_hien" \
    "task list page (unit + state)|/tasks?unit=$UNIT&state=dang_thuc_hien" \
    "task API|/api/v1/tasks/$TASK" \
    "task page|/tasks/$TASK" \
    "health (again, after)|/health"
  stop_server
fi
