#!/usr/bin/env bash
# Point lookups whose event IRI changes with every request, against our server, rdf4j-mem and stock
# fuseki-mem, one after the other on the same data, in one run; also the fixed q09 body of the shared
# bench, for the same-run comparison. Each wrk thread walks all events before it repeats one; at 1m
# (48,780 events) a 10 s run repeats some, which our result cache could answer, so our server also runs
# with --no-result-cache (the figure for "no cache of results can answer them") and with no caches at all.
# usage: bench/varying-lookup.sh [SIZE] [SECONDS]   (needs ../shared/bench/setup.sh run once; BENCH_WORK as there)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SHARED=${SHARED_BENCH:-$ROOT/../shared/bench}
WORK=${BENCH_WORK:-/tmp/kgbench}
SIZE=${1:-1m}; SECS=${2:-10}
DATA=$WORK/data/kg-$SIZE.nt
HEAP=${BENCH_HEAP:-6g}
JAR=$ROOT/target/kz-labour-kg.jar
[ -s "$DATA" ] || { echo "no $DATA: run $SHARED/run-all.sh $SIZE or gen.py first" >&2; exit 1; }
[ -f "$JAR" ] || (cd "$ROOT" && mvn -q -DskipTests package)
EVENTS=$(grep -c '^<https://example.org/lr/id/event/[0-9]*> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>' "$DATA" || true)
[ "$EVENTS" -gt 0 ] || EVENTS=1000
OUT=$WORK/runs/$SIZE/varying-lookup.txt
Q09_BODY=$WORK/runs/$SIZE/bodies/q09-point-lookup.body   # written by the shared bench's measure step
mkdir -p "$(dirname "$OUT")"; : > "$OUT"; : > "$OUT.wrk"

# Ports of their own (31xx), so that a shared-bench run on 3030-3043 cannot answer in their place.
wait_up() { for _ in $(seq 1 600); do curl -sf -o /dev/null --data-urlencode 'query=ASK{}' "$1" && return 0; sleep 0.5; done; return 1; }
run() {
  local name=$1 url=$2; shift 2
  setsid "$@" > "$WORK/runs/$SIZE/varying-$name.log" 2>&1 &
  local pid=$!
  wait_up "$url"
  kill -0 "$pid" 2>/dev/null || { echo "$name did not start (port taken?)" >&2; exit 1; }
  wrk -t2 -c8 -d2s -s "$HERE/wrk-varying-event.lua" "$url" -- "$EVENTS" > /dev/null   # warm-up
  local rps fixed=""
  rps=$(wrk -t2 -c8 -d"${SECS}s" -s "$HERE/wrk-varying-event.lua" "$url" -- "$EVENTS" | tee -a "$OUT.wrk" | awk '/Requests\/sec/ {print $2}')
  if [ -f "$Q09_BODY" ]; then
    fixed=$(wrk -t2 -c8 -d"${SECS}s" -s "$SHARED/wrk-post.lua" "$url" -- "$Q09_BODY" application/sparql-results+json | tee -a "$OUT.wrk" | awk '/Requests\/sec/ {print $2}')
  fi
  echo "$name varying-iri=$rps fixed-q09=${fixed:-n/a}" | tee -a "$OUT"
  kill -TERM -- -"$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

run project "http://127.0.0.1:3139/sparql" java -XX:-DontCompileHugeMethods -Xmx"$HEAP" -jar "$JAR" serve --port 3139 --data "$DATA"
run project-no-result-cache "http://127.0.0.1:3139/sparql" java -XX:-DontCompileHugeMethods -Xmx"$HEAP" -jar "$JAR" serve --port 3139 --data "$DATA" --no-result-cache
run project-no-caches "http://127.0.0.1:3139/sparql" java -XX:-DontCompileHugeMethods -Xmx"$HEAP" -jar "$JAR" serve --port 3139 --data "$DATA" --no-result-cache --no-query-cache
run rdf4j-mem "http://127.0.0.1:3131/sparql" java -Xmx"$HEAP" -Xms1g -cp "$WORK/java/target/kgbench-wrappers-1.jar:$(cat "$WORK/java/cp.txt")" kgbench.Rdf4jServer --store memory --data "$DATA" --port 3131
run fuseki-mem "http://127.0.0.1:3130/ds/sparql" java -Xmx"$HEAP" -Xms1g -jar "$WORK/lib/jena-fuseki-server-5.6.0.jar" --localhost --port 3130 --file "$DATA" /ds
echo "requests/s with a new event IRI on every request (wrk -t2 -c8, ${SECS}s): $OUT"
