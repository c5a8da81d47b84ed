#!/bin/sh
# npm run lint: ESLint (type-aware), Prettier's check at 120 columns, and the layer rules (dependency-cruiser).
set -e
sh scripts/node.sh node_modules/eslint/bin/eslint.js .
sh scripts/node.sh node_modules/prettier/bin/prettier.cjs --check --log-level warn .
sh scripts/node.sh node_modules/dependency-cruiser/bin/dependency-cruiser.mjs --config .dependency-cruiser.cjs \
  domain workflows activities app api infra db worker.ts scripts bench test web
sh scripts/node.sh scripts/check-line-length.ts
