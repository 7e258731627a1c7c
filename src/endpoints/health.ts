import type { Endpoint, PayloadRequest } from 'payload'

import { migrations } from '../migrations'
import { paymentSettingsOf } from '../plugins/reservations'
import { execute, sql } from '../infrastructure/db/execute'
import { notConfigured, overallStatus, smtpGreets, stripeAnswers, timed } from '../ops/readiness'
import type { ApiOperation } from '../infrastructure/openapi/operation'
import { z } from 'zod'

const noStore = { 'Cache-Control': 'no-store' }

const readyAnswer = z.object({ status: z.string(), checks: z.record(z.string(), z.looseObject({ status: z.string() })) })

/** Liveness: the process answers. Touches nothing else, so a load balancer can poll it cheaply. */
export const healthEndpoint: Endpoint = {
  custom: {
    openapi: {
    tag: 'Operations',
    summary: 'Liveness: the process answers',
    description: 'Touches nothing else: cheap for a load balancer to poll.',
    auth: ['public'],
    responses: { 200: { description: 'Alive.', schema: z.object({ status: z.literal('ok'), uptimeSeconds: z.number().int() }), example: { status: 'ok', uptimeSeconds: 3600 } } },
    } satisfies ApiOperation,
  },
  path: '/health',
  method: 'get',
  handler: () => Response.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) }, { headers: noStore }),
}

/**
 * Mail and payments can be made required (READY_REQUIRES=smtp,stripe). By default they are not: a
 * mail outage only delays messages (jobs retry) and a Stripe incident only delays deposits, so
 * taking every node out of the load balancer for either would turn a nuisance into an outage.
 */
function requiredOptional(env = process.env) {
  const listed = new Set((env.READY_REQUIRES ?? '').split(',').map((s) => s.trim().toLowerCase()))
  return { smtp: listed.has('smtp'), stripe: listed.has('stripe') }
}

async function migrationsApplied(req: PayloadRequest): Promise<string | void> {
  const rows = await execute(req, sql`SELECT name FROM payload_migrations`)
  const applied = new Set(rows.map((r) => String(r.name)))
  const pending = migrations.filter((m) => !applied.has(m.name)).map((m) => m.name)
  if (pending.length) throw new Error(`pending: ${pending.join(', ')}`)
  return `${migrations.length} applied`
}

/**
 * Readiness: can this node serve bookings? The database answers and has every migration this code
 * expects; SMTP and Stripe are reached when configured. Each check says its status and latency.
 */
export const readyEndpoint: Endpoint = {
  custom: {
    openapi: {
    tag: 'Operations',
    summary: 'Readiness: can this node serve bookings?',
    description: 'The database answers and has every migration; SMTP and Stripe are reached when configured (required ones only with READY_REQUIRES). Each check says its status and latency.',
    auth: ['public'],
    responses: {
      200: { description: 'Ready (optional checks may be degraded).', schema: readyAnswer, example: { status: 'ok', checks: { database: { status: 'ok', ms: 2 } } } },
      503: { description: 'Not ready: a required check failed.', schema: readyAnswer },
    },
    } satisfies ApiOperation,
  },
  path: '/ready',
  method: 'get',
  handler: async (req) => {
    const required = requiredOptional()
    const payments = paymentSettingsOf(req.payload)
    const smtpHost = process.env.SMTP_HOST
    const smtpPort = Number(process.env.SMTP_PORT ?? 587)
    const implicitTls = process.env.SMTP_SECURE ? process.env.SMTP_SECURE === 'true' : smtpPort === 465
    const [database, smtp, stripe] = await Promise.all([
      timed(true, async () => void (await execute(req, sql`SELECT 1`))),
      smtpHost ? timed(required.smtp, () => smtpGreets(smtpHost, smtpPort, implicitTls)) : notConfigured(),
      payments ? timed(required.stripe, () => stripeAnswers(payments.apiBase, payments.secretKey)) : notConfigured(),
    ])
    // Migrations can only be read from a database that answers.
    const migrationCheck = database.status === 'ok' ? await timed(true, () => migrationsApplied(req)) : { ...database, status: 'failed' as const, detail: 'database unreachable' }
    const checks = { database, migrations: migrationCheck, smtp, stripe }
    const { status, httpStatus } = overallStatus(checks)
    return Response.json({ status, checks }, { status: httpStatus, headers: noStore })
  },
}

/**
 * Load balancers and `curl -I` probe with HEAD; Next answers HEAD through the GET handler but
 * Payload routes by method, so the same checks are registered for HEAD (Next drops the body).
 */
export const healthHeadEndpoint: Endpoint = { ...healthEndpoint, method: 'head', custom: { openapi: { ...(healthEndpoint.custom!.openapi as ApiOperation), summary: 'Liveness, for HEAD probes (no body)' } } }
export const readyHeadEndpoint: Endpoint = { ...readyEndpoint, method: 'head', custom: { openapi: { ...(readyEndpoint.custom!.openapi as ApiOperation), summary: 'Readiness, for HEAD probes (no body)' } } }
