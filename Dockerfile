# Production image: Next standalone is not used because Payload's migrations and seed run from source.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN npm install -g npm@11
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN PAYLOAD_SECRET=build-only npx next build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
COPY --from=build /app /app
EXPOSE 3000
# DATABASE_URI is required here: scripts/with-db.ts starts no embedded database when it is set.
CMD ["npx", "tsx", "scripts/with-db.ts", "--", "npx", "next", "start", "-p", "3000"]
