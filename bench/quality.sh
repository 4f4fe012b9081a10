#!/bin/sh
# Prints, as Markdown, the precision and recall of name and claim extraction against the
# hand-checked lists in tests/data/, as measured by the unit tests that assert them.
# Usage: sh bench/quality.sh   (after make build/test/unit)
cd "$(dirname "$0")/.." || exit 1
unit=./build/test/unit
[ -x "$unit" ] || { echo "bench/quality.sh: build the tests first (make build/test/unit)" >&2; exit 1; }
figures() {
    "$unit" "$1" 2>/dev/null | grep -v -e '^ok ' -e '^FAIL ' -e ' passed, ' | sed 's/^ *//'
}
echo "## Quality of names and claims"
echo
echo "Against hand-checked lists (tests/data/entities-gold.tsv, entities-bbc-gold.tsv,"
echo "claims-gold.tsv, claims-heldout-bbc.tsv); command: \`sh bench/quality.sh\`, which runs"
echo "\`./build/test/unit entity_quality\` and \`./build/test/unit claims_\` (the tests assert the bars)."
echo
echo '```'
figures entity_quality
figures claims_gold
figures claims_heldout
echo '```'
