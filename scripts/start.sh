#!/usr/bin/env bash
# `npm start`: everything needed to run RefundProof on the embedded default
# (SQLite + local evidence store in $DATA_DIR, default ./data).
#   npm start          production build (built when missing or stale) on $PORT (3000)
#   npm run dev        next dev with hot reload
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system-deps.sh || echo "RefundProof: continuing without some system packages (see above); PDF export, video or HEIC photo features may not work." >&2

export DATA_DIR="${DATA_DIR:-$PWD/data}"
export PORT="${PORT:-3000}"
mkdir -p "$DATA_DIR"

[ -f lib/db/generated/client.ts ] || bash scripts/prisma.sh generate >/dev/null
bash scripts/prisma.sh migrate deploy >/dev/null

if [ "${1:-}" = "--dev" ]; then
  node_modules/.bin/tsx scripts/seed-demo.ts
  exec node_modules/.bin/next dev -p "$PORT"
fi

dist="${NEXT_DIST_DIR:-.next}"
if [ ! -f "$dist/BUILD_ID" ] || [ -n "$(find app components lib messages next.config.js package-lock.json -newer "$dist/BUILD_ID" -not -path 'lib/db/generated/*' -print -quit 2>/dev/null)" ]; then
  echo "RefundProof: building the app (first start or changed sources; about a minute)…"
  node_modules/.bin/next build >/tmp/refundproof-build.log 2>&1 || { tail -40 /tmp/refundproof-build.log >&2; exit 1; }
fi

node_modules/.bin/tsx scripts/seed-demo.ts
echo ""
echo "  RefundProof is starting at http://localhost:$PORT"
echo "  Data directory: $DATA_DIR"
echo ""
exec node_modules/.bin/next start -p "$PORT" -H "${HOST:-0.0.0.0}"
