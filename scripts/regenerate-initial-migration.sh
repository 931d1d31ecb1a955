#!/usr/bin/env bash
# Until Warta's first deployment the schema lives in ONE initial migration, regenerated from the
# collections whenever they change (nothing is deployed that a second migration would have to
# upgrade). After the first release, never run this: create a new migration with
# `npm run migrate:create -- <name>` instead.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f migrations/2*_initial.ts migrations/2*_initial.json
echo 'export const migrations = []' > migrations/index.ts
tmp=$(mktemp -d)
DATABASE_URI="file:$tmp/schema.db" LOG_LEVEL=warn npx payload migrate:create initial
rm -rf "$tmp"
npx payload generate:types >/dev/null
