import type { Payload } from 'payload'

/**
 * payload.destroy() leaves the pg pool open, which keeps Node alive and blocks stopping Postgres.
 * End the pool too, but never wait on it forever.
 */
export async function closePayload(payload: Payload, timeoutMs = 5000): Promise<void> {
  const pool = (payload.db as unknown as { pool?: { end: () => Promise<void>; ended?: boolean } }).pool
  await payload.destroy().catch(() => {})
  if (pool && !pool.ended) {
    await Promise.race([pool.end().catch(() => {}), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())])
  }
}
