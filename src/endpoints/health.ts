import type { Endpoint } from 'payload'

import { execute, sql } from '../plugins/reservations/db/execute'

/** Liveness: the process answers. Touches nothing else, so a load balancer can poll it cheaply. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: () => Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } }),
}

/** Readiness: the database answers too. */
export const readyEndpoint: Endpoint = {
  path: '/ready',
  method: 'get',
  handler: async (req) => {
    try {
      await execute(req, sql`SELECT 1`)
      return Response.json({ status: 'ready' }, { headers: { 'Cache-Control': 'no-store' } })
    } catch {
      return Response.json({ status: 'unavailable', errors: [{ message: 'Database unreachable' }] }, { status: 503 })
    }
  },
}
