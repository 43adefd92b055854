#!/usr/bin/env bash
# Builds the jar and runs ../shared/bench with our server as `project` (in memory) and `project-tdb2`,
# using the README's JVM flags, next to stock Fuseki and the peers named in BENCH_ONLY.
# usage: bench/run.sh [SIZE] [extra args for bench.py measure]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SHARED=${SHARED_BENCH:-$ROOT/../shared/bench}
export BENCH_WORK=${BENCH_WORK:-/tmp/kgbench}
HEAP=${BENCH_HEAP:-6g}
(cd "$ROOT" && mvn -q -o -DskipTests package)
# a copy, so that rebuilding during a run does not change the jar under test
mkdir -p "$BENCH_WORK/project" && cp "$ROOT/target/kz-labour-kg.jar" "$BENCH_WORK/project/kz-labour-kg.jar"
JAR=$BENCH_WORK/project/kz-labour-kg.jar
# The README's JVM flags (PROJECT_JVM overrides them, for measuring a flag).
JVM=${PROJECT_JVM:-"-XX:-DontCompileHugeMethods -XX:+UseSerialGC -Xmn512m"}
export PROJECT_CMD="java $JVM -Xmx$HEAP -jar $JAR serve --port {port} --data {data} ${PROJECT_FLAGS:-}"
export PROJECT_TDB2_LOAD_CMD="java -Xmx$HEAP -jar $JAR load --tdb2 {tdb2} {data}"
export PROJECT_TDB2_CMD="java $JVM -Xmx$HEAP -jar $JAR serve --port {port} --tdb2 {tdb2} ${PROJECT_FLAGS:-}"
# The shared bench's nine queries plus ours (bench/queries/: shapes the nine do not cover), unless BENCH_QUERIES names a folder.
if [ -z "${BENCH_QUERIES:-}" ]; then
  export BENCH_QUERIES=$BENCH_WORK/queries-with-project
  rm -rf "$BENCH_QUERIES" && mkdir -p "$BENCH_QUERIES"
  cp "$SHARED"/queries/*.rq "$HERE"/queries/*.rq "$BENCH_QUERIES"/
fi
# BENCH_ONLY unset: every system of ../shared/bench (stock Fuseki, tuned Fuseki, Virtuoso, Oxigraph, RDF4J) plus ours.
# PROJECT_FLAGS: extra `serve` flags, e.g. "--no-result-cache --no-query-cache" for the figures without caches.
bash "$SHARED/run-all.sh" "${1:-1m}" "${@:2}"
