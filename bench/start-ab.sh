#!/usr/bin/env bash
# Cold start and load of two jars on the same data, alternating: seconds from `java -jar A serve --data`
# to the first 200 on ASK (polling every 20 ms) and to the first /search answer that is not a 503 (the
# name index is built beside the running server), the server's own LOADED and SEARCH INDEX lines, and
# its resident memory then. Both jars get the same JVM flags (the README's for large data by default).
# usage: bench/start-ab.sh OLD.jar NEW.jar DATA.nt ROUNDS [PORT]   (PROJECT_JVM: JVM flags)
set -euo pipefail
OLD=$1; NEW=$2; DATA=$3; ROUNDS=${4:-3}; PORT=${5:-3198}
FLAGS=${PROJECT_JVM:--XX:-DontCompileHugeMethods -XX:+UseSerialGC -Xmn512m -Xmx6g}
LOG=$(mktemp)
start_once() {  # jar label
  local begin end pid
  begin=$(date +%s.%N)
  # shellcheck disable=SC2086
  setsid java $FLAGS -jar "$1" serve --port "$PORT" --data "$DATA" > "$LOG" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null --data-urlencode 'query=ASK { ?s ?p ?o }' "http://127.0.0.1:$PORT/sparql"; do
    kill -0 "$pid" 2>/dev/null || { echo "server exited" >&2; cat "$LOG" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s.%N)
  # then the name index: /search answers 503 while it is built beside the running server
  while [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/search?q=a&format=json")" = 503 ]; do sleep 0.02; done
  searched=$(date +%s.%N)
  local rss loaded index
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  loaded=$(grep -o 'LOADED triples=[0-9]* seconds=[0-9.]*' "$LOG" | sed 's/.*seconds=//' || true)
  index=$(grep -o 'SEARCH INDEX names=[0-9]* seconds=[0-9.]*' "$LOG" | sed 's/.*seconds=//' || true)
  printf '%s first SPARQL answer %.2f s  search answers %.2f s  (LOADED %s s, SEARCH INDEX %s s)  rss %s MiB\n' "$2" \
    "$(echo "$end - $begin" | bc)" "$(echo "$searched - $begin" | bc)" "$loaded" "${index:-?}" "$rss"
  kill -TERM -- -"$pid" 2>/dev/null || kill "$pid"; wait "$pid" 2>/dev/null || true
  sleep 1
}
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) -eq 1 ]; then start_once "$OLD" old; start_once "$NEW" new; else start_once "$NEW" new; start_once "$OLD" old; fi
done
rm -f "$LOG"
