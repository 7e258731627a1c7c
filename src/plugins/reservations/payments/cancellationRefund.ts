import type { PayloadRequest } from 'payload'

import { cancellationOutcome, noShowOutcome } from '../../../domain/policies/cancellation'
import type { Reservation, Restaurant } from '../../../payload-types'
import { REFUND_DEPOSIT_TASK } from './refundTask'
import { withRequestId } from '../../../infrastructure/ops/jobs'

/**
 * A confirmed booking with a paid deposit was cancelled: the guest gets back what the policy says
 * (stated to them before they confirmed), or everything when the restaurant cancelled. The refund
 * is queued in the cancellation's transaction and made by a job. Returns what will be refunded.
 */
export async function refundOnCancellation(req: PayloadRequest, doc: Reservation, previous: Reservation, restaurant: Restaurant, now = new Date()) {
  const deposit = doc.deposit
  if (!['confirmed', 'seated'].includes(previous.status) || deposit?.status !== 'paid' || !deposit.stripePaymentIntentId) return undefined
  const paidMinor = deposit.amountMinor ?? 0
  const policy = restaurant.cancellation ?? { freeUntilHours: 0, refundPercentAfter: 100 }
  const byRestaurant = doc.cancellation?.cancelledBy !== 'guest'
  const refundMinor = byRestaurant
    ? paidMinor
    : cancellationOutcome({ freeUntilHours: policy.freeUntilHours ?? 0, refundPercentAfter: policy.refundPercentAfter ?? 0 }, new Date(doc.startsAt), paidMinor, now).refundMinor
  if (refundMinor <= 0) return undefined
  await req.payload.jobs.queue({ task: REFUND_DEPOSIT_TASK, input: withRequestId({ reservationId: doc.id, amountMinor: refundMinor, reason: 'cancellation' }), req })
  return { amountMinor: refundMinor, currency: deposit.currency ?? restaurant.currency ?? 'EUR' }
}

/** Marked as a no-show: the deposit pays the policy's no-show fee; any deposit beyond it goes back. */
export async function refundOnNoShow(req: PayloadRequest, doc: Reservation, previous: Reservation, restaurant: Restaurant) {
  const deposit = doc.deposit
  if (!['confirmed', 'seated'].includes(previous.status) || deposit?.status !== 'paid' || !deposit.stripePaymentIntentId) return
  const { refundMinor } = noShowOutcome({ noShowFeeMinor: restaurant.cancellation?.noShowFeeMinor }, doc.partySize, deposit.amountMinor ?? 0)
  if (refundMinor > 0) await req.payload.jobs.queue({ task: REFUND_DEPOSIT_TASK, input: withRequestId({ reservationId: doc.id, amountMinor: refundMinor, reason: 'no_show_excess' }), req })
}
