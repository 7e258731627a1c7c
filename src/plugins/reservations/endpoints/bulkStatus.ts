import type { Endpoint } from 'payload'
import { z } from 'zod'

import { BULK_ACTIONS } from '../../../domain/reservations/transitions'
import { moveReservation } from '../services/statusChange'
import { BookingError, endpoint, jsonBody } from '../../../infrastructure/http/respond'

const bulkStatusSchema = z.object({
  ids: z
    .array(z.number().int().positive(), { message: 'ids must be a list of reservation ids' })
    .min(1, 'Select at least one reservation')
    .max(200, 'At most 200 reservations at once'),
  status: z.enum(BULK_ACTIONS, { message: `status must be one of ${BULK_ACTIONS.join(', ')}` }),
})

type Outcome = { id: number; ok: boolean; status?: string; error?: string }

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
    if (!req.user) throw new BookingError(401, 'Sign in to change bookings', 'unauthorized')
    const { ids, status } = bulkStatusSchema.parse(await jsonBody(req))
    const results: Outcome[] = []
    for (const id of [...new Set(ids)]) {
      try {
        const updated = await moveReservation(req, id, status, 'the reservations list')
        results.push({ id, ok: true, status: updated.status })
      } catch (error) {
        // The ones before are already committed: report this one rather than fail the whole answer.
        if (!(error instanceof BookingError)) req.payload.logger.error({ err: error, msg: `Bulk status: reservation ${id} failed` })
        results.push({ id, ok: false, error: error instanceof BookingError ? error.message : 'Could not be changed; please try again' })
      }
    }
    return Response.json({ results, changed: results.filter((r) => r.ok).length }, { headers: { 'Cache-Control': 'no-store' } })
  }),
}
