import type { TaskConfig } from 'payload'

import type { Reservation } from '../../../payload-types'
import { inTransaction } from '../../../infrastructure/db/transaction'
import { stripeClient } from './config'
import { settleDeposit } from './settle'
import { REFUND_DEPOSIT_TASK, type RefundInput } from './refundTask'


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
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const reservation = (await req.payload.findByID({ collection: 'reservations', id: input.reservationId, depth: 0, req })) as Reservation
    const intent = reservation.deposit?.stripePaymentIntentId
    if (!intent) throw new Error(`Booking ${reservation.reference} has no payment to refund`)
    const refund = await stripeClient(req.payload).refunds.create(
      { payment_intent: intent, amount: input.amountMinor, metadata: { reservationId: String(reservation.id), reference: reservation.reference, reason: input.reason } },
      { idempotencyKey: `refund-${reservation.id}-${input.reason}` },
    )
    // Stripe's own total for the payment (every refund so far), recorded as the charge.refunded
    // webhook would record it: one rule, whichever of the two comes first.
    const refunds = await stripeClient(req.payload).refunds.list({ payment_intent: intent, limit: 100 })
    const refundedMinor = refunds.data.filter((r) => r.status !== 'failed' && r.status !== 'canceled').reduce((sum, r) => sum + r.amount, 0)
    await inTransaction(req, () => settleDeposit(req, reservation.id, { kind: 'refunded', refundedMinor }))
    return { output: { refundId: refund.id } }
  },
}
