#!/usr/bin/env bash
# Database limit (issue 6, 2b): pgbench -S (primary-key SELECTs) against the region's own embedded
# PostgreSQL server, in a separate database "pgbench" of that server, 3 runs; prints one line per run and
#   LIMIT pgbench-S tps median <m> (<min>-<max>)
# Usage: bench/pgbench-limit.sh <region-data-dir> [scale=50] [seconds=20] [clients=4] [threads=2]
set -euo pipefail
DATA_DIR=${1:?region data dir, e.g. /tmp/bench-r01}
SCALE=${2:-50}; SECONDS_PER_RUN=${3:-20}; CLIENTS=${4:-4}; THREADS=${5:-2}
PORT=$(sed -n 4p "$DATA_DIR/pg/postmaster.pid" | tr -d ' ')
export PGHOST=localhost PGPORT=$PORT PGUSER=postgres PGPASSWORD=postgres
if ! psql -d postgres -tAc "select 1 from pg_database where datname = 'pgbench'" | grep -q 1; then
    psql -d postgres -qc "create database pgbench"
fi
if [ "$(psql -d pgbench -tAc "select coalesce((select count(*) from pgbench_branches), 0)" 2>/dev/null || echo 0)" != "$SCALE" ]; then
    echo "# initialising pgbench at scale $SCALE in database pgbench on port $PORT" >&2
    pgbench -q -i -s "$SCALE" pgbench >&2
fi
TPS=()
for run in 1 2 3; do
    tps=$(pgbench -S -n -c "$CLIENTS" -j "$THREADS" -T "$SECONDS_PER_RUN" pgbench 2>/dev/null \
          | sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p')
    echo "pgbench -S run $run: $tps tps"
    TPS+=("$tps")
done
printf '%s\n' "${TPS[@]}" | sort -g | awk '{v[NR]=$1} END {printf "LIMIT pgbench-S tps median %.0f (%.0f-%.0f)\n", v[2], v[1], v[3]}'
