import { timingSafeEqual } from 'node:crypto'
import type { Endpoint, PayloadRequest } from 'payload'

import { execute, sql } from '../infrastructure/db/execute'
import { refusal, requestLanguage } from '../infrastructure/http/respond'
import { backupDir, newestBackupAgeSeconds } from '../infrastructure/ops/backupFiles'
import { metrics } from '../infrastructure/ops/metrics'
import type { ApiOperation } from '../infrastructure/openapi/operation'

/** Bearer METRICS_TOKEN, compared in constant time; open when no token is set (a private network). */
function authorised(req: PayloadRequest): boolean {
  const expected = process.env.METRICS_TOKEN
  if (!expected) return true
  const given = /^Bearer (.+)$/.exec(req.headers.get('authorization') ?? '')?.[1] ?? ''
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Queue depth and message outcomes, read from the database so they cover every node and worker. */
async function refreshFromDatabase(req: PayloadRequest) {
  const m = metrics()
  const jobs = await execute(
    req,
    sql`SELECT task_slug AS task, CASE WHEN has_error THEN 'failed' ELSE 'waiting' END AS state, count(*)::int AS n
        FROM payload_jobs WHERE completed_at IS NULL GROUP BY 1, 2`,
  )
  m.jobQueue.reset()
  for (const row of jobs) m.jobQueue.set({ task: String(row.task ?? 'workflow'), state: String(row.state) }, Number(row.n))
  const messages = await execute(req, sql`SELECT channel, status, count(*)::int AS n FROM message_log GROUP BY 1, 2`)
  m.messageLog.reset()
  for (const row of messages) m.messageLog.set({ channel: String(row.channel), status: String(row.status) }, Number(row.n))
}

/** GET /api/metrics — Prometheus text format. */
export const metricsEndpoint: Endpoint = {
  custom: {
    openapi: {
    tag: 'Operations',
    summary: 'Prometheus metrics',
    description: 'Request latency by route, bookings, availability computations, the job queue, messages and the age of the newest backup.',
    auth: ['metricsToken'],
    responses: { 200: { description: 'Prometheus text format.', contentType: 'text/plain', example: 'http_request_duration_seconds_bucket{…} 12' } },
    errors: { 401: ['unauthorized'] },
    } satisfies ApiOperation,
  },
  path: '/metrics',
  method: 'get',
  handler: async (req) => {
    if (!authorised(req)) {
      return refusal(401, 'unauthorized', requestLanguage(req), undefined, undefined, { 'WWW-Authenticate': 'Bearer' })
    }
    const { registry } = metrics()
    // A database outage must not hide the process metrics that would help diagnose it.
    await refreshFromDatabase(req).catch((error) => req.payload.logger.warn({ err: error, msg: 'Metrics: queue figures unavailable' }))
    // Read from the backup directory each scrape: the backup runs in another container (compose's
    // `backup` service or a host cron), and this node sees its files through the shared volume.
    await newestBackupAgeSeconds(backupDir())
      .then((seconds) => metrics().backupAge.set(seconds))
      .catch((error) => {
        // Unknown is treated as missing: the backup-age alert fires, which is what someone should look at.
        metrics().backupAge.set(Infinity)
        req.payload.logger.warn({ err: error, msg: 'Metrics: backup directory unreadable' })
      })
    return new Response(await registry.metrics(), { headers: { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' } })
  },
}
