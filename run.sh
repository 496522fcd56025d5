#!/usr/bin/env bash
# Runs the EcomErp service. Without a configured connection string it starts a private PostgreSQL
# cluster under .local/postgres (installing Debian's postgresql package when it is missing).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh

export ASPNETCORE_URLS="${ECOMERP_URLS:-${ASPNETCORE_URLS:-http://127.0.0.1:5080}}"
export DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-Development}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-$DOTNET_ENVIRONMENT}"

if [ -z "${ConnectionStrings__Default:-}" ]; then
  pg_ensure_installed
  data="$PWD/.local/postgres"
  if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$PWD"; then
    data="/var/tmp/ecomerp-postgres-$(echo "$PWD" | md5sum | cut -c1-8)"
    echo "The postgres user cannot enter $PWD; keeping the local database in $data." >&2
  fi
  mkdir -p "$(dirname "$data")"
  port=$(pg_cluster_port "$data")
  [ -n "$port" ] || port=$(pg_free_port "${ECOMERP_PG_PORT:-5433}")
  pg_start_cluster "$data" "$port"
  port=$(pg_cluster_port "$data")
  export ConnectionStrings__Default="Host=127.0.0.1;Port=$port;Username=postgres;Database=ecomerp"
  echo "Local PostgreSQL: $data (port $port). Stop it with: scripts/stop-local-postgres.sh" >&2
fi

exec dotnet run --project src/EcomErp.Server -c Release --no-launch-profile -- "$@"
