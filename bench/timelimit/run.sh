#!/usr/bin/env bash
# Time-limit scheduler benchmark: 1,000,000 open orders with running clocks in PostgreSQL.
#  1. one scheduling pass with 1,000 clocks due among them (from GridDesk's own log line), 5 times;
#  2. lag between a deadline and its warning for 5,000 deadlines spread over 60 s.
# Usage: bench/timelimit/run.sh [OPEN_ORDERS]   (default 1000000; needs ~3 GB disk, ~10 min)
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-1000000}
DB=griddesk_bench_tl
PORT=${BENCH_PORT:-8094}
OUT=bench/results; mkdir -p "$OUT"
LOG="$OUT/timelimit-app.log"
PSQL="psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1"

pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"

[ -f target/griddesk-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -DskipTests package
export GRIDDESK_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB GRIDDESK_DB_USER=postgres GRIDDESK_DB_PASSWORD=
start_app() {
  java -Xmx1g -jar target/griddesk-0.1.0-SNAPSHOT.jar --server.port=$PORT --griddesk.demo.customers=2000 \
    --griddesk.demo.history-orders=0 "$@" >> "$LOG" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do curl -sf "localhost:$PORT/actuator/health" >/dev/null && return; sleep 1; done
  echo "GridDesk did not start; see $LOG"; exit 1
}
stop_app() { kill "$APP"; wait "$APP" 2>/dev/null || true; }
: > "$LOG"

echo "== migrating and seeding $N open orders with clocks"
start_app --griddesk.scheduling.enabled=false
stop_app
time $PSQL -d $DB -v n="$N" -f bench/timelimit/seed.sql

echo "== scheduler running (scan every 1 s)"
start_app
for i in 1 2 3 4 5; do
  before=$(grep -c "Time-limit scan" "$LOG" || true)
  $PSQL -d $DB -c "update order_clock set deadline = now() - interval '1 second', next_fire_at = now() - interval '1 second', yellow_fired = true
                   where id in (select id from order_clock where order_number like 'BT%' and state = 'RUNNING' and not red_fired limit 1000)"
  for _ in $(seq 1 60); do [ "$(grep -c "Time-limit scan" "$LOG" || true)" -gt "$before" ] && break; sleep 0.5; done
  grep "Time-limit scan" "$LOG" | tail -1 | sed 's/.*Time-limit scan: /pass: /'
done
JDBC=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -1)
java -cp "$JDBC" bench/timelimit/TimeLimitBench.java "jdbc:postgresql://127.0.0.1:5432/$DB" 5000 60 | tee "$OUT/timelimit.txt"
stop_app
