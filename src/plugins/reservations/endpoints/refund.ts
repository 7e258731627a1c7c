import type { Endpoint } from 'payload'
import { z } from 'zod'

import { worksFor } from '../../../infrastructure/access/roles'
import { toMinorUnits } from '../../../domain/money'
import type { Reservation } from '../../../payload-types'
import { REFUND_DEPOSIT_TASK } from '../payments/refundTask'
import { BookingError, endpoint, jsonBody } from '../../../infrastructure/http/respond'
import { inTransaction } from '../../../infrastructure/db/transaction'
import { withRequestId } from '../../../infrastructure/ops/jobs'

const refundRequestSchema = z.object({
  amount: z.number({ error: (issue) => (issue.code === 'invalid_type' ? 'not_a_number' : undefined) }).positive(),
  reason: z.string().trim().min(3).max(500),
})

/**
 * POST /api/reservations/:id/refund {amount, reason} — a manager or owner gives back (part of) a
 * paid deposit, e.g. after a complaint. Checked against what is left to refund; made by the
 * refund job; recorded in the audit log with who and why.
 */
export const staffRefundEndpoint: Endpoint = {
  path: '/:id/refund',
  method: 'post',
  handler: endpoint(async (req) => {
    if (!req.user) throw new BookingError(401, 'unauthorized')
    const { amount, reason } = refundRequestSchema.parse(await jsonBody(req))
    const id = Number(req.routeParams?.id)
    const reservation = (await req.payload
      .findByID({ collection: 'reservations', id, depth: 0, req, overrideAccess: false, user: req.user })
      .catch(() => null)) as Reservation | null
    if (!reservation) throw new BookingError(404, 'reservation_not_found')
    if (!worksFor(req.user, reservation.restaurant, 'manager')) throw new BookingError(403, 'refund_forbidden')
    const deposit = reservation.deposit
    if (deposit?.status !== 'paid' && deposit?.status !== 'partially_refunded') throw new BookingError(409, 'not_refundable')
    const left = toMinorUnits(deposit.amount ?? 0) - toMinorUnits(deposit.refundedAmount ?? 0)
    const wanted = toMinorUnits(amount)
    if (wanted > left) throw new BookingError(422, 'amount_too_high', 'amount', { left: (left / 100).toFixed(2) })
    await inTransaction(req, async () => {
      // Each staff refund is its own (idempotent) Stripe refund, keyed by when it was asked.
      await req.payload.jobs.queue({ task: REFUND_DEPOSIT_TASK, input: withRequestId({ reservationId: id, amountMinor: wanted, reason: `staff-${Date.now()}` }), req })
      await req.payload.create({
        collection: 'audit-log',
        data: {
          action: 'refund',
          entity: 'reservations',
          entityId: String(id),
          summary: `Refund of ${amount.toFixed(2)} ${deposit.currency ?? ''} on ${reservation.reference}: ${reason}`.replace('  ', ' '),
          actor: req.user!.id,
          restaurant: reservation.restaurant,
          changes: { amount, reason },
        },
        req,
        overrideAccess: true,
      })
    })
    return Response.json({ queued: true, amount: wanted / 100 }, { status: 202 })
  }),
}
