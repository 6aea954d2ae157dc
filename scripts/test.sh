#!/usr/bin/env bash
# `npm test`: type check, lint, Vitest (unit + integration on real temporary SQLite
# databases and data directories), then Playwright e2e in Debian Chromium against a
# production build.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s ==\n' "$1"; }

step "system packages"
bash scripts/ensure-system-deps.sh
step "prisma generate"
bash scripts/prisma.sh generate >/dev/null
step "typecheck"
node_modules/.bin/tsc --noEmit
step "lint"
node_modules/.bin/eslint --max-warnings=0 .
step "vitest"
node_modules/.bin/vitest run
step "build (e2e)"
NEXT_DIST_DIR=.next-e2e node_modules/.bin/next build >/tmp/refundproof-e2e-build.log 2>&1 || { tail -60 /tmp/refundproof-e2e-build.log; exit 1; }
step "playwright e2e"
node_modules/.bin/playwright test
