#!/usr/bin/env bash
# What the .vsix carries: the rule pages, icon, README, CHANGELOG and bundles, and no test data.
# usage: check-vsix.sh gwlint.vsix
set -euo pipefail
LIST=$(unzip -l "$1")
echo "$LIST"
for f in extension/docs/rules/placeholder.md extension/docs/rules/README.md extension/images/icon.png extension/readme.md \
         extension/changelog.md extension/out/extension.js extension/out/server.js extension/schema/gwlintrc.schema.json; do
  grep -q " $f\$" <<< "$LIST" || { echo "the .vsix lacks $f" >&2; exit 1; }
done
if grep -E ' extension/(test|fixtures|samples|node_modules|\.e2e)/|\.map$|\.ts$' <<< "$LIST"; then
  echo "the .vsix carries test data, sources or source maps (above)" >&2; exit 1
fi
echo "the .vsix holds the rule pages and no test data"
