#!/usr/bin/env bash
# Point lookups whose event IRI changes with every request, against our server (three settings),
# rdf4j-mem and stock fuseki-mem, all up at once on the same data, wrk runs alternating between them
# for several rounds (medians), as the shared bench does; also the fixed q09 body of the shared bench.
# Each wrk thread walks all events before it repeats one; at 1m (48,780 events) a run repeats some,
# which a result cache could answer, so our server also runs with --no-result-cache (the figure for
# "no cache of results can answer them") and with no caches at all.
# usage: bench/varying-lookup.sh [SIZE] [SECONDS] [ROUNDS]   (needs ../shared/bench/setup.sh and one
#        measure step of the shared bench for the q09 body; BENCH_WORK as there)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SHARED=${SHARED_BENCH:-$ROOT/../shared/bench}
WORK=${BENCH_WORK:-/tmp/kgbench}
SIZE=${1:-1m}; SECS=${2:-8}; ROUNDS=${3:-3}
DATA=$WORK/data/kg-$SIZE.nt
HEAP=${BENCH_HEAP:-6g}
JAR=$ROOT/target/kz-labour-kg.jar
[ -s "$DATA" ] || { echo "no $DATA: run $SHARED/run-all.sh $SIZE or gen.py first" >&2; exit 1; }
[ -f "$JAR" ] || (cd "$ROOT" && mvn -q -DskipTests package)
EVENTS=$(grep -c '^<https://example.org/lr/id/event/[0-9]*> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>' "$DATA" || true)
[ "$EVENTS" -gt 0 ] || EVENTS=1000
RUN=$WORK/runs/$SIZE
OUT=$RUN/varying-lookup.txt
Q09_BODY=$RUN/bodies/q09-point-lookup.body   # written by the shared bench's measure step
mkdir -p "$RUN"; : > "$OUT"; : > "$OUT.wrk"

# Ports of their own (31xx), so that a shared-bench run on 3030-3043 cannot answer in their place.
NAMES=(project project-no-result-cache project-no-caches rdf4j-mem fuseki-mem)
URLS=(http://127.0.0.1:3139/sparql http://127.0.0.1:3138/sparql http://127.0.0.1:3137/sparql
      http://127.0.0.1:3131/sparql http://127.0.0.1:3130/ds/sparql)
PIDS=()
stop_all() { for pid in "${PIDS[@]}"; do kill -TERM -- -"$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; done; }
trap stop_all EXIT
wait_up() { for _ in $(seq 1 600); do curl -sf -o /dev/null --data-urlencode 'query=ASK{}' "$1" && return 0; sleep 0.5; done; return 1; }
start() {
  local name=$1 url=$2; shift 2
  setsid "$@" > "$RUN/varying-$name.log" 2>&1 &
  PIDS+=($!)
  wait_up "$url" && kill -0 "$!" 2>/dev/null || { echo "$name did not start (port taken?)" >&2; exit 1; }
}
OURS=(java -XX:-DontCompileHugeMethods -XX:+UseSerialGC -Xmn512m -Xmx"$HEAP" -jar "$JAR" serve --data "$DATA")
start project "${URLS[0]}" "${OURS[@]}" --port 3139
start project-no-result-cache "${URLS[1]}" "${OURS[@]}" --port 3138 --no-result-cache
start project-no-caches "${URLS[2]}" "${OURS[@]}" --port 3137 --no-result-cache --no-query-cache
start rdf4j-mem "${URLS[3]}" java -Xmx"$HEAP" -Xms1g -cp "$WORK/java/target/kgbench-wrappers-1.jar:$(cat "$WORK/java/cp.txt")" \
      kgbench.Rdf4jServer --store memory --data "$DATA" --port 3131
start fuseki-mem "${URLS[4]}" java -Xmx"$HEAP" -Xms1g -jar "$WORK/lib/jena-fuseki-server-5.6.0.jar" --localhost --port 3130 --file "$DATA" /ds

varying() { wrk -t2 -c8 -d"$2" -s "$HERE/wrk-varying-event.lua" "$1" -- "$EVENTS"; }
fixed() { wrk -t2 -c8 -d"$2" -s "$SHARED/wrk-post.lua" "$1" -- "$Q09_BODY" application/sparql-results+json; }
rps() { tee -a "$OUT.wrk" | awk '/Requests\/sec/ {print $2} /Non-2xx/ {print "NON2XX:" $0 > "/dev/stderr"}'; }

for i in "${!NAMES[@]}"; do varying "${URLS[$i]}" 2s > /dev/null; done   # warm-up (JIT)
declare -A RESULTS
for round in $(seq 1 "$ROUNDS"); do
  for i in "${!NAMES[@]}"; do
    RESULTS[${NAMES[$i]}-varying]+="$(varying "${URLS[$i]}" "${SECS}s" | rps) "
    [ -f "$Q09_BODY" ] && RESULTS[${NAMES[$i]}-fixed]+="$(fixed "${URLS[$i]}" "${SECS}s" | rps) "
  done
  echo "round $round done" >&2
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {if (NR) print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2); else print "n/a"}'; }
{
  echo "# wrk -t2 -c8, ${SECS}s per run, $ROUNDS rounds alternating systems, median req/s; $(date -u +%FT%TZ)"
  for name in "${NAMES[@]}"; do
    echo "$name varying-iri=$(echo "${RESULTS[$name-varying]}" | median) fixed-q09=$(echo "${RESULTS[$name-fixed]:-}" | median)" \
         "(runs: varying ${RESULTS[$name-varying]}; fixed ${RESULTS[$name-fixed]:-})"
  done
} | tee "$OUT"
