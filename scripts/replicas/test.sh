#!/usr/bin/env bash
# Replica test: two replicas of `serve --tdb2` built from the release dump, behind nginx running
# deploy/nginx/kz-labour.conf (ports and paths substituted), all on 127.0.0.1. Checks that
#   1. both replicas, and nginx, give every example query its expected answer (so the same answers);
#   2. a bounded load through nginx sees zero failed requests and always the same answers while
#      replica A is stopped with SIGTERM (must exit 0) and restarted, then replica B is killed with
#      SIGKILL and restarted;
# and reports throughput through nginx with one and with two replicas (same bounded load).
#   scripts/replicas/test.sh [DUMP.nq]     default target/classes/dumps/kz-labour.nq; needs target/kz-labour-kg.jar
# Environment: REPLICA_PORTS (default "18931 18932"), NGINX_PORT (default 18080),
#              LOAD_REQUESTS (per throughput run, default 3000), LOAD_CONCURRENCY (default 8).
# Installs Debian's nginx with apt-get when it is missing (as root). Last line: "replicas: N passed, M failed".
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dump=$(readlink -f "${1:-$root/target/classes/dumps/kz-labour.nq}")
jar=$root/target/kz-labour-kg.jar
read -r port_a port_b <<< "${REPLICA_PORTS:-18931 18932}"
nginx_port=${NGINX_PORT:-18080}
requests=${LOAD_REQUESTS:-3000}
concurrency=${LOAD_CONCURRENCY:-8}
[ -f "$jar" ] || { echo "replicas: no $jar (mvn package first)" >&2; exit 2; }
[ -f "$dump" ] || { echo "replicas: no dump $dump (mvn package first)" >&2; exit 2; }
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

passed=0; failed=0
pass() { passed=$((passed + 1)); echo "ok    $*"; }
fail() { failed=$((failed + 1)); echo "FAIL  $*"; }

work=$(mktemp -d)
chmod 755 "$work"
declare -A pid
cleanup() {
  for r in a b; do
    if [ -n "${pid[$r]:-}" ]; then kill -KILL "${pid[$r]}" 2>/dev/null || true; fi
  done
  if [ -f "$work/nginx/nginx.pid" ]; then kill -QUIT "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true; fi
  sleep 0.5
  rm -rf "$work"
}
trap cleanup EXIT

port_of() { if [ "$1" = a ]; then echo "$port_a"; else echo "$port_b"; fi; }

# --- build the replicas as deploy/README.md says: load --tdb2 of the release dump, then serve --tdb2 ---
for r in a b; do
  mkdir -p "$work/$r"
  java -jar "$jar" load --tdb2 "$work/$r/tdb2" "$dump" > "$work/$r/load.log" 2>&1 \
    || { cat "$work/$r/load.log" >&2; echo "replicas: load --tdb2 failed" >&2; exit 1; }
done

start_replica() {  # start_replica a|b
  local r=$1
  java -XX:-DontCompileHugeMethods -Xmx1g -jar "$jar" serve --tdb2 "$work/$r/tdb2" --host 127.0.0.1 \
    --port "$(port_of "$r")" --shutdown-grace 10 >> "$work/$r/serve.log" 2>&1 &
  pid[$r]=$!
}

# wait_ready a|b: polls /$/ping until 200; prints the statuses seen (503 while loading)
wait_ready() {
  local r=$1 seen="" status
  for _ in $(seq 1 600); do
    status=$(curl -s -m 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(port_of "$r")/\$/ping" || true)
    case " $seen " in *" $status "*) ;; *) seen="$seen $status" ;; esac
    [ "$status" = 200 ] && { echo "$seen"; return 0; }
    kill -0 "${pid[$r]}" 2>/dev/null || { echo "$seen exited"; return 1; }
    sleep 0.1
  done
  echo "$seen timeout"; return 1
}

start_replica a; start_replica b
for r in a b; do
  seen=$(wait_ready "$r") || { cat "$work/$r/serve.log" >&2; fail "replica $r did not start (ping:$seen)"; exit 1; }
  pass "replica $r up on port $(port_of "$r") (ping answers seen while starting:$seen)"
