#!/usr/bin/env bash
# Shared by backup.sh, restore.sh and restore-drill.sh (sourced, not run): how to reach a region's PostgreSQL
# and which client tools fit it. Connection: the standard PG* variables (PGHOST, PGPORT, PGUSER, PGDATABASE,
# PGPASSWORD or ~/.pgpass) for a real server, or --data-dir of a region with the embedded server (the port is
# read from <data-dir>/pg/postmaster.pid; user and database are postgres, local trust authentication).

die() { echo "error: $*" >&2; exit 1; }
note() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# Points the PG* variables at the embedded server serving <data-dir>/pg (which must be running).
connect_embedded() {
  local pid_file="$1/pg/postmaster.pid"
  [ -f "$pid_file" ] || die "no running embedded server: $pid_file is missing (is the region started?)"
  export PGHOST=localhost PGUSER=postgres PGDATABASE=postgres
  PGPORT="$(sed -n 4p "$pid_file")"
  export PGPORT
}

# psql of any recent version is enough for the SQL these scripts send.
sql() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

server_major() { sql -c "show server_version_num" | cut -c1-2; }

# A pg_dump/pg_restore whose major version equals the server's: $PG_BIN, PATH, Debian's /usr/lib/postgresql/<major>/bin.
# pg_dump refuses a newer server, and a newer pg_dump writes archives an older pg_restore cannot read.
find_pg_bin() {
  local major="$1" dir
  for dir in "${PG_BIN:-}" "$(dirname "$(command -v pg_dump 2>/dev/null || echo /none/x)")" "/usr/lib/postgresql/$major/bin"; do
    [ -n "$dir" ] && [ -x "$dir/pg_dump" ] || continue
    if "$dir/pg_dump" --version | grep -Eq " $major(\.|beta|rc|$)"; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

# Row count and order-independent checksum of each key table, one "table count md5" line each.
table_checksums() {
  local table
  for table in listing_type facility doctor person guardianship listing queue_place relisting relisting_exemption \
               guardian_request outbox_update_listing staff_user csv_upload audit_event; do
    echo "$table $(sql -F ' ' -c "select count(*), md5(coalesce(string_agg(md5(t::text), '' order by md5(t::text)), ''))
                                  from $table t")"
  done
}
