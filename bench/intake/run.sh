#!/usr/bin/env bash
# Intake benchmark, against the machine's PostgreSQL on 127.0.0.1:5432 (as production runs):
#  1. POST /api/v1/work-orders over HTTP, 16 concurrent clients for 30 s: orders/s, p50, p99;
#  2. full lifecycles (create → dispatch → accept → resolve → close, each over HTTP), 16 clients, 30 s;
#  3. the raw PostgreSQL limit for the same rows: pgbench with bench/intake/intake-rows.sql, 16 clients, 30 s,
#     with GridDesk stopped so that PostgreSQL has the machine to itself.
# Client, server and database share this machine's cores. Usage: bench/intake/run.sh [SECONDS] [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_RUN=${1:-30}
CLIENTS=${2:-16}
DB=griddesk_bench_intake
PORT=${BENCH_PORT:-8095}
OUT=bench/results; mkdir -p "$OUT"
LOG="$OUT/intake-app.log"
PSQL="psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1"

pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
[ -f target/griddesk-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -DskipTests package
JDBC=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)

export GRIDDESK_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB GRIDDESK_DB_USER=postgres GRIDDESK_DB_PASSWORD=
: > "$LOG"
# BENCH_JAVA_OPTS, e.g. a flight recording: -XX:StartFlightRecording=filename=bench/results/intake.jfr,settings=profile
java -Xmx2g ${BENCH_JAVA_OPTS:-} -jar target/griddesk-0.1.0-SNAPSHOT.jar --server.port=$PORT >> "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do grep -q "Demo logins" "$LOG" && break; sleep 1; done
grep -q "Demo logins" "$LOG" || { echo "GridDesk did not start; see $LOG"; exit 1; }
grep "Demo world built" "$LOG" | sed 's/.*Demo world built/demo world built/'
# start-up catch-up jobs (the text index and the rollups read the demo's COPY-loaded history) must
# finish first (they begin 30 s after start): wait until the database sees fewer than 80 commits a
# second for 5 s (idle, the relay, the scanners and their ShedLock locks commit about 40 a second;
# the catch-up commits thousands)
sleep 35
commits() { psql -h 127.0.0.1 -U postgres -tAc "select xact_commit from pg_stat_database where datname = '$DB'"; }
for _ in $(seq 1 120); do
  a=$(commits); sleep 5; b=$(commits)
  [ $((b - a)) -lt 400 ] && break
done
echo "start-up jobs done at $(date -u +%TZ)"

{
  echo "== $(date -u +%FT%TZ), $(nproc) cores, PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'show server_version')"
  java -cp "$JDBC" bench/intake/IntakeBench.java "http://localhost:$PORT" "jdbc:postgresql://127.0.0.1:5432/$DB" intake "$CLIENTS" "$SECONDS_RUN"
  java -cp "$JDBC" bench/intake/IntakeBench.java "http://localhost:$PORT" "jdbc:postgresql://127.0.0.1:5432/$DB" lifecycle "$CLIENTS" "$SECONDS_RUN"
} | tee "$OUT/intake.txt"
kill $APP; wait $APP 2>/dev/null || true
trap - EXIT

echo "pgbench (GridDesk stopped), same rows per transaction:" | tee -a "$OUT/intake.txt"
pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$CLIENTS" -j 2 -T "$SECONDS_RUN" -r \
    -f bench/intake/intake-rows.sql "$DB" 2>&1 | grep -E "^tps|latency average|latency stddev|number of transactions actually" \
    | tee -a "$OUT/intake.txt"
$PSQL -d postgres -c "drop database if exists $DB"
