#!/usr/bin/env bash
# Runs the clients researchers already use against a running server, with no special configuration:
# Comunica 4.x (npm, installed into target/clients, never committed), Python rdflib and SPARQLWrapper
# (Debian: apt-get install -y python3-rdflib python3-sparqlwrapper), and Jena (RDFConnection, RDFDataMgr).
# Each queries /sparql and loads an entity by content negotiation.
#
# usage: scripts/clients/run-clients.sh [ENTITY_PATH]      (default /id/event/wos-strike-2023)
#   KG_SERVE_ARGS="--data a.ttl b.ttl" to serve other files than the shipped graph.
set -euo pipefail
cd "$(dirname "$0")/../.."
ENTITY="${1:-/id/event/wos-strike-2023}"
PORT="${KG_PORT:-3399}"
ROOT="http://127.0.0.1:$PORT"
JAR=target/kz-labour-kg.jar
SCRATCH=target/clients
mkdir -p "$SCRATCH"

[ -f "$JAR" ] || mvn -q -DskipTests package
# shellcheck disable=SC2086
java -jar "$JAR" serve --port "$PORT" ${KG_SERVE_ARGS:-} > "$SCRATCH/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "$ROOT/\$/ping" > /dev/null && break
  sleep 1
done
curl -sf "$ROOT/\$/ping" > /dev/null || { echo "server did not start"; cat "$SCRATCH/server.log"; exit 1; }

passed=0; failed=0
run() {
  local name=$1; shift
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else echo "FAILED: $name"; failed=$((failed + 1)); fi
}

if [ ! -x "$SCRATCH/node/node_modules/.bin/comunica-sparql" ]; then
  npm install --silent --no-audit --no-fund --prefix "$SCRATCH/node" @comunica/query-sparql@4 > "$SCRATCH/npm.log" 2>&1 \
    || { echo "npm install failed"; tail -20 "$SCRATCH/npm.log"; }
fi
COMUNICA="$SCRATCH/node/node_modules/.bin/comunica-sparql"
comunica_endpoint() {
  local out; out=$("$COMUNICA" "$ROOT/sparql" -t application/sparql-results+json \
    'SELECT ?event WHERE { ?event a <https://w3id.org/kz-labour/ontology#Event> } LIMIT 5')
  local n; n=$(printf '%s' "$out" | grep -o '"event":' | wc -l)
  echo "comunica on $ROOT/sparql: SELECT rows=$n"; [ "$n" -gt 0 ]
}
comunica_entity() {
  local out; out=$("$COMUNICA" "$ROOT$ENTITY" -t application/sparql-results+json 'SELECT * WHERE { ?s ?p ?o }')
  local n; n=$(printf '%s' "$out" | grep -o '"s":' | wc -l)
  echo "comunica on $ROOT$ENTITY (dereferenced): triples=$n"; [ "$n" -gt 0 ]
}
run "Comunica: query the endpoint" comunica_endpoint
run "Comunica: load an entity" comunica_entity
run "rdflib + SPARQLWrapper" /usr/bin/python3 scripts/clients/python_clients.py "$ROOT" "$ENTITY"
run "Jena RDFConnection + RDFDataMgr" java -cp "$JAR" scripts/clients/JenaClient.java "$ROOT" "$ENTITY"

echo "clients: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
