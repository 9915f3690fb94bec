#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh (docs/backup-and-restore.md).
#
#   scripts/restore.sh --backup DIR --data-dir NEW_REGION_DATA_DIR   physical backup: lays out NEW/pg, which
#                                                                    the region's embedded server then starts on
#   scripts/restore.sh --backup DIR                                  logical backup: pg_restore into the empty
#                                                                    database the PG* variables name
# Never writes into an existing data directory or a database that already has tables.
set -euo pipefail
source "$(dirname "$0")/pg-common.sh"

backup="" data_dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --backup) backup="$2"; shift 2 ;;
    --data-dir) data_dir="$2"; shift 2 ;;
    *) die "unknown option $1 (see the header of $0)" ;;
  esac
done
[ -f "$backup/manifest" ] || die "$backup is not a backup (no manifest)"
mode="$(awk '$1 == "mode" {print $2}' "$backup/manifest")"

case "$mode" in
  physical)
    [ -n "$data_dir" ] || die "a physical backup is restored into a new region data directory: --data-dir"
    [ -e "$data_dir/pg" ] && die "$data_dir/pg exists: restore only into a fresh data directory"
    mkdir -p "$data_dir/pg"
    chmod 700 "$data_dir/pg"
    tar -C "$data_dir/pg" -xzf "$backup/base.tar.gz"
    tar -C "$data_dir/pg" -xzf "$backup/wal.tar.gz"
    mkdir -p "$data_dir/pg/pg_wal/archive_status"
    # backup_label makes the server replay the WAL from the backup's checkpoint to its end before it opens
    cp "$backup/backup_label" "$data_dir/pg/backup_label"
    note "restored the physical backup into $data_dir/pg; start the region with --listning.data-dir=$data_dir"
    ;;
  logical)
    major="$(server_major)"
    pg_bin="$(find_pg_bin "$major")" || die "no pg_restore for PostgreSQL $major (install postgresql-client-$major or set PG_BIN)"
    tables="$(sql -c "select count(*) from pg_tables where schemaname = 'public'")"
    [ "$tables" = 0 ] || die "database $PGDATABASE already has $tables tables: restore only into an empty database"
    "$pg_bin/pg_restore" --no-owner --exit-on-error --single-transaction --dbname="$PGDATABASE" "$backup/listning.dump"
    note "restored the logical backup into $PGHOST:${PGPORT:-5432}/$PGDATABASE"
    ;;
  *) die "unknown backup mode '$mode' in $backup/manifest" ;;
esac
