import type { Endpoint } from 'payload'
import { z } from 'zod'

import { BULK_ACTIONS } from '../../../domain/reservations/transitions'
import { moveReservation } from '../services/statusChange'
import { errorMessage, type ErrorCode, type ErrorParams } from '../../../domain/errors'
import { BookingError, endpoint, jsonBody, requestLanguage } from '../../../infrastructure/http/respond'

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
