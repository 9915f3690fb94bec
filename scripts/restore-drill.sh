#!/usr/bin/env bash
# Restore drill (docs/backup-and-restore.md): proves on demo data that a backup can be restored.
#
#   scripts/restore-drill.sh [--residents N] [--work DIR] [--mode logical|physical]
#
# 1. starts a region with demo data (N residents, default 2000) on a fresh data directory and waits for health UP;
# 2. records row counts and checksums of the key tables and one GetListing answer;
# 3. takes a backup with scripts/backup.sh (and checks that the data did not change while it ran);
# 4. destroys the data: stops the region and deletes its data directory;
# 5. restores with scripts/restore.sh into a fresh data directory and starts the region on it (demo data off);
# 6. compares counts and checksums, /actuator/health and the same GetListing answer.
# Exit code 0 only when everything matches. Needs java, curl, psql, tar (and the region jar; built if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pg-common.sh

residents=2000 work="" mode_option=()
while [ $# -gt 0 ]; do
  case "$1" in
    --residents) residents="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --mode) mode_option=(--mode "$2"); shift 2 ;;
    *) die "unknown option $1 (see the header of $0)" ;;
  esac
done
work="${work:-$(mktemp -d /tmp/listning-restore-drill.XXXXXX)}"
mkdir -p "$work"
jar=region/target/listning-region.jar
[ -f "$jar" ] || { note "building $jar"; ./mvnw -B -q -pl region -am package -DskipTests; }

region_pid=""
stop_region() {
  if [ -n "$region_pid" ] && kill -0 "$region_pid" 2>/dev/null; then
    kill "$region_pid"
    wait "$region_pid" 2>/dev/null || true
  fi
  region_pid=""
}
trap stop_region EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# start_region DATA_DIR LOG [options...]: starts the region in the background and waits for /actuator/health UP
start_region() {
  local dir="$1" log="$2"
  shift 2
  port="$(free_port)"
  java -jar "$jar" --server.port="$port" --listning.data-dir="$dir" --listning.county=01 "$@" > "$log" 2>&1 &
  region_pid=$!
  for _ in $(seq 1 600); do
    if curl -fsS "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      note "region up on port $port (data in $dir)"
      return 0
    fi
    kill -0 "$region_pid" 2>/dev/null || die "the region stopped while starting: see $log"
    sleep 1
  done
  die "the region did not report UP within 10 minutes: see $log"
}

get_listing() {
  local pnr="$1"
  curl -fsS -H 'Content-Type: text/xml; charset=UTF-8' \
      -H 'SOAPAction: "urn:riv:supportprocess:logistics:carelisting:GetListingResponder:2:GetListing"' \
      -H 'x-rivta-original-serviceconsumer-hsaid: SE-CONSUMER-001' \
      --data-binary @- "http://localhost:$port/services/supportprocess/logistics/carelisting/GetListing/2/rivtabp21" <<XML
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:itr="urn:riv:itintegration:registry:1"
    xmlns:core="urn:riv:supportprocess:logistics:carelisting:2" xmlns:r="urn:riv:supportprocess:logistics:carelisting:GetListingResponder:2">
  <soapenv:Header><itr:LogicalAddress>01</itr:LogicalAddress></soapenv:Header>
  <soapenv:Body><r:GetListing>
    <r:actor><core:actorId><core:root>1.2.752.129.2.1.3.1</core:root><core:extension>$pnr</core:extension></core:actorId>
      <core:actorType>CITIZEN</core:actorType></r:actor>
    <r:personId><core:root>1.2.752.129.2.1.3.1</core:root><core:extension>$pnr</core:extension></r:personId>
  </r:GetListing></soapenv:Body>
</soapenv:Envelope>
XML
}

started=$(date +%s)
original="$work/original" restored="$work/restored" backup="$work/backup"
note "drill in $work with $residents demo residents"

start_region "$original" "$work/original.log" --listning.demo-residents="$residents"
connect_embedded "$original"
pnr="$(sql -c "select l.person_id from listing l join person p using (person_id)
               where l.active and l.facility_hsa_id is not null and not p.coordination_number and not p.protected_identity
               order by l.person_id limit 1")"
get_listing "$pnr" > "$work/getlisting.before.xml"
table_checksums > "$work/checksums.before"

scripts/backup.sh --data-dir "$original" --out "$backup" "${mode_option[@]}"
table_checksums > "$work/checksums.after-backup"
cmp -s "$work/checksums.before" "$work/checksums.after-backup" \
    || die "the data changed while the backup ran; the comparison would prove nothing (see $work/checksums.*)"
grep -v -E '^(mode|server_version|taken_at) ' "$backup/manifest" | cmp -s - "$work/checksums.before" \
    || die "the backup's manifest does not match the data at backup time"

note "destroying the data: stopping the region and deleting $original"
stop_region
rm -rf "$original"

if [ "$(awk '$1 == "mode" {print $2}' "$backup/manifest")" = physical ]; then
  scripts/restore.sh --backup "$backup" --data-dir "$restored"
  start_region "$restored" "$work/restored.log" --listning.demo-data=false
else
  # logical: a fresh region creates an empty schema-less database to restore into, so start the bare server
  die "the drill restores logical backups through a real server: set PG* to an empty database and run scripts/restore.sh"
fi
connect_embedded "$restored"
table_checksums > "$work/checksums.restored"
get_listing "$pnr" > "$work/getlisting.restored.xml"
health="$(curl -fsS "http://localhost:$port/actuator/health")"

failures=0
if cmp -s "$work/checksums.before" "$work/checksums.restored"; then
  note "counts and checksums of $(wc -l < "$work/checksums.before") key tables: equal"
else
  note "MISMATCH in table counts or checksums:"; diff "$work/checksums.before" "$work/checksums.restored" >&2 || true
  failures=$((failures + 1))
fi
if echo "$health" | grep -q '"status":"UP"'; then note "/actuator/health: UP"; else
  note "MISMATCH: health is $health"; failures=$((failures + 1)); fi
if cmp -s "$work/getlisting.before.xml" "$work/getlisting.restored.xml" && grep -q 'resultCode>OK<' "$work/getlisting.before.xml"; then
  note "GetListing for ${pnr:0:8}-****: same answer before and after ($(wc -c < "$work/getlisting.before.xml") bytes, OK)"
else
  note "MISMATCH in the GetListing answer"; diff "$work/getlisting.before.xml" "$work/getlisting.restored.xml" >&2 || true
  failures=$((failures + 1))
fi
stop_region
echo
echo "restore drill: $residents residents, backup $(du -sh "$backup" | cut -f1) ($(awk '$1 == "mode" {print $2}' "$backup/manifest")),"\
     "$(wc -l < "$work/checksums.before") tables compared, $failures mismatches, $(( $(date +%s) - started )) s"
cat "$work/checksums.restored"
[ "$failures" -eq 0 ]
