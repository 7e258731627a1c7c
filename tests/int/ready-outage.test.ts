import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../scripts/embedded-postgres'

/**
 * A load balancer polls /api/ready: while the database is down this node must say 503 (and stay
 * alive), and once the database is back it must say 200 again without a restart. A PostgreSQL of
 * its own is stopped and started here, so no other test's database is touched.
 */
describe('readiness across a database outage', () => {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'techplus-outage-'))
  const dataDir = path.join(workDir, 'pg')
  let db: EmbeddedDatabase
  let port: number
  let get: (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
  let payload: Payload | undefined

  const ready = async () => {
    const response = await get(new Request('http://localhost:3000/api/ready'), { params: Promise.resolve({ slug: ['ready'] }) })
    return { status: response.status, body: (await response.json()) as { status: string; checks: Record<string, { status: string; latencyMs: number }> } }
  }

  beforeAll(async () => {
    db = await startEmbeddedPostgres({ dataDir })
    port = Number(new URL(db.uri).port)
    // payload.config.ts reads DATABASE_URI when imported: point it at this database first.
    process.env.DATABASE_URI = db.uri
    const { default: config } = await import('../../payload.config')
    const { REST_GET } = await import('@payloadcms/next/routes')
    get = REST_GET(config)
    const { getPayload } = await import('payload')
    payload = await getPayload({ config })
  })

  afterAll(async () => {
    const { closePayload } = await import('../../src/utilities/closePayload')
    if (payload) await closePayload(payload, 2000)
    await db?.stop()
    rmSync(workDir, { recursive: true, force: true })
  })

  it('answers 200 with every migration applied while the database is up', async () => {
    const { status, body } = await ready()
    expect(status).toBe(200)
    expect(body.checks.database!.status).toBe('ok')
    expect(body.checks.migrations!.status).toBe('ok')
  })

  it('answers 503 naming the database while it is stopped, and stays up', async () => {
    await db.stop()
    const started = Date.now()
    const { status, body } = await ready()
    expect(status).toBe(503)
    expect(body.status).toBe('unavailable')
    expect(body.checks.database!.status).toBe('failed')
    // Within the check's own timeout: a poller is never left hanging.
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('answers 200 again once the database is back, without a restart', async () => {
    db = await startEmbeddedPostgres({ dataDir, port })
    let answer = await ready()
    // The pool drops its dead connections and opens new ones; allow it a few polls.
    for (let i = 0; i < 20 && answer.status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      answer = await ready()
    }
    expect(answer.status).toBe(200)
    expect(answer.body.checks.database!.status).toBe('ok')
  })
})
