#!/usr/bin/env bash
# Backs up a region's PostgreSQL database (docs/backup-and-restore.md).
#
#   scripts/backup.sh --out DIR [--data-dir REGION_DATA_DIR] [--mode logical|physical]
#
# logical:  pg_dump custom format (DIR/listning.dump), needs a pg_dump of the server's major version
#           (PG_BIN=/usr/lib/postgresql/17/bin, or on PATH). Works against any server the PG* variables reach.
# physical: an online base backup through PostgreSQL's low-level API (pg_backup_start/pg_backup_stop) with the
#           WAL it needs (DIR/base.tar.gz, DIR/backup_label, DIR/wal.tar.gz); needs the data directory on this
#           machine (--data-dir), and only psql and tar, so it works for the embedded server whose bundled
#           binaries have no pg_dump. Restored with scripts/restore.sh into a fresh data directory.
# Default: logical when a matching pg_dump exists, else physical when --data-dir is given.
# Writes DIR/manifest (mode, server version, time, row counts and checksums of the key tables).
set -euo pipefail
source "$(dirname "$0")/pg-common.sh"

out="" data_dir="" mode=""
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --data-dir) data_dir="$2"; shift 2 ;;
    --mode) mode="$2"; shift 2 ;;
    *) die "unknown option $1 (see the header of $0)" ;;
  esac
done
[ -n "$out" ] || die "--out DIR is required"
[ -e "$out" ] && die "$out exists already: a backup never overwrites another"
[ -n "$data_dir" ] && connect_embedded "$data_dir"

major="$(server_major)"
pg_bin="$(find_pg_bin "$major" || true)"
if [ -z "$mode" ]; then
  if [ -n "$pg_bin" ]; then mode=logical; elif [ -n "$data_dir" ]; then mode=physical; else
    die "no pg_dump for PostgreSQL $major found (install postgresql-client-$major or set PG_BIN), and no --data-dir for a physical backup"
  fi
fi
mkdir -p "$out"
note "backup ($mode) of PostgreSQL $major at $PGHOST:${PGPORT:-5432}/$PGDATABASE into $out"

case "$mode" in
  logical)
    [ -n "$pg_bin" ] || die "logical backup needs pg_dump $major (set PG_BIN)"
    "$pg_bin/pg_dump" --format=custom --compress=6 --no-owner --file="$out/listning.dump"
    ;;
  physical)
    [ -n "$data_dir" ] || die "a physical backup needs --data-dir (the server's files on this machine)"
    pgdata="$(cd "$data_dir/pg" && pwd)"
    # one psql session holds the backup open while tar copies the files (non-exclusive low-level backup)
    coproc PSQL { psql -X -q -At -v ON_ERROR_STOP=1 2>&1; }
    echo "select pg_backup_start('listning-backup', true);" >&"${PSQL[1]}"
    read -r -t 120 start_lsn <&"${PSQL[0]}" || die "pg_backup_start did not answer"
    note "backup started at WAL $start_lsn"
    tar -C "$pgdata" -czf "$out/base.tar.gz" \
        --exclude=./pg_wal/* --exclude=./postmaster.pid --exclude=./postmaster.opts --exclude=./backup_label \
        --exclude=./pg_replslot/* --exclude=./pg_stat_tmp/* --exclude=./pg_dynshmem/* --exclude=./pg_notify/* \
        --exclude=./pg_serial/* --exclude=./pg_snapshots/* --exclude=./pg_subtrans/* \
        --warning=no-file-changed --warning=no-file-removed . || [ $? -eq 1 ]   # 1 = files changed while read: expected
    printf '\\o %s\nselect labelfile from pg_backup_stop(false);\n\\o\n\\q\n' "$out/backup_label" >&"${PSQL[1]}"
    wait "$PSQL_PID" || die "pg_backup_stop failed"
    grep -q '^START WAL LOCATION' "$out/backup_label" || die "pg_backup_stop gave no backup label"
    # the WAL from the backup's start to its end is still in pg_wal (no archive here): keep it with the backup
    tar -C "$pgdata" -czf "$out/wal.tar.gz" --exclude=./pg_wal/archive_status/* ./pg_wal
    ;;
  *) die "unknown mode $mode" ;;
esac

{
  echo "mode $mode"
  echo "server_version $(sql -c 'show server_version')"
  echo "taken_at $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  table_checksums
} > "$out/manifest"
note "backup done: $(du -sh "$out" | cut -f1) in $out"
