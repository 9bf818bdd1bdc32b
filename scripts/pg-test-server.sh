#!/usr/bin/env bash
# A throw-away PostgreSQL server for tests and benchmarks.
#
#   scripts/pg-test-server.sh start   → prints PGTEST_DIR=<dir> and PGTEST_URL=postgres://…  (exit 0)
#   scripts/pg-test-server.sh stop <dir>
#
# Installs Debian's `postgresql` with apt-get when no server binaries are found, initialises a cluster in a
# temporary folder, and starts it on a free port of 127.0.0.1 (plus a unix socket in that folder), with trust
# authentication and fsync off: for tests only, never for data you want to keep. As root the server runs as the
# `postgres` user (PostgreSQL refuses to run as root). Exit 3 when a server cannot be had here, with the reason.
set -euo pipefail

fail() { echo "pg-test-server: $*" >&2; exit 3; }

find_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then echo "$dir"; return; fi
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then dirname "$(command -v initdb)"; fi
}

install_server() {
  [[ $(id -u) -eq 0 ]] || fail "PostgreSQL is not installed and installing it needs root (apt-get install postgresql)"
  command -v apt-get >/dev/null || fail "PostgreSQL is not installed and there is no apt-get to install it"
  echo "pg-test-server: installing postgresql with apt-get…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2 \
    || fail "apt-get install postgresql failed"
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();});"
}

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin dir port
  bin=$(find_bin)
  if [[ -z "$bin" ]]; then install_server; bin=$(find_bin); fi
  [[ -n "$bin" ]] || fail "no PostgreSQL server binaries found even after installing"
  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres || fail "cannot create user postgres"
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/lagebild-pg.XXXXXX")
  chmod 755 "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || fail "initdb failed: $(tail -n 3 "$dir/initdb.log")"
  for attempt in 1 2 3; do
    port=$(free_port)
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50" \
      start >/dev/null 2>&1; then
      as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -qAt -c 'CREATE DATABASE lagebild' >/dev/null \
        || fail "createdb failed"
      echo "PGTEST_DIR=$dir"
      echo "PGTEST_BIN=$bin"
      echo "PGTEST_URL=postgres://postgres@127.0.0.1:$port/lagebild"
      return
    fi
    echo "pg-test-server: port $port was taken (attempt $attempt)" >&2
  done
  fail "the server did not start: $(tail -n 5 "$dir/server.log" 2>/dev/null)"
}

stop() {
  local dir=${1:-} bin
  [[ -n "$dir" && -d "$dir/data" ]] || fail "usage: $0 stop <PGTEST_DIR>"
  bin=$(find_bin)
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop <dir>" >&2; exit 2 ;;
esac
