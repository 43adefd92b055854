#!/usr/bin/env bash
# The persistent-store targets at a large size (default 10m): `load --tdb2` against stock tdb2.tdbloader,
# and the cold start of `serve --tdb2` against stock Fuseki on TDB2, one run of ../shared/bench.
# usage: bench/tdb2-large.sh [SIZE] [COLDSTART_ROUNDS]    (BENCH_WORK as for ../shared/bench; default /tmp/kgbench)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
SHARED=${SHARED_BENCH:-$ROOT/../shared/bench}
export BENCH_WORK=${BENCH_WORK:-/tmp/kgbench}
SIZE=${1:-10m}; ROUNDS=${2:-3}
HEAP=${BENCH_HEAP:-6g}
case $SIZE in 10k) T=10000 ;; 1m) T=1000000 ;; 10m) T=10000000 ;; *) T=$SIZE ;; esac
(cd "$ROOT" && mvn -q -DskipTests package)
mkdir -p "$BENCH_WORK/project" && cp "$ROOT/target/kz-labour-kg.jar" "$BENCH_WORK/project/kz-labour-kg.jar"
JAR=$BENCH_WORK/project/kz-labour-kg.jar
export PROJECT_TDB2_LOAD_CMD="java -Xmx$HEAP -jar $JAR load --tdb2 {tdb2} {data}"
export PROJECT_TDB2_CMD="java -XX:-DontCompileHugeMethods -Xmx$HEAP -jar $JAR serve --port {port} --tdb2 {tdb2}"
bash "$SHARED/setup.sh"
DATA=$BENCH_WORK/data/kg-$SIZE.nt
[ -s "$DATA" ] || python3 "$SHARED/gen.py" --triples "$T" -o "$DATA"
mkdir -p "$BENCH_WORK/runs/$SIZE"
python3 "$SHARED/bench.py" load --size "$SIZE" --only fuseki-tdb2,project-tdb2
python3 "$SHARED/bench.py" coldstart --size "$SIZE" --only fuseki-empty,fuseki-tdb2,project-tdb2 --rounds "$ROUNDS"
python3 "$SHARED/bench.py" report --size "$SIZE"
echo "report: $BENCH_WORK/runs/$SIZE/report.md"
