#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for tests and prints its URL:
#   export PG_TEST_URL=$(scripts/start-postgres.sh)
# Uses the server installed at /usr/lib/postgresql/<version>/bin; as root it runs as "postgres".
set -euo pipefail
PORT="${PGPORT:-55432}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$BIN/initdb" ] || { echo "start-postgres: no PostgreSQL server found under /usr/lib/postgresql" >&2; exit 1; }
DIR="${PG_TEST_DIR:-/tmp/kg-postgres-$PORT}"
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if ! as_owner "$BIN/pg_isready" -h 127.0.0.1 -p "$PORT" -q 2>/dev/null; then
  rm -rf "$DIR"
  mkdir -p "$DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DIR"
  as_owner "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
fi
echo "postgresql://postgres@127.0.0.1:$PORT/postgres"
