import type { TaskConfig } from 'payload'

import type { Reservation } from '../../../payload-types'
import { stripeClient } from './config'

export const REFUND_DEPOSIT_TASK = 'refundDeposit'

type RefundInput = { reservationId: number; amountMinor: number; reason: string }

/**
 * Refunds (part of) a paid deposit through Stripe. Queued in the transaction that decided it
 * (a cancellation, a late payment, a staff refund), run after it commits, retried on failure.
 * The idempotency key makes a retry or a duplicated job refund once, never twice.
 */
export const refundDepositTask: TaskConfig<{ input: RefundInput; output: { refundId: string } }> = {
  slug: REFUND_DEPOSIT_TASK,
  label: 'Refund a deposit',
  inputSchema: [
    { name: 'reservationId', type: 'number', required: true },
    { name: 'amountMinor', type: 'number', required: true },
    { name: 'reason', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'refundId', type: 'text', required: true }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: Number(process.env.MESSAGE_RETRY_DELAY_MS ?? 30_000) } },
  handler: async ({ input, req }) => {
    const reservation = (await req.payload.findByID({ collection: 'reservations', id: input.reservationId, depth: 0, req })) as Reservation
    const intent = reservation.deposit?.stripePaymentIntentId
    if (!intent) throw new Error(`Booking ${reservation.reference} has no payment to refund`)
    const refund = await stripeClient().refunds.create(
      { payment_intent: intent, amount: input.amountMinor, metadata: { reservationId: String(reservation.id), reference: reservation.reference, reason: input.reason } },
      { idempotencyKey: `refund-${reservation.id}-${input.reason}` },
    )
    const refunded = Math.round((reservation.deposit?.refundedAmount ?? 0) * 100)
    const paid = Math.round((reservation.deposit?.amount ?? 0) * 100)
    // The charge.refunded webhook says the same later; whichever comes first, the larger total stands.
    const total = Math.max(refunded, refund.amount)
    await req.payload.update({
      collection: 'reservations',
      id: reservation.id,
      data: { deposit: { ...reservation.deposit, refundedAmount: total / 100, status: total >= paid ? 'refunded' : 'partially_refunded' } },
      req,
      overrideAccess: true,
      context: { bookingChecked: true },
    })
    return { output: { refundId: refund.id } }
  },
}
