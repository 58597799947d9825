#!/usr/bin/env bash
# Regenerates the initial migration from prisma/schema/*.prisma and the Prisma
# client. Serialized with flock so that two people (or agents) editing the
# schema at once don't interleave. Until the first release the project has a
# single init migration; after that, use `npx prisma migrate dev --name …`.
set -euo pipefail
cd "$(dirname "$0")/.."
exec 9>/tmp/qcdc-prisma.lock
flock 9
npm run -s db:migration
npm run -s prisma:generate >/dev/null
echo "migration and client regenerated"
