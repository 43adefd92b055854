#!/usr/bin/env bash
# In-memory start on the shipped graph: seconds from `java -jar ... serve` (the README's command) to
# the first 200 on ASK, polling every 20 ms; then every example query of queries/examples/ once, and
# the server's resident memory (VmRSS now, VmHWM peak) from procfs.
# usage: bench/shipped-start.sh [ROUNDS] [PORT]   (PROJECT_JVM: JVM flags, default the README's)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${1:-3}; PORT=${2:-3199}
JAR=$ROOT/target/kz-labour-kg.jar
[ -f "$JAR" ] || (cd "$ROOT" && mvn -q -DskipTests package)
for round in $(seq 1 "$ROUNDS"); do
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  setsid java ${PROJECT_JVM:--XX:-DontCompileHugeMethods -XX:+UseSerialGC -Xmn24m} -jar "$JAR" serve --port "$PORT" > /dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null --data-urlencode 'query=ASK { ?s ?p ?o }' "http://127.0.0.1:$PORT/sparql"; do
    kill -0 "$pid" 2>/dev/null || { echo "server exited" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s.%N)
  for q in "$ROOT"/queries/examples/*.rq; do
    curl -sf -o /dev/null --data-urlencode "query@$q" "http://127.0.0.1:$PORT/sparql" || true
  done
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status); hwm=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$pid/status)
  echo "round $round: $(awk "BEGIN { printf \"%.2f\", $end - $start }") s to the first answer; after the example queries VmRSS $rss MiB, peak VmHWM $hwm MiB"
  kill -TERM -- -"$pid" 2>/dev/null || kill "$pid"; wait "$pid" 2>/dev/null || true
done
