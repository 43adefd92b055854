#!/bin/bash
# A/B: old (hand parser) vs new (Jetty QuotedQualityCSV) AcceptHeader, both up at once, alternating wrk runs.
set -u
# Usage: bench/accept-ab.sh OLD.jar NEW.jar   (ports 3111/3112, loopback only; about 40 s)
OLD_JAR=$1 NEW_JAR=$2
cd "$(mktemp -d)"
Q='SELECT%20%3Fs%20WHERE%20%7B%20%3Fs%20a%20%3Chttps%3A%2F%2Fw3id.org%2Fkz-labour%2Fontology%23Strike%3E%20%7D%20LIMIT%201'
ACCEPT='application/sparql-results+json,application/sparql-results+xml;q=0.9,text/csv;charset=utf-8;q=0.5,*/*;q=0.1'
java -XX:-DontCompileHugeMethods -jar "$OLD_JAR" serve --port 3111 --no-result-cache > old.log 2>&1 & OLD=$!
java -XX:-DontCompileHugeMethods -jar "$NEW_JAR" serve --port 3112 --no-result-cache > new.log 2>&1 & NEW=$!
for p in 3111 3112; do for i in $(seq 60); do curl -sf "http://127.0.0.1:$p/\$/ping" >/dev/null && break; sleep 0.5; done; done
for p in 3111 3112; do wrk -t1 -c2 -d3s -H "Accept: $ACCEPT" "http://127.0.0.1:$p/sparql?query=$Q" >/dev/null; done  # warm-up
for round in 1 2 3 4; do
  order=$([ $((round % 2)) = 1 ] && echo "3112 3111" || echo "3111 3112")
  for p in $order; do
    name=$([ $p = 3111 ] && echo old || echo new)
    r=$(wrk -t1 -c2 -d4s -H "Accept: $ACCEPT" "http://127.0.0.1:$p/sparql?query=$Q" | awk '/Requests\/sec/{print $2} /Non-2xx/{print "NON2XX",$0}')
    echo "round $round $name $r"
  done
done
curl -s -D - -o /dev/null -H "Accept: $ACCEPT" "http://127.0.0.1:3112/sparql?query=$Q" | grep -i content-type
kill $OLD $NEW
