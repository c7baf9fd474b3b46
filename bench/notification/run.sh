#!/usr/bin/env bash
# Notification relay benchmark against the demo world's local SMSC (jSMPP server side, in the app).
#  1. throughput: N queued SMS in the outbox (one part each, distinct phones), relay → SMSC → receipt;
#  2. end-to-end latency: work orders created over the API at a steady rate, each one's
#     ORDER_RECEIVED SMS from the order's creation to DELIVERED (the SMSC's receipt stored).
# Usage: bench/notification/run.sh [N] [ORDERS_PER_SECOND] [SECONDS]   (defaults 10000 20 20; ≤ 2 min)
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-10000}
RATE=${2:-20}
SECONDS_=${3:-20}
DB=griddesk_bench_nt
PORT=${BENCH_PORT:-18100}
SMPP=${BENCH_SMPP_PORT:-27750}
OUT=bench/results; mkdir -p "$OUT"
LOG="$OUT/notification-app.log"
PSQL="psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1"

pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"

[ -f target/griddesk-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -DskipTests package
export GRIDDESK_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB GRIDDESK_DB_USER=postgres GRIDDESK_DB_PASSWORD=
: > "$LOG"
# quiet hours off (start = end) and no rate limit, so that the run measures the relay, not the rules
java -Xmx1g -jar target/griddesk-0.1.0-SNAPSHOT.jar --server.port=$PORT --griddesk.demo.customers=2000 \
  --griddesk.demo.history-orders=0 --griddesk.notification.demo.smpp-port=$SMPP --griddesk.notification.demo.smtp-port=0 \
  --griddesk.notification.quiet-hours.start=00:00 --griddesk.notification.quiet-hours.end=00:00 \
  --griddesk.notification.rate-limit.per-recipient=1000000 --griddesk.notification.demo.keep=100 \
  --griddesk.notification.relay.threads=${RELAY_THREADS:-8} >> "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -sf "127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "127.0.0.1:$PORT/actuator/health" >/dev/null || { echo "GridDesk did not start; see $LOG"; exit 1; }

JDBC=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -1)
timeout 150 java -cp "$JDBC" bench/notification/NotificationBench.java "jdbc:postgresql://127.0.0.1:5432/$DB" \
  "http://127.0.0.1:$PORT" "$N" "$RATE" "$SECONDS_" | tee "$OUT/notification.txt"
