# syntax=docker/dockerfile:1
# Production image: deps → build → runtime. Next's standalone output is not used because Payload's
# migrations, the seed and the job worker run from source (tsx), beside Next's server (scripts/server.mjs).
# Debian 13 (trixie) images: their postgresql-client is 17, the same major as docker-compose.yml's
# database, so `npm run backup` uses pg_dump -Fc (pg_dump refuses a newer server than itself).

FROM node:20-trixie-slim AS deps
WORKDIR /app
RUN npm install -g npm@11
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN PAYLOAD_SECRET=build-only npx next build \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-trixie-slim AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client-17 \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /data/media /data/mail /data/backups \
 && chown -R node:node /data
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 \
    MEDIA_DIR=/data/media MAIL_DIR=/data/mail BACKUP_DIR=/data/backups
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json /app/next.config.mjs /app/payload.config.ts /app/tsconfig.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/.next ./.next
COPY --from=build --chown=node:node /app/public ./public
COPY --from=build --chown=node:node /app/src ./src
COPY --from=build --chown=node:node /app/scripts ./scripts
# The user guide, read by the admin's Help view (src/help) from docs/guide.
COPY --from=build --chown=node:node /app/docs/guide ./docs/guide
USER node
EXPOSE 3000
# Liveness only (no database): a database outage shows in /api/ready, and must not make Docker
# restart every app container at once.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# DATABASE_URI is required here: scripts/with-db.ts starts no embedded database when it is set.
# Migrations run first; then Next, through scripts/server.mjs, which decides the client's address
# (X-Forwarded-For only from the proxies in TRUSTED_PROXIES) and serves with gzip (Next's `compress`).
CMD ["npx", "tsx", "scripts/with-db.ts", "--no-seed", "--", "node", "scripts/server.mjs", "--port", "3000"]
