import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { DELETE, GET, POST } from '../../src/app/(payload)/api/[...slug]/route'
import { POST as GRAPHQL } from '../../src/app/(payload)/api/graphql/route'
import { backupFileName, backupStamp } from '../../src/infrastructure/ops/backupFiles'
import { testPayload } from '../support/payload'
import { createTestRestaurant, parisTime } from '../support/restaurants'

/** Through the very handlers Next mounts (src/app/(payload)/api/[...slug]/route.ts), wrapper included. */
async function call(handler: typeof GET, method: string, pathAndQuery: string, init: { headers?: Record<string, string>; body?: unknown } = {}) {
  const url = new URL(`/api${pathAndQuery}`, 'http://localhost:3000')
  const headers = new Headers(init.headers)
  if (init.body !== undefined) headers.set('Content-Type', 'application/json')
  const request = new Request(url, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) })
  const response = await handler(request, { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  await createTestRestaurant(payload, 'ops-bistro', [{ label: 'T1', min: 1, max: 4 }])
})

afterEach(() => {
  delete process.env.METRICS_TOKEN
  delete process.env.READY_REQUIRES
  delete process.env.BACKUP_DIR
})

describe('health and readiness', () => {
  it('health answers without touching anything else', async () => {
    const { status, text } = await call(GET, 'GET', '/health')
    expect(status).toBe(200)
    expect(JSON.parse(text).status).toBe('ok')
  })

  it('health and ready also answer HEAD, as load balancers and curl -I probe', async () => {
    expect((await call(GET, 'HEAD', '/health')).status).toBe(200)
    expect((await call(GET, 'HEAD', '/ready')).status).toBe(200)
  })

  it('ready lists each dependency with its status and latency; a mail server that is down only degrades it', async () => {
    // The SMTP port these tests configure has no server behind it in this file; the local Stripe is up.
    const { status, text } = await call(GET, 'GET', '/ready')
    const body = JSON.parse(text)
    expect(status).toBe(200)
    expect(body.status).toBe('degraded')
    expect(body.checks.database).toMatchObject({ status: 'ok', required: true })
    expect(body.checks.migrations).toMatchObject({ status: 'ok', required: true })
    expect(body.checks.stripe).toMatchObject({ status: 'ok', required: false })
    expect(body.checks.smtp).toMatchObject({ status: 'failed', required: false })
    expect(typeof body.checks.database.latencyMs).toBe('number')
  })

  it('ready answers 503 when a dependency made required (READY_REQUIRES=smtp) is down', async () => {
    process.env.READY_REQUIRES = 'smtp'
    const { status, text } = await call(GET, 'GET', '/ready')
    expect(status).toBe(503)
    expect(JSON.parse(text).checks.smtp.status).toBe('failed')
  })
})

describe('request ids', () => {
  it('echoes the X-Request-Id a proxy sent', async () => {
    const { headers } = await call(GET, 'GET', '/health', { headers: { 'X-Request-Id': 'lb-1234.abc' } })
    expect(headers.get('x-request-id')).toBe('lb-1234.abc')
  })

  it('gives a request without one (or with an unusable one) a fresh id', async () => {
    const first = await call(GET, 'GET', '/health')
    const second = await call(GET, 'GET', '/health', { headers: { 'X-Request-Id': 'has spaces and "quotes"' } })
    expect(first.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(second.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(first.headers.get('x-request-id')).not.toBe(second.headers.get('x-request-id'))
  })

  it('a booking made with a request id hands it to the confirmation job it queues', async () => {
    const { iso } = parisTime(12, '19:00')
    const booked = await call(POST, 'POST', '/reservations/book', {
      headers: { 'X-Request-Id': 'req-ops-booking-1' },
      body: { restaurant: 'ops-bistro', startsAt: iso, partySize: 2, locale: 'fr', guest: { name: 'Léa Martin', email: 'lea.martin@example.fr', phone: '+33 6 12 34 56 78' } },
    })
    expect(booked.status).toBe(201)
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { 'input.requestId': { equals: 'req-ops-booking-1' } }, overrideAccess: true, depth: 0 })
    expect(docs.map((job) => job.taskSlug)).toContain('sendMessage')
  })
})

