#!/usr/bin/env bash
# Runs the Prisma 6 CLI fully offline: the JS engine and the libSQL adapter
# (prisma.config.ts) do the work; the two variables stop the CLI from trying to
# download native engines it does not need (SPEC §5).
set -euo pipefail
export PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-/bin/true}"
export PRISMA_QUERY_ENGINE_LIBRARY="${PRISMA_QUERY_ENGINE_LIBRARY:-/bin/true}"
export PRISMA_HIDE_UPDATE_MESSAGE=1
cd "$(dirname "$0")/.."
exec node_modules/.bin/prisma "$@"
