import type { PayloadRequest } from 'payload'

import type { Reservation } from '../../../payload-types'
import { execute, sql } from '../../../infrastructure/db/execute'
import { REFUND_DEPOSIT_TASK } from './refundTask'
import { withRequestId } from '../../../infrastructure/ops/jobs'

export type DepositFact =
  | { kind: 'paid'; paymentIntentId: string; amountMinor: number }
  | { kind: 'expired' }
  | { kind: 'refunded'; refundedMinor: number }

type Outcome = 'confirmed' | 'cancelled' | 'refund_late_payment' | 'recorded' | 'unchanged'

const update = (req: PayloadRequest, reservation: Reservation, data: Partial<Reservation>) =>
  req.payload.update({ collection: 'reservations', id: reservation.id, data, req, overrideAccess: true, context: { bookingChecked: true } })

/**
 * Applies one thing Stripe says about a booking's deposit, inside the caller's transaction. Every branch checks the booking's
 * current state first, so the same fact applied twice, or facts in any order, end in the same
 * state: paid confirms a pending booking once; expiry cancels only a booking still unpaid; a
 * payment that arrives after its hold was given up is refunded in full.
 */
export async function settleDeposit(req: PayloadRequest, reservationId: number, fact: DepositFact): Promise<Outcome> {
  // Two events about one booking may be applied at the same moment: one at a time, each seeing the other's result.
  await execute(req, sql`SELECT id FROM reservations WHERE id = ${reservationId} FOR UPDATE`)
  const reservation = (await req.payload.findByID({ collection: 'reservations', id: reservationId, depth: 0, req, disableErrors: true })) as Reservation | null
  if (!reservation) return 'unchanged'
  const deposit = reservation.deposit ?? {}

  if (fact.kind === 'paid') {
    if (deposit.stripePaymentIntentId === fact.paymentIntentId && deposit.status !== 'pending') return 'unchanged'
    const paid = { ...deposit, status: 'paid' as const, stripePaymentIntentId: fact.paymentIntentId, amountMinor: fact.amountMinor }
    if (reservation.status === 'pending_payment') {
      try {
        await update(req, reservation, { status: 'confirmed', holdExpiresAt: null, deposit: paid })
        return 'confirmed'
      } catch (error) {
        // The hold had lapsed and someone else has the table now: the payment goes back.
        if ((error as { status?: number }).status !== 409) throw error
        await update(req, reservation, {
          status: 'cancelled',
          deposit: paid,
          cancellation: { cancelledBy: 'system', reason: 'Paid after the hold expired; the table was taken meanwhile' },
        })
      }
    } else {
      await update(req, reservation, { deposit: paid })
    }
    if (reservation.status !== 'confirmed' && reservation.status !== 'seated' && reservation.status !== 'completed') {
      await req.payload.jobs.queue({ task: REFUND_DEPOSIT_TASK, input: withRequestId({ reservationId, amountMinor: fact.amountMinor, reason: 'late_payment' }), req })
      return 'refund_late_payment'
    }
    return 'recorded'
  }

  if (fact.kind === 'expired') {
    if (reservation.status !== 'pending_payment' || deposit.status === 'paid') return 'unchanged'
    await update(req, reservation, {
      status: 'cancelled',
      deposit: { ...deposit, status: 'failed' },
      cancellation: { cancelledBy: 'system', reason: 'The deposit was not paid before the hold expired' },
    })
    return 'cancelled'
  }

  const refunded = Math.max(deposit.refundedMinor ?? 0, fact.refundedMinor)
  if (refunded === (deposit.refundedMinor ?? 0) && deposit.status !== 'paid') return 'unchanged'
  const paidMinor = deposit.amountMinor ?? 0
  await update(req, reservation, {
    deposit: { ...deposit, refundedMinor: refunded, status: refunded >= paidMinor ? 'refunded' : 'partially_refunded' },
  })
  return 'recorded'
}
