#!/usr/bin/env bash
# Regenerates, from the models in prisma/schema/ (SQLite, the source):
#   prisma/schema-postgresql/                  the PostgreSQL copy (provider changed)
#   prisma/migrations/<init>/migration.sql     the SQLite init migration
#   prisma/migrations-postgresql/<init>/…      the PostgreSQL init migration
# with `prisma migrate diff` (no database needed). Until the first release there
# is one init migration per provider; tests/unit/schema-drift.test.ts fails when
# these files are not what this script writes.
set -euo pipefail
cd "$(dirname "$0")/.."
INIT=20261129000000_init
npx tsx scripts/postgresql-schema.ts
npx prisma migrate diff --from-empty --to-schema-datamodel prisma/schema --script -o "prisma/migrations/$INIT/migration.sql"
mkdir -p "prisma/migrations-postgresql/$INIT"
npx prisma migrate diff --from-empty --to-schema-datamodel prisma/schema-postgresql --script -o "prisma/migrations-postgresql/$INIT/migration.sql"
