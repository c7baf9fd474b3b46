#!/usr/bin/env bash
# Outage storm benchmark, against the machine's PostgreSQL on 127.0.0.1:5432 (as production runs):
# 2,000 fault calls over 60 s from the 200 transformer areas of 20 feeders (each feeder trips: 20
# real outages; WHOLE < 20 makes the other feeders lose one area each instead), posted to
# POST /api/v1/work-orders as they arrive and grouped in the intake transaction. Reports calls/s
# sustained, grouping latency (the intake call, which includes the grouping, and the grouping step
# alone from GridDesk's log) p50/p99, and crews dispatched vs the real outages.
# Before the storm a warm-up: the same intake at the same rate for 20 s from customers off the grid
# (no grouping), then a small storm on four feeders of its own (the grouping's code compiled, as in a
# GridDesk that has run for a day); after it, 10 s off the grid again as the baseline. The grouping
# step alone comes from GridDesk's log (the storm's calls only). Client, server and database share
# this machine's cores. GridDesk listens on 127.0.0.1 only.
# Usage: bench/outage/run.sh [CALLS] [SECONDS] [WHOLE]   (default 2000 60 20; about 3 minutes in all)
set -euo pipefail
cd "$(dirname "$0")/../.."
CALLS=${1:-2000}
SECONDS_RUN=${2:-60}
WHOLE=${3:-20}
DB=griddesk_bench_outage
PORT=${BENCH_PORT:-8096}
OUT=bench/results; mkdir -p "$OUT"
LOG="$OUT/outage-app.log"
PSQL="psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1"

pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
[ -f target/griddesk-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -DskipTests package
JDBC=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)

export GRIDDESK_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB GRIDDESK_DB_USER=postgres GRIDDESK_DB_PASSWORD=
: > "$LOG"
# BENCH_JAVA_OPTS, e.g. a flight recording: -XX:StartFlightRecording=filename=bench/results/outage.jfr,settings=profile
java -Xmx1g -Xlog:gc:file=$OUT/outage-gc.log ${BENCH_JAVA_OPTS:-} -jar target/griddesk-0.1.0-SNAPSHOT.jar --server.address=127.0.0.1 --server.port=$PORT \
    --griddesk.demo.customers=2000 --griddesk.demo.history-orders=0 \
    --logging.level.com.griddesk.outage.internal.FaultCallGrouping=DEBUG >> "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do grep -q "Demo logins" "$LOG" && break; sleep 1; done
grep -q "Demo logins" "$LOG" || { echo "GridDesk did not start; see $LOG"; exit 1; }

steal() { awk '/^cpu /{print $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat; }
read -r s0 w0 <<< "$(steal)"
{
  echo "== $(date -u +%FT%TZ), $(nproc) cores (shared), load average $(cut -d' ' -f1-3 /proc/loadavg), PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'show server_version')"
  java -cp "$JDBC" bench/outage/OutageStormBench.java "http://127.0.0.1:$PORT" \
      "jdbc:postgresql://127.0.0.1:5432/$DB" "$CALLS" "$SECONDS_RUN" "$WHOLE" "$LOG"
  # steal: time the host gave another guest while this one wanted the CPU (the figures' weather)
  read -r s1 w1 <<< "$(steal)"
  awk -v s=$((s1 - s0)) -v w=$((w1 - w0)) 'BEGIN { if (w > 0) printf "CPU stolen by the host during the run: %.0f %% of all CPU time\n", 100*s/w }'
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/outage.txt"
kill $APP; wait $APP 2>/dev/null || true
trap - EXIT
$PSQL -d postgres -c "drop database if exists $DB"
