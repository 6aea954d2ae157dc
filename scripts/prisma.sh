#!/usr/bin/env bash
# Runs the Prisma 6 CLI fully offline: the JS engine and the libSQL adapter
# (prisma.config.ts) do the work; the two variables stop the CLI from trying to
# download native engines it does not need (SPEC §5).
set -euo pipefail
export PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-/bin/true}"
export PRISMA_QUERY_ENGINE_LIBRARY="${PRISMA_QUERY_ENGINE_LIBRARY:-/bin/true}"
export PRISMA_HIDE_UPDATE_MESSAGE=1
cd "$(dirname "$0")/.."
# The schema's datasource needs a URL even though the adapter in prisma.config.ts
# does the connecting; keep both pointing at the same file.
export DATA_DIR="${DATA_DIR:-$PWD/data}"
export DATABASE_URL="${DATABASE_URL:-file:$DATA_DIR/refundproof.db}"
mkdir -p "$DATA_DIR"
exec node_modules/.bin/prisma "$@"
