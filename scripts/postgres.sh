#!/usr/bin/env bash
# Helpers to run a private PostgreSQL cluster from Debian's server binaries.
# Sourced by run.sh, test.sh and the benchmarks; nothing here needs a system-wide service.

pg_bindir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && echo "$dir"
  done | sort -V | tail -n 1
}

pg_ensure_installed() {
  [ -n "$(pg_bindir)" ] && return 0
  echo "PostgreSQL server binaries not found; installing Debian's postgresql package." >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  [ -n "$(pg_bindir)" ] || { echo "PostgreSQL is still missing after apt-get install." >&2; return 1; }
}

# PostgreSQL refuses to run as root, so as root the cluster belongs to the postgres user.
pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then echo postgres; else id -un; fi
}

pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# Prints a TCP port on 127.0.0.1 that nothing listens on, starting from $1.
pg_free_port() {
  local port=${1:-55432}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
  done
  echo "$port"
}

# pg_start_cluster DATA_DIR PORT [extra postgres options]
# Creates the cluster on first use and starts it listening on 127.0.0.1 only, with trust auth:
# it is a private development or test database that nothing else can reach.
pg_start_cluster() {
  local data=$1 port=$2 options=${3:-}
  local bin; bin=$(pg_bindir)
  mkdir -p "$data"
  [ "$(id -u)" -eq 0 ] && chown "$(pg_owner)" "$data"
  chmod 700 "$data"
  if [ ! -f "$data/PG_VERSION" ]; then
    pg_as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
      >"$data.initdb.log" 2>&1 || { cat "$data.initdb.log" >&2; return 1; }
  fi
  if pg_as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    return 0
  fi
  pg_as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=300 $options" \
    start >/dev/null || { tail -n 20 "$data/server.log" >&2; return 1; }
}

pg_stop_cluster() {
  local data=$1
  pg_as_owner "$(pg_bindir)/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
}

# The port a running cluster listens on, read from its pid file.
pg_cluster_port() {
  sed -n 4p "$1/postmaster.pid" 2>/dev/null || true
}
