import type { PoolConfig } from 'pg'

/**
 * The PostgreSQL pool of one process (an app node, the job worker), set explicitly rather than left
 * to pg's defaults, whose connection timeout is none: with every connection busy, a request would
 * wait for ever instead of failing and freeing its client.
 *
 * Sizing: PostgreSQL allows 100 connections (docker-compose.yml writes it out) and keeps a few for
 * superusers. 10 per process is pg's default and what the benchmarks ran with: two app nodes, the
 * worker and a backup or a restore take about 32 (plus each node's one connection outside the pool,
 * listening for booking-profile changes), leaving room for more nodes, psql and a migration. Raise
 * DATABASE_POOL_MAX keeping nodes × (max + 1) + 15 under max_connections.
 *
 * Timeouts: a booking of a day queues on that day's lock while holding its connection, so under a
 * storm (300 concurrent bookings across two nodes) the last ones wait a few seconds for a free
 * connection; 30 s covers that with room to spare and is still shorter than a client's patience.
 * Past it the pool is exhausted for a reason (the database is gone or stuck): fail, and let
 * /api/ready say so. Idle connections are closed after 30 s, so a quiet night does not keep ten
 * per node open, yet a burst every few seconds reuses them.
 */
export function databasePool(env: Record<string, string | undefined> = process.env): PoolConfig {
  return {
    connectionString: env.DATABASE_URI,
    max: whole('DATABASE_POOL_MAX', env.DATABASE_POOL_MAX, 10),
    idleTimeoutMillis: whole('DATABASE_POOL_IDLE_MS', env.DATABASE_POOL_IDLE_MS, 30_000),
    connectionTimeoutMillis: whole('DATABASE_POOL_TIMEOUT_MS', env.DATABASE_POOL_TIMEOUT_MS, 30_000),
  }
}

/** A positive whole number from the environment, or its default; a bad value stops the start-up. */
function whole(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0 (got "${raw}")`)
  return value
}
