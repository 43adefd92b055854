#!/usr/bin/env bash
# /sparql throughput, this build against an older one, in the same run: both jars serve the same graph at
# once (loopback ports 3121/3122), and wrk (2 threads, 8 connections, POST form as ../shared/bench does)
# alternates between them over rounds, swapping the order each round. Reports req/s per round and the
# median ratio new/old per query. Measures the request path (header parsing, negotiation, protections)
# and the engine; run it on a quiet machine. Also reports each server's CPU time per request (utime+stime
# from /proc/PID/stat over the wrk run, divided by the requests wrk completed): on a busy machine the
# throughput ratio moves with the other load, the CPU spent per request much less.
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
TICKS=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
trap 'kill $OLD $NEW 2>/dev/null || true' EXIT
for p in 3121 3122; do for i in $(seq 240); do curl -sf "http://127.0.0.1:$p/\$/ping" >/dev/null && break; sleep 0.5; done; done
for q in q01-timeline-region q05-three-hop q09-point-lookup; do
  python3 -c 'import sys, urllib.parse; print("query=" + urllib.parse.quote(open(sys.argv[1]).read()), end="")' "$BENCH/queries/$q.rq" > "$WORK/$q.body"
  for p in 3121 3122; do  # warm-up, and the same rows from both
    wrk -t2 -c8 -d3s -s "$BENCH/wrk-post.lua" "http://127.0.0.1:$p/sparql" -- "$WORK/$q.body" application/sparql-results+json > /dev/null
    curl -s "http://127.0.0.1:$p/sparql" -H 'Accept: text/csv' --data-binary @"$WORK/$q.body" -H 'Content-Type: application/x-www-form-urlencoded' | sort | md5sum > "$WORK/$q.$p.rows"
  done
  cmp -s "$WORK/$q.3121.rows" "$WORK/$q.3122.rows" && same=same || same=DIFFERENT
  ratios=() cpu_ratios=()
  for round in $(seq "$ROUNDS"); do
    order=$([ $((round % 2)) = 1 ] && echo "3122 3121" || echo "3121 3122")
    declare -A rps=() cpu=()
    for p in $order; do
      pid=$([ "$p" = 3121 ] && echo "$OLD" || echo "$NEW")
      before=$(cpu_ticks "$pid")
      wrk -t2 -c8 -d"${SECS}s" -s "$BENCH/wrk-post.lua" "http://127.0.0.1:$p/sparql" -- "$WORK/$q.body" application/sparql-results+json > "$WORK/wrk.out"
      after=$(cpu_ticks "$pid")
      rps[$p]=$(awk '/Requests\/sec/{print $2}' "$WORK/wrk.out")
      requests=$(awk '/requests in/{print $1}' "$WORK/wrk.out")
      cpu[$p]=$(python3 -c "print('%.1f' % ((${after} - ${before}) * 1e6 / ${TICKS} / ${requests}))")
    done
    ratio=$(python3 -c "print('%.2f' % (${rps[3122]} / ${rps[3121]}))")
    cpu_ratio=$(python3 -c "print('%.2f' % (${cpu[3122]} / ${cpu[3121]}))")
    ratios+=("$ratio") cpu_ratios+=("$cpu_ratio")
    echo "$q round $round: old ${rps[3121]} req/s ${cpu[3121]} cpu-us/req, new ${rps[3122]} req/s ${cpu[3122]} cpu-us/req, new/old $ratio, cpu new/old $cpu_ratio"
  done
  echo "$q: median new/old $(median "${ratios[@]}"), cpu per request new/old $(median "${cpu_ratios[@]}"), rows $same"
done
