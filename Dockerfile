# syntax=docker/dockerfile:1
# qcdc-bot: multi-stage image. Build: docker build -t qcdc-bot .   (docs/deploy.md)
# Set PG_TOOLS=1 (--build-arg PG_TOOLS=1) when DATABASE_URL is PostgreSQL, so that
# the nightly backup and `npm run backup` find pg_dump / pg_restore in the image.
ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: compiler for better-sqlite3, full install, TypeScript build, then production deps only
FROM ${NODE_IMAGE} AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Node's headers ship in the image: node-gyp compiles better-sqlite3 without downloading them.
ENV npm_config_nodedir=/usr/local
COPY . .
# postinstall generates the Prisma client (and builds, where the project does so at install).
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 # Build-time tools that are production dependencies only because postinstall needs them.
 && rm -rf node_modules/typescript node_modules/prisma node_modules/.bin/tsc node_modules/.bin/tsserver node_modules/.bin/prisma \
 # better-sqlite3's sources and object files: only build/Release/better_sqlite3.node is loaded.
 && rm -rf node_modules/better-sqlite3/deps node_modules/better-sqlite3/src \
           node_modules/better-sqlite3/build/Release/obj.target node_modules/better-sqlite3/build/Release/.deps \
 && rm -rf dist/.tsbuildinfo

# ---- runtime: what the compiled app reads (src/paths.ts: prisma/migrations, src/locales, src/data)
FROM ${NODE_IMAGE} AS runtime
ARG PG_TOOLS=0
RUN if [ "$PG_TOOLS" = "1" ]; then \
      apt-get update && apt-get install -y --no-install-recommends postgresql-client && rm -rf /var/lib/apt/lists/*; \
    fi \
 && groupadd --system --gid 10001 qcdc \
 && useradd --system --uid 10001 --gid qcdc --home-dir /app --no-create-home --shell /usr/sbin/nologin qcdc \
 && mkdir -p /data && chown qcdc:qcdc /data && chmod 0750 /data
WORKDIR /app
ENV NODE_ENV=production \
    DATABASE_URL=file:/data/qcdc.db \
    PORT=8080
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/prisma/migrations ./prisma/migrations
COPY --from=build /app/src/data ./src/data
COPY --from=build /app/src/locales ./src/locales
USER qcdc
VOLUME ["/data"]
EXPOSE 8080
# /healthz: 200 when the database answers and the last poll is under 60 s old (docs/deploy.md).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node directly (not npm) as PID 1: SIGTERM reaches the bot, which finishes in-flight work and exits.
CMD ["node", "--enable-source-maps", "--max-semi-space-size=2", "--heap-growing-percent=25", "dist/src/main.js"]
