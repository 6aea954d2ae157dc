#!/usr/bin/env bash
# The e2e server: the production build in .next-e2e on a fresh data directory with
# the demo data seeded, exactly as `npm start` would run it.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="$1"
export DATA_DIR="$(mktemp -d /tmp/refundproof-e2e-XXXXXX)"
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-e2e}"
export AUTH_SIGNIN_RATE_LIMIT=1000
export EVIDENCE_MAX_PHOTO_BYTES=$((3 * 1024 * 1024))
bash scripts/prisma.sh migrate deploy >/dev/null
node_modules/.bin/tsx scripts/seed-demo.ts
exec node_modules/.bin/next start -p "$PORT"
