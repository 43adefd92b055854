#!/usr/bin/env bash
# JVM flag sets for `serve --data`, one server at a time on the same data: cold start, each bench query
# 5 times (last time in ms), wrk q09 and q01 throughput (-t2 -c8), and the peak resident memory (VmHWM).
# usage: bench/jvm-flags.sh DATA.nt SECONDS "FLAGS A" "FLAGS B" ...   (result cache off; -Xmx6g added)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SHARED=${SHARED_BENCH:-$ROOT/../shared/bench}
DATA=$1; SECS=$2; shift 2
JAR=${JAR:-$ROOT/target/kz-labour-kg.jar}
PORT=${PORT:-3187}
URL=http://127.0.0.1:$PORT/sparql
QUERIES=("$SHARED"/queries/*.rq "$HERE"/queries/*.rq)
BODIES=$(mktemp -d)
for q in "$SHARED"/queries/q01*.rq "$SHARED"/queries/q09*.rq; do
  python3 -c 'import sys, urllib.parse; sys.stdout.write("query=" + urllib.parse.quote(open(sys.argv[1]).read()))' "$q" > "$BODIES/$(basename "$q" .rq).body"
done
for flags in "$@"; do
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  setsid java $flags -Xmx6g -jar "$JAR" serve --port "$PORT" --data "$DATA" --no-result-cache > /tmp/jvm-flags-server.log 2>&1 &
  pid=$!
  until curl -sf -o /dev/null --data-urlencode 'query=ASK { ?s ?p ?o }' "$URL"; do
    kill -0 "$pid" 2>/dev/null || { echo "server exited" >&2; cat /tmp/jvm-flags-server.log >&2; exit 1; }
    sleep 0.05
  done
  ready=$(awk "BEGIN { printf \"%.2f\", $(date +%s.%N) - $start }")
  line="flags [$flags]: ready ${ready}s, RSS $(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status) MiB;"
  for q in "${QUERIES[@]}"; do
    for i in 1 2 3 4 5; do
      t=$(curl -s -o /dev/null -w '%{time_total}' -H 'Accept: application/sparql-results+json' --data-urlencode "query@$q" "$URL")
    done
    line+=" $(basename "$q" .rq | cut -c1-3) $(awk "BEGIN { printf \"%.1f\", $t * 1000 }")"
  done
  for b in q09-point-lookup q01-timeline-region; do
    [ -f "$BODIES/$b.body" ] || continue
    rps=$(wrk -t2 -c8 -d"${SECS}s" -s "$SHARED/wrk-post.lua" "$URL" -- "$BODIES/$b.body" application/sparql-results+json | awk '/Requests\/sec/ {print $2}')
    line+="; wrk ${b%%-*} $rps req/s"
  done
  line+="; peak VmHWM $(awk '/VmHWM/ {print int($2/1024)}' /proc/$pid/status) MiB"
  echo "$line"
  kill -TERM -- -"$pid" 2>/dev/null || kill "$pid"; wait "$pid" 2>/dev/null || true
done
rm -rf "$BODIES"
