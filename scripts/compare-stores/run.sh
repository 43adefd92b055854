#!/usr/bin/env bash
# Loads the release dump into Oxigraph (npm `oxigraph`, in-process) and, when Debian's virtuoso-opensource is
# installed, into Virtuoso on loopback; runs every example query of queries/examples/ against each and compares
# the answers with the expected results (NAME.srj, which ExampleQueriesTest checks against our engine).
#   scripts/compare-stores/run.sh [DUMP.nq]      default: target/classes/dumps/kz-labour.nq (built by mvn package)
# Our own server (target/kz-labour-kg.jar serve --data DUMP) is compared too, when the jar is built.
# Environment: OURS_PORT (default 18931), COMPARE_VIRTUOSO=auto|yes|no (default auto: use it if virtuoso-t is installed),
#              VIRTUOSO_HTTP_PORT (default 18890), VIRTUOSO_SQL_PORT (default 11111).
# Exit code non-zero on any difference not explained in known-differences.json; last line:
#   compare-stores: N passed, M failed
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dump=$(readlink -f "${1:-$root/target/classes/dumps/kz-labour.nq}")
examples=$root/queries/examples
[ -f "$dump" ] || { echo "compare-stores: no dump at $dump (run mvn package first)" >&2; exit 2; }

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)

work=$(mktemp -d)
virtuoso_db=
ours_pid=
cleanup() {
  if [ -n "$virtuoso_db" ]; then "$here/virtuoso.sh" stop "$virtuoso_db" || true; fi
  if [ -n "$ours_pid" ]; then kill "$ours_pid" 2>/dev/null || true; wait "$ours_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Self-check: the comparison must notice a changed answer (one date of query 01 altered in a copy).
mkdir "$work/altered"
cp "$examples/01-timeline-of-dated-events.rq" "$work/altered/"
sed '0,/"2011-12-01"/s//"2011-12-02"/' "$examples/01-timeline-of-dated-events.srj" > "$work/altered/01-timeline-of-dated-events.srj"
if node "$here/compare.js" --examples "$work/altered" --oxigraph "$dump" > "$work/selfcheck.log" 2>&1; then
  cat "$work/selfcheck.log" >&2
  echo "compare-stores: self-check failed: an altered expected result was not noticed" >&2
  echo "compare-stores: 0 passed, 1 failed"
  exit 1
fi
grep -q '^FAIL  oxigraph 01-timeline-of-dated-events' "$work/selfcheck.log" \
  || { cat "$work/selfcheck.log" >&2; echo "compare-stores: self-check did not fail the way it should" >&2; exit 1; }
echo "compare-stores: self-check ok (an altered expected result is reported as a failure)" >&2

stores=(--oxigraph "$dump")

# Our own server on the same dump (the expected files come from the test graph, ontology/ + data/ loaded
# directly; this shows that the dump, served, answers the same).
jar=$root/target/kz-labour-kg.jar
if [ -f "$jar" ]; then
  port=${OURS_PORT:-18931}
  java -XX:-DontCompileHugeMethods -jar "$jar" serve --port "$port" --data "$dump" > "$work/ours.log" 2>&1 &
  ours_pid=$!
  for _ in $(seq 1 240); do
    curl -sf -m 5 "http://127.0.0.1:$port/\$/ping" >/dev/null 2>&1 && break
    kill -0 "$ours_pid" 2>/dev/null || { cat "$work/ours.log" >&2; echo "compare-stores: our server did not start" >&2; exit 1; }
    sleep 0.5
  done
  stores+=(--endpoint "ours=http://127.0.0.1:$port/sparql")
else
  echo "compare-stores: no $jar (mvn package); not comparing our own server on the dump" >&2
fi
want=${COMPARE_VIRTUOSO:-auto}
if [ "$want" = yes ] || { [ "$want" = auto ] && command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null; }; then
  http=${VIRTUOSO_HTTP_PORT:-18890}; sql=${VIRTUOSO_SQL_PORT:-11111}
  virtuoso_db=$work/virtuoso
  started=$SECONDS
  "$here/virtuoso.sh" start "$virtuoso_db" "$http" "$sql"
  "$here/virtuoso.sh" load "$virtuoso_db" "$dump" > "$work/virtuoso-load.log"
  if grep -q '^[^ ]*\.nq' "$work/virtuoso-load.log"; then
    cat "$work/virtuoso-load.log" >&2; echo "compare-stores: Virtuoso failed to load $dump" >&2; exit 1
  fi
  quads=$(grep -E '^[0-9]+ *$' "$work/virtuoso-load.log" | tail -1 | tr -d ' ')
  if [ -z "$quads" ] || [ "$quads" -lt "$(wc -l < "$dump")" ]; then
    cat "$work/virtuoso-load.log" >&2; echo "compare-stores: Virtuoso holds ${quads:-no} quads, fewer than the dump's lines" >&2; exit 1
  fi
  echo "virtuoso: started and loaded $quads quads (with its own system graphs) in $((SECONDS - started)) s" >&2
  stores+=(--endpoint "virtuoso=http://127.0.0.1:$http/sparql")
else
  echo "compare-stores: Virtuoso not installed (apt-get install virtuoso-opensource); comparing with Oxigraph only" >&2
fi

node "$here/compare.js" --examples "$examples" --known "$here/known-differences.json" "${stores[@]}"
