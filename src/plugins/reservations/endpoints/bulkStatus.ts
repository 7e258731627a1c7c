import type { Endpoint } from 'payload'
import { z } from 'zod'

import { BULK_ACTIONS } from '../../../domain/reservations/transitions'
import { moveReservation } from '../services/statusChange'
import { errorMessage, type ErrorCode, type ErrorParams } from '../../../domain/errors'
import { BookingError, endpoint, jsonBody, requestLanguage } from '../../../infrastructure/http/respond'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'
import { INPUT_CODES } from './answers'

const bulkStatusSchema = z.object({
  ids: z
    .array(z.number().int().positive())
    .min(1)
    .max(200),
  status: z.enum(BULK_ACTIONS),
})

type Outcome = { id: number; ok: boolean; status?: string; code?: ErrorCode; params?: ErrorParams; error?: string }

/**
 * POST /api/reservations/bulk-status {ids, status} — confirm, cancel or mark no-show the bookings
 * selected in the reservations list. Each goes through the same rules and side effects as the
 * dashboard's single move, one after the other, and the answer says what happened to each: a
 * refused move or another restaurant's booking is reported and left as it was.
 */
export const bulkStatusEndpoint: Endpoint = {
  custom: {
    openapi: {
      tag: 'Staff',
      summary: 'Confirm, cancel or mark no-show several bookings',
      description: 'Each booking goes through the same rules as a single move; each one\'s fate is reported (`ok`, else its `code`). Another restaurant\'s booking is reported as not found and left alone.',
      auth: ['staff'],
      body: bulkStatusSchema,
      bodyExample: { ids: [101, 102], status: 'cancelled' },
      responses: {
        200: {
          description: 'What happened to each booking.',
          schema: z.object({ results: z.array(z.object({ id: z.number(), ok: z.boolean(), status: z.string().optional(), code: z.string().optional(), params: z.record(z.string(), z.unknown()).optional(), error: z.string().optional() })), changed: z.number().int() }),
          example: { results: [{ id: 101, ok: true, status: 'cancelled' }], changed: 1 },
        },
      },
      errors: { 400: ['invalid_json'], 401: ['unauthorized'], 422: [...INPUT_CODES] },
    } satisfies ApiOperation,
  },
  path: '/bulk-status',
  method: 'post',
  handler: endpoint(async (req) => {
    if (!req.user) throw new BookingError(401, 'unauthorized')
    const { ids, status } = bulkStatusSchema.parse(await jsonBody(req))
    const results: Outcome[] = []
    const language = requestLanguage(req)
    for (const id of [...new Set(ids)]) {
      try {
        const updated = await moveReservation(req, id, status, 'the reservations list')
        results.push({ id, ok: true, status: updated.status })
      } catch (error) {
        // The ones before are already committed: report this one rather than fail the whole answer.
        if (!(error instanceof BookingError)) req.payload.logger.error({ err: error, msg: `Bulk status: reservation ${id} failed` })
        const code: ErrorCode = error instanceof BookingError ? error.code : 'server_error'
        const params = error instanceof BookingError ? error.params : {}
        results.push({ id, ok: false, code, ...(Object.keys(params).length ? { params } : {}), error: errorMessage(code, language, params) })
      }
    }
    return Response.json({ results, changed: results.filter((r) => r.ok).length }, { headers: { 'Cache-Control': 'no-store' } })
  }),
}
