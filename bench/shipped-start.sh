#!/usr/bin/env bash
# In-memory start on the shipped graph: seconds from `java -jar ... serve` (the README's command) to
# the first 200 on ASK, polling every 20 ms. usage: bench/shipped-start.sh [ROUNDS] [PORT]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${1:-3}; PORT=${2:-3199}
JAR=$ROOT/target/kz-labour-kg.jar
[ -f "$JAR" ] || (cd "$ROOT" && mvn -q -DskipTests package)
for round in $(seq 1 "$ROUNDS"); do
  start=$(date +%s.%N)
  setsid java -XX:-DontCompileHugeMethods -jar "$JAR" serve --port "$PORT" > /dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null --data-urlencode 'query=ASK { ?s ?p ?o }' "http://127.0.0.1:$PORT/sparql"; do
    kill -0 "$pid" 2>/dev/null || { echo "server exited" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s.%N)
  echo "round $round: $(awk "BEGIN { printf \"%.2f\", $end - $start }") s to the first answer"
  kill -TERM -- -"$pid" 2>/dev/null || kill "$pid"; wait "$pid" 2>/dev/null || true
done
