#!/usr/bin/env bash
# A throwaway PostgreSQL server for `npm run test:pg` (and .ci/run), from
# Debian's `postgresql` package: installed with apt-get when missing (CI runs
# as root), started with initdb + pg_ctl on a loopback port, data in /tmp,
# durability off (tests only). Prints the admin URL to use as TEST_POSTGRESQL_URL.
#   scripts/postgres-test-server.sh start   # prints postgresql://qcdc@127.0.0.1:<port>/postgres
#   scripts/postgres-test-server.sh stop
set -euo pipefail
PORT="${QCDC_PG_PORT:-54329}"
DATA="${QCDC_PG_DATA:-/tmp/qcdc-pg-$PORT}"

pg_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [[ -z "$dir" && "$(id -u)" == 0 ]]; then
    echo "installing Debian's postgresql package…" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
    dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  [[ -n "$dir" ]] || { echo "PostgreSQL not found: apt-get install postgresql" >&2; exit 1; }
  echo "$dir"
}

# PostgreSQL refuses to run as root: run its tools as the `postgres` user then.
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "${1:-}" in
  start)
    BIN=$(pg_bindir)
    if [[ ! -f "$DATA/PG_VERSION" ]]; then
      mkdir -p "$DATA"
      [[ "$(id -u)" == 0 ]] && chown postgres "$DATA" 2>/dev/null || true
      as_owner "$BIN/initdb" -D "$DATA" -U qcdc --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
      as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null
    fi
    echo "postgresql://qcdc@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    BIN=$(pg_bindir)
    [[ -f "$DATA/PG_VERSION" ]] && as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null || true
    rm -rf "$DATA"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
