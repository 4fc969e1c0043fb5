#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 cluster for the API suite: initdb in a temp folder, owned by a
# non-root user (postgres refuses to run as root), on a free loopback port.
# Usage: eval "$(scripts/pg-test-cluster.sh start)"   → exports DATABASE_URL and PG_TEST_DIR
#        scripts/pg-test-cluster.sh stop "$PG_TEST_DIR"
set -euo pipefail

find_bin() {
  for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return; }
  done
  command -v initdb >/dev/null && dirname "$(readlink -f "$(command -v initdb)")" && return
  echo "PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install postgresql-15" >&2
  exit 1
}

run_as() {
  if [ "$(id -u)" = "0" ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    BIN=$(find_bin)
    PG_USER=postgres
    if [ "$(id -u)" = "0" ] && ! id "$PG_USER" >/dev/null 2>&1; then useradd --system --no-create-home "$PG_USER"; fi
    [ "$(id -u)" = "0" ] || PG_USER=$(id -un)
    DIR=$(mktemp -d /tmp/govit-pg.XXXXXX)
    chmod 755 "$DIR"
    [ "$(id -u)" = "0" ] && chown "$PG_USER" "$DIR"
    PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
    run_as "$BIN/initdb" -D "$DIR/data" -U govit --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
      || { cat "$DIR/initdb.log" >&2; exit 1; }
    run_as "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
      -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
      || { cat "$DIR/server.log" >&2; exit 1; }
    echo "export PG_TEST_DIR=$DIR PG_TEST_BIN=$BIN PG_TEST_USER=$PG_USER"
    echo "export DATABASE_URL=postgres://govit@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    DIR=${2:?data folder}
    BIN=$(find_bin)
    PG_USER=${PG_TEST_USER:-postgres}
    [ "$(id -u)" = "0" ] || PG_USER=$(id -un)
    run_as "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
    ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
