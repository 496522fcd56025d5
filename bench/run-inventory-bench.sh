#!/usr/bin/env bash
# Reservations per second with 16 clients on one hot SKU and on 1,000 SKUs, beside the database's single-row
# insert rate, against a private PostgreSQL that lives only for this run. Order lines come from the Online Retail
# sample when it is present (ECOMERP_RETAIL_CSV overrides where it is looked for).
# Usage: bench/run-inventory-bench.sh [--seconds 10] [--clients 16] [--skus 1000]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh

pg_ensure_installed
work=$(mktemp -d /tmp/ecomerp-inventory-bench.XXXXXX)
chmod 755 "$work"
trap 'pg_stop_cluster "$work/pg"; rm -rf "$work"' EXIT

port=$(pg_free_port 56400)
pg_start_cluster "$work/pg" "$port" "-c synchronous_commit=off -c shared_buffers=256MB"
echo "PostgreSQL on 127.0.0.1:$port (synchronous_commit=off, fsync on)"

# Other work on the machine changes every figure; the load average is printed so runs can be compared.
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
csv=${ECOMERP_RETAIL_CSV:-../shared/corpus/datasets/online-retail/online_retail_subset_2010-12-01_to_2010-12-07.csv}
[ -f "$csv" ] || csv=/work/shared/corpus/datasets/online-retail/online_retail_subset_2010-12-01_to_2010-12-07.csv
dotnet run -c Release --project bench/EcomErp.InventoryBench -- \
  --server "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres" --dataset "$csv" "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
