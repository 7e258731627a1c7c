import type { Endpoint } from 'payload'
import { z } from 'zod'

import { worksFor } from '../../../infrastructure/access/roles'
import { formatMinor } from '../../../domain/money'
import type { Reservation } from '../../../payload-types'
import { REFUND_DEPOSIT_TASK } from '../payments/refundTask'
import { BookingError, endpoint, jsonBody, requestLanguage } from '../../../infrastructure/http/respond'
import { inTransaction } from '../../../infrastructure/db/transaction'
import { withRequestId } from '../../../infrastructure/ops/jobs'

const refundRequestSchema = z.object({
  amountMinor: z
    .number({ error: (issue) => (issue.code === 'invalid_type' ? 'not_a_number' : undefined) })
    .int('not_whole')
    .positive(),
  reason: z.string().trim().min(3).max(500),
})

/**
 * POST /api/reservations/:id/refund {amountMinor, reason} — a manager or owner gives back (part of) a
 * paid deposit, e.g. after a complaint. Checked against what is left to refund; made by the
 * refund job; recorded in the audit log with who and why.
 */
export const staffRefundEndpoint: Endpoint = {
  path: '/:id/refund',
  method: 'post',
  handler: endpoint(async (req) => {
    if (!req.user) throw new BookingError(401, 'unauthorized')
    const { amountMinor: wanted, reason } = refundRequestSchema.parse(await jsonBody(req))
    const id = Number(req.routeParams?.id)
    const reservation = (await req.payload
      .findByID({ collection: 'reservations', id, depth: 0, req, overrideAccess: false, user: req.user })
      .catch(() => null)) as Reservation | null
    if (!reservation) throw new BookingError(404, 'reservation_not_found')
    if (!worksFor(req.user, reservation.restaurant, 'manager')) throw new BookingError(403, 'refund_forbidden')
    const deposit = reservation.deposit
    if (deposit?.status !== 'paid' && deposit?.status !== 'partially_refunded') throw new BookingError(409, 'not_refundable')
    const currency = deposit.currency ?? 'EUR'
    const left = (deposit.amountMinor ?? 0) - (deposit.refundedMinor ?? 0)
    if (wanted > left) throw new BookingError(422, 'amount_too_high', 'amountMinor', { left: formatMinor(left, currency, requestLanguage(req)) })
    await inTransaction(req, async () => {
      // Each staff refund is its own (idempotent) Stripe refund, keyed by when it was asked.
      await req.payload.jobs.queue({ task: REFUND_DEPOSIT_TASK, input: withRequestId({ reservationId: id, amountMinor: wanted, reason: `staff-${Date.now()}` }), req })
      await req.payload.create({
        collection: 'audit-log',
        data: {
          action: 'refund',
          entity: 'reservations',
          entityId: String(id),
          summary: `Refund of ${formatMinor(wanted, currency, 'en')} on ${reservation.reference}: ${reason}`,
          actor: req.user!.id,
          restaurant: reservation.restaurant,
          changes: { amountMinor: wanted, currency, reason },
        },
        req,
        overrideAccess: true,
      })
    })
    return Response.json({ queued: true, amountMinor: wanted, currency }, { status: 202 })
  }),
}
