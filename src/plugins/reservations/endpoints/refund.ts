import type { Endpoint } from 'payload'
import { z } from 'zod'

import { worksFor } from '../../../infrastructure/access/roles'
import { formatMinor } from '../../../domain/money'
import type { Reservation } from '../../../payload-types'
import { REFUND_DEPOSIT_TASK } from '../payments/refundTask'
import { BookingError, endpoint, jsonBody, requestLanguage } from '../../../infrastructure/http/respond'
import { inTransaction } from '../../../infrastructure/db/transaction'
import { withRequestId } from '../../../infrastructure/ops/jobs'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'

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
  custom: {
    openapi: {
      tag: 'Staff',
      summary: 'Refund (part of) a paid deposit',
      description: 'Made by the refund job through Stripe; audited with who and why. Managers and owners of the booking\'s restaurant.',
      auth: ['staff'],
      params: { id: { description: 'The reservation.', schema: z.number().int() } },
      body: refundRequestSchema,
      bodyExample: { amountMinor: 1500, reason: 'Dish served cold' },
      responses: { 202: { description: 'Queued.', schema: z.object({ queued: z.literal(true), amountMinor: z.number().int(), currency: z.string() }), example: { queued: true, amountMinor: 1500, currency: 'EUR' } } },
      errors: { 400: ['invalid_json'], 401: ['unauthorized'], 403: ['refund_forbidden'], 404: ['reservation_not_found'], 409: ['not_refundable'], 422: ['amount_too_high', 'not_a_number', 'not_whole', 'too_small', 'too_big', 'required'] },
    } satisfies ApiOperation,
  },
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