done

# --- nginx with the shipped configuration, ports and paths substituted ---
mkdir -p "$work/nginx/cache" "$work/nginx/logs" "$work/nginx/temp"
sed -e "s/127\.0\.0\.1:3031/127.0.0.1:$port_a/; s/127\.0\.0\.1:3032/127.0.0.1:$port_b/" \
    -e "s#/var/cache/nginx/kz-labour#$work/nginx/cache#" \
    -e "s/listen 80;/listen 127.0.0.1:$nginx_port;/; /listen \[::\]:80;/d" \
    "$root/deploy/nginx/kz-labour.conf" > "$work/nginx/kz-labour.conf"
grep -q "127.0.0.1:$port_b" "$work/nginx/kz-labour.conf" || { echo "replicas: could not adapt the nginx configuration" >&2; exit 1; }
cat > "$work/nginx/nginx.conf" <<CONF
user $(id -un);
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    access_log $work/nginx/logs/access.log;
    client_body_temp_path $work/nginx/temp/body;
    proxy_temp_path $work/nginx/temp/proxy;
    fastcgi_temp_path $work/nginx/temp/fastcgi;
    uwsgi_temp_path $work/nginx/temp/uwsgi;
    scgi_temp_path $work/nginx/temp/scgi;
    include $work/nginx/kz-labour.conf;
}
CONF
"$nginx_bin" -t -p "$work/nginx" -c "$work/nginx/nginx.conf" > "$work/nginx/test.log" 2>&1 \
  || { cat "$work/nginx/test.log" >&2; fail "nginx -t rejects the configuration"; exit 1; }
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf"
for _ in $(seq 1 50); do curl -sf -m 5 "http://127.0.0.1:$nginx_port/\$/ping" >/dev/null 2>&1 && break; sleep 0.1; done
pass "nginx $("$nginx_bin" -v 2>&1 | sed 's/.*nginx\///') accepts deploy/nginx/kz-labour.conf and proxies on port $nginx_port"
nginx_reload() { "$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -s reload 2>/dev/null; sleep 1; }

# --- 1. the same answers: every example query on each replica directly and through nginx ---
(cd "$root/scripts/compare-stores" && npm ci --no-audit --no-fund --loglevel=error >&2)
if node "$root/scripts/compare-stores/compare.js" --examples "$root/queries/examples" \
     --endpoint "replica-a=http://127.0.0.1:$port_a/sparql" --endpoint "replica-b=http://127.0.0.1:$port_b/sparql" \
     --endpoint "nginx=http://127.0.0.1:$nginx_port/sparql" > "$work/compare.log" 2>&1; then
  pass "every example query gives its expected answer on replica a, replica b and through nginx ($(tail -1 "$work/compare.log"))"
else
  grep -v '^ok' "$work/compare.log"; fail "example answers differ between replicas or from the expected results"
fi
gz=$(curl -s -m 10 -o /dev/null -D - -H 'Accept-Encoding: gzip' "http://127.0.0.1:$nginx_port/dumps/kz-labour.trig" 2>/dev/null | tr -d '\r' | grep -i '^content-encoding:' || true)
cache=$(curl -s -m 10 -o /dev/null -D - "http://127.0.0.1:$nginx_port/id/event/zhanaozen-2011" | tr -d '\r' | grep -i '^x-cache-status:' || true)
cache2=$(curl -s -m 10 -o /dev/null -D - "http://127.0.0.1:$nginx_port/id/event/zhanaozen-2011" | tr -d '\r' | grep -i '^x-cache-status:' || true)
echo "      gzip on a dump: ${gz:-none}; entity page: ${cache:-?} then ${cache2:-?}"

field() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"; }

# The same answers for the rest of the site too: each request of the load mix (pages, Turtle, search,
# reconciliation, SPARQL) asked of replica b directly must give replica a's answer.
if python3 "$here/load.py" "http://127.0.0.1:$port_b" --reference "http://127.0.0.1:$port_a" --requests 80 \
     --concurrency 2 > "$work/same.json" 2> "$work/same.err"; then
  pass "replica b answers every request of the load mix as replica a does (80 requests)"
else
  cat "$work/same.json" "$work/same.err"; fail "replica b answers differently from replica a"
fi

load() {  # load NAME ARGS...: bounded load through nginx; expected answers taken through nginx first
  local name=$1; shift
  python3 "$here/load.py" "http://127.0.0.1:$nginx_port" --concurrency "$concurrency" "$@" \
    > "$work/$name.json" 2> "$work/$name.err"
}
# Warm-up, not measured: JIT compilation in each replica (asked directly), then the nginx cache.
for p in "$port_a" "$port_b"; do
  python3 "$here/load.py" "http://127.0.0.1:$p" --requests 1500 --concurrency "$concurrency" > /dev/null 2>&1 || true
done
load warm-up --requests 400 || true

# --- throughput through nginx: one replica (the other taken out of the configuration), then two ---
sed -i "s/^\(\s*server 127.0.0.1:$port_b .*\)/# \1/" "$work/nginx/kz-labour.conf"; nginx_reload
if load tput-1 --requests "$requests"; then
  pass "throughput, 1 replica:  $(field "$work/tput-1.json" requests_per_second) requests/s ($requests requests, $concurrency concurrent, 0 failed; median ms $(field "$work/tput-1.json" median_ms))"
else
  cat "$work/tput-1.json" "$work/tput-1.err"; fail "load with 1 replica had failures"
fi
sed -i "s/^# \(\s*server 127.0.0.1:$port_b .*\)/\1/" "$work/nginx/kz-labour.conf"; nginx_reload
if load tput-2 --requests "$requests"; then
  pass "throughput, 2 replicas: $(field "$work/tput-2.json" requests_per_second) requests/s ($requests requests, $concurrency concurrent, 0 failed; median ms $(field "$work/tput-2.json" median_ms))"
else
  cat "$work/tput-2.json" "$work/tput-2.err"; fail "load with 2 replicas had failures"
fi

# --- 2. replicas stopped, killed and restarted under load ---
stopfile=$work/stop-load
load faults --requests 1000000 --seconds 240 --until-file "$stopfile" &
load_pid=$!
sleep 2
echo "      SIGTERM to replica a (pid ${pid[a]}) under load"
kill -TERM "${pid[a]}"
if wait "${pid[a]}"; then pass "replica a exited 0 after SIGTERM"; else fail "replica a exited $? after SIGTERM"; fi
grep -q "SIGTERM: stopping" "$work/a/serve.log" && pass "replica a logged its graceful stop" || fail "replica a did not log a graceful stop"
sleep 1
start_replica a
seen=$(wait_ready a) && pass "replica a restarted under load (ping:$seen)" || fail "replica a did not restart (ping:$seen)"
sleep 7   # past fail_timeout, so nginx sends replica a requests again before b goes
echo "      SIGKILL to replica b (pid ${pid[b]}) under load"
kill -KILL "${pid[b]}"
wait "${pid[b]}" 2>/dev/null || true
sleep 1
start_replica b
seen=$(wait_ready b) && pass "replica b restarted under load after SIGKILL (ping:$seen)" || fail "replica b did not restart (ping:$seen)"
sleep 3
touch "$stopfile"
if wait "$load_pid"; then
  pass "no failed request and no different answer through nginx during both restarts ($(field "$work/faults.json" requests) requests in $(field "$work/faults.json" seconds) s)"
else
  cat "$work/faults.json" "$work/faults.err" 2>/dev/null; fail "requests failed or answered differently during the restarts"
fi
retried=$(grep -c -E 'upstream prematurely closed|Connection refused|Connection reset|no live upstreams' "$work/nginx/logs/error.log" || true)
echo "      nginx error log: $retried upstream errors seen and retried on the other replica"
grep -E 'no live upstreams' "$work/nginx/logs/error.log" | head -3 || true

echo "replicas: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
