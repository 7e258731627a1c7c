import type { Payload } from 'payload'

/**
 * When PostgreSQL restarts or drops connections, each idle pooled connection emits an error on
 * the pool; pg re-emits it on the Pool, and with no listener Node treats it as an uncaught
 * exception and the whole app exits (seen in tests/int/ready-outage.test.ts). The pool already
 * discards the dead connection and opens a new one on the next query, so logging is all we do.
 */
export function survivePoolErrors(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: import('pg').Pool }).pool
  if (!pool || pool.listenerCount('error') > 0) return
  pool.on('error', (error) => payload.logger.warn({ err: error, msg: 'A database connection was lost; the next query opens a new one' }))
}
