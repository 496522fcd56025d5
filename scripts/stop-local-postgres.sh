#!/usr/bin/env bash
# Stops the private PostgreSQL cluster that run.sh started.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
for data in "$PWD/.local/postgres" /var/tmp/ecomerp-postgres-"$(echo "$PWD" | md5sum | cut -c1-8)"; do
  [ -f "$data/postmaster.pid" ] && pg_stop_cluster "$data" && echo "Stopped $data"
done
exit 0
