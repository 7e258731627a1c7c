import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

export { sql }

type SQL = ReturnType<typeof sql>

type Drizzle = { execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }> }

/** Raw SQL inside the request's transaction when it has one — never beside it (that deadlocks). */
export async function execute(req: PayloadRequest, query: SQL): Promise<Record<string, unknown>[]> {
  const adapter = req.payload.db as unknown as { drizzle: Drizzle; sessions?: Record<string, { db: Drizzle }> }
  const id = req.transactionID ? await req.transactionID : undefined
  const db = (id !== undefined && adapter.sessions?.[String(id)]?.db) || adapter.drizzle
  const result = await db.execute(query)
  return result.rows
}

/** Postgres error codes we turn into answers a user understands. */
export const PG = { exclusionViolation: '23P01', uniqueViolation: '23505' } as const

export function pgCode(error: unknown): string | undefined {
  let e: unknown = error
  // Drizzle wraps the driver's error; Payload may wrap it again.
  for (let depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    e = (e as { cause?: unknown }).cause
  }
  return undefined
}
