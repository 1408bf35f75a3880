#!/usr/bin/env bash
# Behaviour check for refactors: build the built-in decks' HTML with the CLI at <ref> (default main)
# and at the working tree, then compare the files byte for byte. Exit 1 on any difference.
#   bash scripts/compare-builtin-html.sh [ref] [before-dir] [after-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
ref="${1:-main}"
before="${2:-/tmp/immunodeck-html-before}"
after="${3:-/tmp/immunodeck-html-after}"
tree="$(mktemp -d)/at-ref"
rm -rf "$before" "$after"
git worktree add --detach -q "$tree" "$ref"
trap 'git worktree remove --force "$tree"' EXIT
ln -s "$(pwd)/node_modules" "$tree/node_modules"
build() { # $1 = checkout, $2 = out dir
  (cd "$1" && npm run build --silent >/dev/null && node bin/immunodeck.js build content/decks --out "$2" --format html >/dev/null)
}
build "$tree" "$before"
build "$(pwd)" "$after"
echo "$(find "$before" -type f | wc -l) files at $ref, $(find "$after" -type f | wc -l) in the working tree"
diff -r "$before" "$after" && echo "byte-identical"
