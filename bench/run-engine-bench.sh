#!/usr/bin/env bash
# Benchmarks the workflow engine against PostgreSQL's own commit rate on a private, durable cluster
# (fsync and synchronous_commit on, as in production) that lives only for this run.
# Extra arguments go to the harness, for example: bench/run-engine-bench.sh --instances 5000 --concurrency 32
# To measure an existing server instead: dotnet run -c Release --project bench/EcomErp.Bench -- --connection "..."
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh

pg_ensure_installed
work=$(mktemp -d /tmp/ecomerp-bench.XXXXXX)
chmod 755 "$work"
trap 'pg_stop_cluster "$work/pg"; rm -rf "$work"' EXIT

port=$(pg_free_port 56300)
pg_start_cluster "$work/pg" "$port" "-c shared_buffers=256MB"
echo "Benchmark PostgreSQL on port $port"
dotnet run -c Release --project bench/EcomErp.Bench -- \
  --connection "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres" "$@"
