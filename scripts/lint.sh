#!/bin/sh
# npm run lint: ESLint (type-aware), Prettier's check at 120 columns, the layer rules (dependency-cruiser), the
# line length, and the README's count of rules named by tests.
set -e
sh scripts/node.sh node_modules/eslint/bin/eslint.js .
sh scripts/node.sh node_modules/prettier/bin/prettier.cjs --check --log-level warn .
sh scripts/node.sh node_modules/dependency-cruiser/bin/dependency-cruiser.mjs --config .dependency-cruiser.cjs \
  domain workflows activities app api infra db worker.ts scripts bench test web
sh scripts/node.sh scripts/check-line-length.ts
sh scripts/node.sh scripts/rule-coverage.ts --check
