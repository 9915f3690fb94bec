#!/usr/bin/env bash
# A/B of two region jars on the same data, back to back, alternating (A B, B A, A B, ...), so that a busy
# machine's noise falls on both alike. Each half: start the jar, wait for health, an open-loop run of
# --contract at --rate (warm-up + 3 runs) and a closed-loop run with --concurrency callers (warm-up + 3 runs),
# stop it. Prints one line per half and the medians per jar.
# Usage: bench/run-ab.sh --a old.jar --b new.jar --data-dir /tmp/ab-r01 [--rounds 3] [--rate 100]
#            [--concurrency 4] [--contract GetListing] [--port 18391] [--echo true]
# The data dir is created by the first start (demo data, listning.demo-residents, default 20,000); both jars
# must share the schema (same Flyway version). With --echo true the B jar's GetListingEcho (closed loop) is
# measured too (listning.bench.echo=true, B only).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${JAR:-$HERE/target/listning-bench.jar}
A=; B=; DATA_DIR=; ROUNDS=3; RATE=100; CONCURRENCY=4; CONTRACT=GetListing; PORT=18391; ECHO=false; RESIDENTS=20000
while [ $# -gt 0 ]; do
    case $1 in
        --a) A=$2;; --b) B=$2;; --data-dir) DATA_DIR=$2;; --rounds) ROUNDS=$2;; --rate) RATE=$2;;
        --concurrency) CONCURRENCY=$2;; --contract) CONTRACT=$2;; --port) PORT=$2;; --echo) ECHO=$2;;
        --residents) RESIDENTS=$2;;
        *) echo "unknown option $1" >&2; exit 2;;
    esac
    shift 2
done
URL=http://localhost:$PORT; LOG=${LOG:-$(mktemp -d)}
half() { # label jar
    local label=$1 jar=$2 extra=()
    [ "$label" = B ] && [ "$ECHO" = true ] && extra=(--listning.bench.echo=true)
    java -Xmx512m -jar "$jar" --server.port="$PORT" --listning.data-dir="$DATA_DIR" --listning.demo-residents="$RESIDENTS" \
         --listning.outbox.enabled=false "${extra[@]}" > "$LOG/region-$label-$n.log" 2>&1 &
    local pid=$!
    until curl -sf "$URL/actuator/health" > /dev/null; do
        kill -0 $pid 2>/dev/null || { echo "region $label did not start, see $LOG/region-$label-$n.log" >&2; exit 1; }
        sleep 1
    done
    local open closed echo_line=""
    open=$(java -jar "$JAR" --url "$URL" --data-dir "$DATA_DIR" --contract "$CONTRACT" --rate "$RATE" \
           --duration 15 --warmup 10 --runs 3 | grep '^SUMMARY')
    closed=$(java -jar "$JAR" --url "$URL" --data-dir "$DATA_DIR" --contract "$CONTRACT" --concurrency "$CONCURRENCY" \
           --duration 10 --warmup 5 --runs 3 | grep '^SUMMARY')
    if [ ${#extra[@]} -gt 0 ]; then
        echo_line=$(java -jar "$JAR" --url "$URL" --data-dir "$DATA_DIR" --contract GetListingEcho \
           --concurrency "$CONCURRENCY" --duration 10 --warmup 5 --runs 3 | grep '^SUMMARY')
    fi
    kill $pid; wait $pid 2>/dev/null || true
    echo "$label round $n load $(cut -d' ' -f1 /proc/loadavg)"
    echo "  open:   $open"
    echo "  closed: $closed"
    [ -n "$echo_line" ] && echo "  echo:   $echo_line"
    return 0
}
for n in $(seq 1 "$ROUNDS"); do
    if [ $((n % 2)) = 1 ]; then half A "$A"; half B "$B"; else half B "$B"; half A "$A"; fi
done | tee "$LOG/ab.txt"
echo "# logs: $LOG"