describe('metrics', () => {
  it('times requests by route template, never by the raw path with its slug or token', async () => {
    const { date } = parisTime(12, '19:00')
    await call(GET, 'GET', `/restaurants/ops-bistro/availability?date=${date}&party=2`)
    await call(GET, 'GET', '/reservations/manage/secret-manage-token-0123456789')
    const { status, text, headers } = await call(GET, 'GET', '/metrics')
    expect(status).toBe(200)
    expect(headers.get('content-type')).toMatch(/^text\/plain/)
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/api\/restaurants\/:param\/availability",status="200"\} [1-9]/)
    expect(text).toMatch(/route="\/api\/reservations\/manage\/:param",status="404"/)
    expect(text).not.toContain('ops-bistro')
    expect(text).not.toContain('secret-manage-token')
  })

  it('counts availability computations, bookings created and cancelled, and reads the job queue', async () => {
    const { iso, date } = parisTime(13, '20:00')
    await call(GET, 'GET', `/restaurants/ops-bistro/availability?date=${date}&party=2`)
    const booked = await call(POST, 'POST', '/reservations/book', {
      body: { restaurant: 'ops-bistro', startsAt: iso, partySize: 2, locale: 'en', guest: { name: 'Sam Reed', email: 'sam.reed@example.com' } },
    })
    const manageUrl: string = JSON.parse(booked.text).manageUrl
    const token = manageUrl.split('/').pop()!
    expect((await call(DELETE, 'DELETE', `/reservations/manage/${token}`)).status).toBe(200)
    const { text } = await call(GET, 'GET', '/metrics')
    expect(text).toMatch(/techplus_availability_computation_seconds_count\{kind="day"\} [1-9]/)
    expect(text).toMatch(/techplus_bookings_created_total\{source="online"\} [1-9]/)
    expect(text).toMatch(/techplus_bookings_cancelled_total [1-9]/)
    expect(text).toMatch(/techplus_job_queue\{task="sendMessage",state="waiting"\} [1-9]/)
    expect(text).toMatch(/techplus_message_log\{channel="email",status="queued"\} [1-9]/)
    expect(text).not.toContain(token)
  })

  it('GraphQL requests are timed under one route', async () => {
    await call(GRAPHQL as typeof GET, 'POST', '/graphql', { body: { query: '{ Restaurants(limit: 1) { docs { name } } }' } })
    const { text } = await call(GET, 'GET', '/metrics')
    expect(text).toMatch(/route="\/api\/graphql",status="200"/)
  })

  it('report the age of the newest backup in BACKUP_DIR, and none as infinitely old (the backup-age alert)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'techplus-metrics-backups-'))
    try {
      process.env.BACKUP_DIR = dir
      expect((await call(GET, 'GET', '/metrics')).text).toMatch(/^techplus_backup_age_seconds \+Inf$/m)
      const twoHoursAgo = new Date(Date.now() - 2 * 3600_000)
      writeFileSync(path.join(dir, backupFileName(backupStamp(twoHoursAgo), 'dump')), '')
      writeFileSync(path.join(dir, backupFileName(backupStamp(new Date()), 'media')), '')
      const age = Number(/^techplus_backup_age_seconds (\S+)$/m.exec((await call(GET, 'GET', '/metrics')).text)?.[1])
      expect(age).toBeGreaterThanOrEqual(7199)
      expect(age).toBeLessThan(7260)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('with METRICS_TOKEN set, only a request bearing it reads the metrics', async () => {
    process.env.METRICS_TOKEN = 'scrape-me-0123456789'
    expect((await call(GET, 'GET', '/metrics')).status).toBe(401)
    expect((await call(GET, 'GET', '/metrics', { headers: { Authorization: 'Bearer wrong-token-000000000' } })).status).toBe(401)
    const allowed = await call(GET, 'GET', '/metrics', { headers: { Authorization: 'Bearer scrape-me-0123456789' } })
    expect(allowed.status).toBe(200)
    expect(allowed.text).toContain('http_request_duration_seconds')
  })
})
