#!/usr/bin/env bash
# /sparql throughput, this build against an older one, in the same run: both jars serve the same graph at
# once (loopback ports 3121/3122), and wrk (2 threads, 8 connections, POST form as ../shared/bench does)
# alternates between them over rounds, swapping the order each round. Reports req/s per round and the
# median ratio new/old per query. Measures the request path (header parsing, negotiation, protections)
# and the engine; run it on a quiet machine.
# Usage: bench/sparql-ab.sh OLD.jar NEW.jar DATA.nt [ROUNDS] [SECONDS] [extra serve flags...]
set -euo pipefail
OLD_JAR=$1 NEW_JAR=$2 DATA=$3 ROUNDS=${4:-3} SECS=${5:-8}
shift 5 2>/dev/null || shift $#
FLAGS=("$@")
HERE=$(cd "$(dirname "$0")" && pwd)
BENCH=$(cd "$HERE/../../shared/bench" && pwd)
WORK=$(mktemp -d)
JAVA=(java -XX:-DontCompileHugeMethods -Xmx6g -jar)
"${JAVA[@]}" "$OLD_JAR" serve --port 3121 --data "$DATA" "${FLAGS[@]}" > "$WORK/old.log" 2>&1 & OLD=$!
"${JAVA[@]}" "$NEW_JAR" serve --port 3122 --data "$DATA" "${FLAGS[@]}" > "$WORK/new.log" 2>&1 & NEW=$!
trap 'kill $OLD $NEW 2>/dev/null || true' EXIT
for p in 3121 3122; do for i in $(seq 240); do curl -sf "http://127.0.0.1:$p/\$/ping" >/dev/null && break; sleep 0.5; done; done
for q in q01-timeline-region q05-three-hop q09-point-lookup; do
  python3 -c 'import sys, urllib.parse; print("query=" + urllib.parse.quote(open(sys.argv[1]).read()), end="")' "$BENCH/queries/$q.rq" > "$WORK/$q.body"
  for p in 3121 3122; do  # warm-up, and the same rows from both
    wrk -t2 -c8 -d3s -s "$BENCH/wrk-post.lua" "http://127.0.0.1:$p/sparql" -- "$WORK/$q.body" application/sparql-results+json > /dev/null
    curl -s "http://127.0.0.1:$p/sparql" -H 'Accept: text/csv' --data-binary @"$WORK/$q.body" -H 'Content-Type: application/x-www-form-urlencoded' | sort | md5sum > "$WORK/$q.$p.rows"
  done
  cmp -s "$WORK/$q.3121.rows" "$WORK/$q.3122.rows" && same=same || same=DIFFERENT
  ratios=()
  for round in $(seq "$ROUNDS"); do
    order=$([ $((round % 2)) = 1 ] && echo "3122 3121" || echo "3121 3122")
    declare -A rps=()
    for p in $order; do
      rps[$p]=$(wrk -t2 -c8 -d"${SECS}s" -s "$BENCH/wrk-post.lua" "http://127.0.0.1:$p/sparql" -- "$WORK/$q.body" application/sparql-results+json \
                | awk '/Requests\/sec/{print $2}')
    done
    ratio=$(python3 -c "print('%.2f' % (${rps[3122]} / ${rps[3121]}))")
    ratios+=("$ratio")
    echo "$q round $round: old ${rps[3121]} req/s, new ${rps[3122]} req/s, new/old $ratio"
  done
  echo "$q: median new/old $(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'), rows $same"
done
