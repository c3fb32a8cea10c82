#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on loopback for the app tests and
# prints the URL to put in DONDOC_TEST_POSTGRES_URL. `stop` stops it.
# The cluster lives in a temporary folder; initdb refuses to run as root, so
# as root the server runs as an unprivileged user.
set -euo pipefail
DIR=${DONDOC_PG_DIR:-/tmp/dondoc-test-pg}
PORT=${DONDOC_PG_PORT:-54329}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PGBIN/initdb" ] || { echo "start-test-postgres: PostgreSQL server binaries not found" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    id dondocpg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin dondocpg
    runuser -u dondocpg -- "$@"
  else
    "$@"
  fi
}

if [ "${1:-start}" = stop ]; then
  [ -d "$DIR/data" ] && as_owner "$PGBIN/pg_ctl" -D "$DIR/data" stop -m fast >/dev/null || true
  exit 0
fi

if ! as_owner "$PGBIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
  rm -rf "$DIR"
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && { id dondocpg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin dondocpg; chown dondocpg "$DIR"; }
  as_owner "$PGBIN/initdb" -D "$DIR/data" -U dondoc -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
  as_owner "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w start \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null \
    || { cat "$DIR/server.log" >&2; exit 1; }
  as_owner "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U dondoc dondoc_test
fi
echo "postgres://dondoc@127.0.0.1:$PORT/dondoc_test?sslmode=disable"
