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
(cd "$ROOT" && mvn -q -DskipTests package)
# a copy, so that rebuilding during a run does not change the jar under test
mkdir -p "$BENCH_WORK/project" && cp "$ROOT/target/kz-labour-kg.jar" "$BENCH_WORK/project/kz-labour-kg.jar"
JAR=$BENCH_WORK/project/kz-labour-kg.jar
export PROJECT_CMD="java -XX:-DontCompileHugeMethods -Xmx$HEAP -jar $JAR serve --port {port} --data {data} ${PROJECT_FLAGS:-}"
export PROJECT_TDB2_LOAD_CMD="java -Xmx$HEAP -jar $JAR load --tdb2 {tdb2} {data}"
export PROJECT_TDB2_CMD="java -XX:-DontCompileHugeMethods -Xmx$HEAP -jar $JAR serve --port {port} --tdb2 {tdb2} ${PROJECT_FLAGS:-}"
# BENCH_ONLY unset: every system of ../shared/bench (stock Fuseki, tuned Fuseki, Virtuoso, Oxigraph, RDF4J) plus ours.
# PROJECT_FLAGS: extra `serve` flags, e.g. "--no-result-cache --no-query-cache" for the figures without caches.
bash "$SHARED/run-all.sh" "${1:-1m}" "${@:2}"
