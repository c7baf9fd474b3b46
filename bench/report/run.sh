#!/usr/bin/env bash
# Monthly report generation time on the demo world: starts GridDesk from the built jar on an embedded
# PostgreSQL of its own (demo world: 50,000 customers, 150,000 orders over two years), waits for it,
# then as the supervisor generates the monthly assessment (and a daily and weekly report) of past
# periods N times, each a period not generated before, and prints the server's own generation time
# (from the log) and the request's wall-clock time. 127.0.0.1 only; bounded by RUNS (default 3).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-3}
PORT=${PORT:-18480}
OUT=bench/results/report-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
[ -f target/griddesk-0.1.0-SNAPSHOT.jar ] || ./mvnw -B -ntp -q -DskipTests package
DATA=$(mktemp -d)
GRIDDESK_DATA_DIR="$DATA/pg" PORT=$PORT GRIDDESK_DEMO_SMPP_PORT=0 GRIDDESK_DEMO_SMTP_PORT=0 \
  GRIDDESK_SCHEDULING_ENABLED=false java -jar target/griddesk-0.1.0-SNAPSHOT.jar > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 2
done
TOKEN=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"supervisor","password":"griddesk"}' \
  "http://127.0.0.1:$PORT/api/v1/auth/token" | sed -E 's/.*"token":"([^"]+)".*/\1/')
generate() { # kind day
  local t0 t1
  t0=$(date +%s%N)
  curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"kind\":\"$1\",\"day\":\"$2\"}" "http://127.0.0.1:$PORT/api/v1/reports"
  t1=$(date +%s%N)
  echo "$1 $2 request $(( (t1 - t0) / 1000000 )) ms" | tee -a "$OUT/figures.txt"
}
for i in $(seq 1 "$RUNS"); do
  generate MONTHLY "$(date -u -d "-$i month" +%Y-%m-15)"
done
generate WEEKLY "$(date -u -d '-14 day' +%F)"
generate DAILY "$(date -u -d '-3 day' +%F)"
grep "generated in" "$OUT/app.log" | sed -E 's/.*Report /server: /' | tee -a "$OUT/figures.txt"
