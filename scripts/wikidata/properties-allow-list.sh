#!/usr/bin/env bash
# Regenerates ontology/wikidata-properties-verified.tsv, the allow-list of Wikidata properties that
# `export --format quickstatements` may write:
#   1. every row of ../shared/wikidata/properties.tsv whose confidence is verified-2-sources or
#      verified-1-source (unverified and rejected rows are left out);
#   2. the properties verified by this project and not (yet) in shared/ (rows below, with their
#      evidence), marked verified_by "this project".
# Never add a property from memory: add it, with two independent public sources pairing the ID with
# its label, to the rows below (or, better, to shared/wikidata/properties.tsv).
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${1:-$here/../shared/wikidata/properties.tsv}"
out="$here/ontology/wikidata-properties-verified.tsv"
{
  printf 'property\tlabel\tconfidence\tverified_by\tevidence\n'
  awk -F'\t' 'NR > 1 && $1 ~ /^P[0-9]+$/ && ($3 == "verified-2-sources" || $3 == "verified-1-source") {
      printf "%s\t%s\t%s\tshared/wikidata/properties.tsv\t%s\n", $1, $2, $3, $4 }' "$shared"
  printf 'P1480\tsourcing circumstances\tverified-2-sources\tthis project\t%s\n' \
    "public code pairing the ID with this label (3 independent files found with the find_string tool on 2 December 2026): a Python map of the Wikidata properties a manuscript pipeline emits (\"P1480\": \"sourcing circumstances\", under 'Generic qualifiers'); a JavaScript portrait-resolver (comment: P1480 \"sourcing circumstances\" qualifier, e.g. circa (Q5727902)); a Lua date formatter (comment: add \"circa\" (Q5727902) from \"sourcing circumstances\" (P1480)). Two QuickStatements generators write the qualifier pair P1480 Q5727902 after approximate dates."
} > "$out"
echo "wrote $out ($(($(wc -l < "$out") - 1)) properties)" >&2
