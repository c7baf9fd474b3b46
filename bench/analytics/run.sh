#!/usr/bin/env bash
# Analytics benchmark, against the machine's PostgreSQL on 127.0.0.1:5432 (a scratch database,
# dropped at the end):
#  1. GridDesk creates the schema and a small demo world (org units, staff, customers);
#  2. generate.sql adds ORDERS work orders (default 10 million) over two years, with their clocks;
#  3. GridDesk starts again and its backfill builds the projection and rollups (timed, from its log);
#  4. the dashboard's indicator query over HTTP (GET /api/v1/analytics/indicators), RUNS times each:
#     last full month, last 30 days by day, last 12 full months by month — as the bureau and as a station;
#     and the bureau's monthly report for the last three months (POST /api/v1/reports);
#  5. the incremental update of one order event (the listener's statements) with pgbench, 1 and 4
#     clients on random orders, and 4 clients on the orders of one cell.
# Usage: bench/analytics/run.sh [ORDERS] [RUNS] [PGBENCH_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
ORDERS=${1:-10000000}
RUNS=${2:-30}
PGB_SECONDS=${3:-20}
DB=griddesk_bench_analytics
PORT=${BENCH_PORT:-8096}
OUT=bench/results; mkdir -p "$OUT"
LOG="$OUT/analytics-app.log"
RES="$OUT/analytics.txt"
PSQL="psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1"
URL="http://localhost:$PORT"

pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
# REUSE_DB=1 measures again on the database a KEEP_DB=1 run left (GridDesk's migrations run on it)
[ -n "${REUSE_DB:-}" ] || $PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
# KEEP_DB=1 leaves the database behind for EXPLAIN ANALYZE of the report's reads
cleanup() { [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null || true; [ -n "${KEEP_DB:-}" ] || $PSQL -d postgres -c "drop database if exists $DB" || true; }
trap cleanup EXIT
[ -f target/griddesk-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -DskipTests package
export GRIDDESK_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB GRIDDESK_DB_USER=postgres GRIDDESK_DB_PASSWORD=
export GRIDDESK_DEMO_CUSTOMERS=${DEMO_CUSTOMERS:-50000} GRIDDESK_DEMO_ORDERS=3000 GRIDDESK_SCHEDULING_ENABLED=false

start() {
  : > "$LOG"
  java -Xmx2g -jar target/griddesk-0.1.0-SNAPSHOT.jar --server.port=$PORT >> "$LOG" 2>&1 &
  APP=$!
  for _ in $(seq 1 3600); do grep -q "$1" "$LOG" && return 0; kill -0 $APP 2>/dev/null || break; sleep 1; done
  echo "GridDesk did not get to '$1'; see $LOG"; exit 1
}
stop() { kill "$APP"; wait "$APP" 2>/dev/null || true; APP=; }

{
echo "== $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'show server_version') (shared_buffers $(psql -h 127.0.0.1 -U postgres -tAc 'show shared_buffers'))"
if [ -n "${REUSE_DB:-}" ]; then
  t0=$(date +%s)
  start "Demo logins"
  echo "reused $DB: started (migrations included) in $(( $(date +%s) - t0 )) s"
else
start "Demo logins"
stop
t0=$(date +%s)
$PSQL -d $DB -v orders="$ORDERS" -v batch=1000000 -v until="$(date -u +%FT%TZ)" -f bench/analytics/generate.sql
echo "generated $ORDERS orders and their clocks in $(( $(date +%s) - t0 )) s"
$PSQL -d $DB -tAc "select 'work_order ' || pg_size_pretty(pg_total_relation_size('work_order')) || ', order_clock ' || pg_size_pretty(pg_total_relation_size('order_clock'))"
start "Analytics backfill"
grep -o "Analytics backfill: .*" "$LOG"
fi
$PSQL -d $DB -tAc "select 'analytics_order ' || pg_size_pretty(pg_total_relation_size('analytics_order')) || ', analytics_daily ' || (select count(*) from analytics_daily) || ' cells ' || pg_size_pretty(pg_total_relation_size('analytics_daily')) || ', analytics_monthly ' || (select count(*) from analytics_monthly) || ' cells ' || pg_size_pretty(pg_total_relation_size('analytics_monthly')) || ', analytics_station_daily ' || (select count(*) from analytics_station_daily) || ', analytics_station_monthly ' || (select count(*) from analytics_station_monthly) || ', analytics_station_trend ' || (select count(*) from analytics_station_trend)"
for _ in $(seq 1 600); do grep -q "Demo logins" "$LOG" && break; sleep 1; done

token() { curl -s -X POST "$URL/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"griddesk\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/'; }
today=$(TZ=Asia/Shanghai date +%F)
month_start=$(TZ=Asia/Shanghai date -d "$(date +%Y-%m-01) -1 month" +%F)
month_end=$(TZ=Asia/Shanghai date -d "$(date +%Y-%m-01) -1 day" +%F)
year_start=$(TZ=Asia/Shanghai date -d "$(date +%Y-%m-01) -12 month" +%F)
days30=$(TZ=Asia/Shanghai date -d "$today -29 day" +%F)
measure() { # user label query
  local tok; tok=$(token "$1")
  curl -s -o /dev/null -H "Authorization: Bearer $tok" "$URL/api/v1/analytics/indicators?$3" # warm-up
  local times=()
  for _ in $(seq 1 "$RUNS"); do
    times+=("$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $tok" "$URL/api/v1/analytics/indicators?$3")")
  done
  printf '%s\n' "${times[@]}" | awk -v label="$2 ($1)" '$1 != 200 { bad++ } { print $2 }
      END { if (bad) print "FAILED " bad > "/dev/stderr" }' | sort -n | awk -v label="$2 ($1)" -v n="$RUNS" \
      '{ t[NR] = $1 } END { p95 = t[int(n * 0.95 + 0.999)]; printf "%-48s p50 %4d ms  p95 %4d ms  max %4d ms  (%d runs)\n",
        label, t[int(n / 2 + 0.5)] * 1000, p95 * 1000, t[n] * 1000, n }'
}
for user in supervisor bjjns1head; do
  measure $user "month $month_start..$month_end, by day" "from=$month_start&to=$month_end&granularity=DAY"
  measure $user "last 30 days $days30..$today, by day" "from=$days30&to=$today&granularity=DAY"
  measure $user "year $year_start..$month_end, by month" "from=$year_start&to=$month_end&granularity=MONTH"
  measure $user "year $year_start..$month_end, by week" "from=$year_start&to=$month_end&granularity=WEEK"
done
# the monthly assessment report of the bureau for the last three months (PDF, Excel, HTML), from these rollups
[ -z "${REUSE_DB:-}" ] || $PSQL -d $DB -c "delete from report_document where kind = 'MONTHLY'"
tok=$(token supervisor)
for i in 1 2 3; do
  day=$(TZ=Asia/Shanghai date -d "$(date +%Y-%m-15) -$i month" +%F)
  printf 'monthly report of the month of %s: ' "$day"
  curl -s -o /dev/null -w 'HTTP %{http_code}, request %{time_total} s' -H "Authorization: Bearer $tok" \
      -H 'Content-Type: application/json' -d "{\"kind\":\"MONTHLY\",\"day\":\"$day\"}" "$URL/api/v1/reports"
  echo ", server: $(grep -o 'Report MONTHLY [^ ]* [^ ]* generated in [0-9]* ms' "$LOG" | tail -1)"
done
stop

max_id=$($PSQL -d $DB -tAc "select max(order_id) from analytics_order")
$PSQL -d $DB -c "drop table if exists bench_hot" -c "create table bench_hot as select row_number() over (order by o.order_id) as i, o.order_id from analytics_order o
    join (select * from analytics_daily order by created desc limit 1) c using (day, unit_path, type_code, category_code, channel)"
hot=$($PSQL -d $DB -tAc "select count(*) from bench_hot")
echo "incremental update per order event (GridDesk stopped; pgbench, ${PGB_SECONDS} s each):"
for c in 1 4; do
  printf '  %d client(s), random orders:     ' $c
  pgbench -h 127.0.0.1 -U postgres -n -M prepared -c $c -j $c -T "$PGB_SECONDS" -D orders="$max_id" \
      -f bench/analytics/event.sql $DB 2>&1 | awk '/^tps/ { tps = $3 } /latency average/ { lat = $4 } END { printf "%s events/s, %s ms each\n", tps, lat }'
done
printf '  4 clients, one cell (%d orders):  ' "$hot"
pgbench -h 127.0.0.1 -U postgres -n -M prepared -c 4 -j 4 -T "$PGB_SECONDS" -D hot="$hot" \
    -f bench/analytics/event-hot.sql $DB 2>&1 | awk '/^tps/ { tps = $3 } /latency average/ { lat = $4 } END { printf "%s events/s, %s ms each\n", tps, lat }'
} 2>&1 | tee "$RES"
