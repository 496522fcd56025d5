#!/usr/bin/env bash
# Runs every test project against a throwaway PostgreSQL cluster that lives only for this run,
# then prints the totals over all projects as one line: "N passed, N failed[, N skipped]".
# Extra arguments go to dotnet test (for example: --filter "FullyQualifiedName~Intake").
set -uo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh

pg_ensure_installed || exit 1
work=$(mktemp -d /tmp/ecomerp-test.XXXXXX)
chmod 755 "$work"
data="$work/pg"
results="$work/results"

cleanup() {
  pg_stop_cluster "$data"
  rm -rf "$work"
}
trap cleanup EXIT

# Durability is not under test here; turning it off makes the suite several times faster.
port=$(pg_free_port 55432)
pg_start_cluster "$data" "$port" "-c fsync=off -c synchronous_commit=off -c full_page_writes=off" || exit 1
export ECOMERP_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
echo "Test PostgreSQL on port $port"

dotnet build EcomErp.sln -c Release -nologo -v quiet || { echo "0 passed, 1 failed (build)"; exit 1; }
dotnet test EcomErp.sln -c Release --no-build -nologo --logger "trx" --results-directory "$results" "$@"
status=$?

sum_counter() {
  cat "$results"/*.trx 2>/dev/null | grep -o "<Counters [^>]*" | grep -o " $1=\"[0-9]*\"" \
    | grep -o "[0-9]*" | awk '{ s += $1 } END { print s + 0 }'
}
passed=$(sum_counter passed)
failed=$(sum_counter failed)
total=$(sum_counter total)
executed=$(sum_counter executed)
skipped=$((total - executed))
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
