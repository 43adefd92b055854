#!/usr/bin/env bash
# p50/p95 of GET /search over the search test set (queries/search/name-variants.tsv), on the shipped
# graph or on RDF files given with --data, served by the jar with the README's JVM flags (-Xmx6g).
# One client, sequential requests on one kept-alive connection, after warm-up rounds.
#   usage: bench/search-latency.sh [--data FILE] [--rounds N] [--port PORT]
#   e.g.   bench/search-latency.sh
#          python3 ../shared/bench/gen.py --triples 1000000 -o /tmp/kg-1m.nt
#          bench/search-latency.sh --data /tmp/kg-1m.nt
# Never run it while another benchmark runs (2 shared cores); port 3398 is outside the shared bench's 3030-3043.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PORT=3398; ROUNDS=5; DATA=()
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA=(--data "$2"); shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
JAR=$ROOT/target/kz-labour-kg.jar
[ -f "$JAR" ] || (cd "$ROOT" && mvn -q -DskipTests package)
LOG=$(mktemp)
setsid java -XX:-DontCompileHugeMethods -Xmx6g -jar "$JAR" serve --port "$PORT" "${DATA[@]}" > "$LOG" 2>&1 &
pid=$!
trap 'kill -TERM -- -"$pid" 2>/dev/null || kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; rm -f "$LOG"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/search?q=x&format=json"; do
  kill -0 "$pid" 2>/dev/null || { echo "server exited:" >&2; cat "$LOG" >&2; exit 1; }
  sleep 0.2
done
grep -E '^(LOADED|SEARCH INDEX)' "$LOG" || true
echo "java: $(java -version 2>&1 | head -1); data: ${DATA[1]:-shipped graph}; $(date -u +%FT%TZ)"
python3 "$ROOT/bench/search-latency.py" "$PORT" "$ROOT/queries/search/name-variants.tsv" --rounds "$ROUNDS"
