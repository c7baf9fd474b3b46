#!/usr/bin/env bash
# Intake benchmark, against the machine's PostgreSQL on 127.0.0.1:5432 (as production runs):
#  1. POST /api/v1/work-orders over HTTP, 16 concurrent clients for 30 s: orders/s, p50, p99;
#  2. full lifecycles (create → dispatch → accept → resolve → close, each over HTTP), 16 clients, 30 s;
#  3. the raw PostgreSQL limit for the same rows: pgbench with bench/intake/intake-rows.sql, 16 clients, 30 s,
#     with GridDesk stopped so that PostgreSQL has the machine to itself: rate and latency p50/p99;
#  4. the floor of a lifecycle for PostgreSQL alone: those rows plus transition-floor.sql four times (four
#     minimal transitions), the most lifecycles a second the database completes with nothing else running.
# Beside 1 and 2, how the busy CPU split between GridDesk, PostgreSQL and the client.
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

# where the cores went during a run (warm-up included): GridDesk's JVM, PostgreSQL's processes, the
# rest (the load client); clock ticks from /proc
cpu_split() {
  local pg=0 p
  for p in $(pgrep -x postgres); do pg=$((pg + $(awk '{print $14 + $15}' /proc/$p/stat 2>/dev/null || echo 0))); done
  echo "$(awk '{print $14 + $15}' /proc/$APP/stat) $pg $(awk '/^cpu /{print $2 + $3 + $4 + $7 + $8, $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat)"
}
# steal: time the host gave another guest while this one wanted the CPU (the figures' weather)
cpu_report() {
  read -r a0 p0 t0 s0 w0 <<< "$1"; read -r a1 p1 t1 s1 w1 <<< "$2"
  awk -v a=$((a1 - a0)) -v p=$((p1 - p0)) -v b=$((t1 - t0)) -v st=$((s1 - s0)) -v w=$((w1 - w0)) 'BEGIN { if (b > 0)
      printf "  CPU busy: GridDesk %.0f %%, PostgreSQL %.0f %%, client and rest %.0f %%; stolen by the host %.0f %% of all CPU time\n",
          100*a/b, 100*p/b, 100*(b-a-p)/b, 100*st/w }'
}
{
  echo "== $(date -u +%FT%TZ), $(nproc) cores, PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'show server_version')"
  for mode in intake lifecycle; do
    before=$(cpu_split)
    java -cp "$JDBC" bench/intake/IntakeBench.java "http://localhost:$PORT" "jdbc:postgresql://127.0.0.1:5432/$DB" $mode "$CLIENTS" "$SECONDS_RUN"
    cpu_report "$before" "$(cpu_split)"
  done
} | tee "$OUT/intake.txt"
kill $APP; wait $APP 2>/dev/null || true
trap - EXIT

# pgbench's own latency percentiles come from its per-transaction log (column 3, microseconds)
pgbench_run() {
  local label=$1 script=$2
  rm -f "$OUT"/pgbench-log*
  echo "$label" | tee -a "$OUT/intake.txt"
  pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$CLIENTS" -j 2 -T "$SECONDS_RUN" -l --log-prefix="$OUT/pgbench-log" \
      -f "$script" "$DB" 2>&1 | grep -E "^tps|latency average|number of transactions actually" | tee -a "$OUT/intake.txt"
  cat "$OUT"/pgbench-log* | awk '{print $3}' | sort -n | awk '{v[NR]=$1} END {
      printf "  latency p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", v[int(NR*0.5)]/1000, v[int(NR*0.99)]/1000, v[NR]/1000}' \
      | tee -a "$OUT/intake.txt"
  rm -f "$OUT"/pgbench-log*
}
pgbench_run "pgbench (GridDesk stopped), same rows per transaction:" bench/intake/intake-rows.sql
# the floor of a lifecycle: the intake's rows, then four transitions that only read, move and log the order
{ cat bench/intake/intake-rows.sql; echo '\set step 0'; for _ in 1 2 3 4; do cat bench/intake/transition-floor.sql; done; } \
    > "$OUT/lifecycle-floor.sql"
pgbench_run "pgbench (GridDesk stopped), floor of a lifecycle (intake rows + 4 minimal transitions, 5 transactions):" \
    "$OUT/lifecycle-floor.sql"
$PSQL -d postgres -c "drop database if exists $DB"
