import type { PayloadRequest, TaskConfig } from 'payload'

import type { Reservation } from '../../../payload-types'
import { inTransaction } from '../../../infrastructure/db/transaction'
import { paymentsEnabled, stripeClient } from './config'
import { settleDeposit, type DepositFact } from './settle'

export const RECONCILE_DEPOSITS_TASK = 'reconcileDeposits'

/** What Stripe says about a booking's checkout, asked directly (a webhook may be late or lost). */
async function askStripe(req: PayloadRequest, reservation: Reservation, holdExpired: boolean): Promise<DepositFact | null> {
  const sessionId = reservation.deposit?.stripeCheckoutSessionId
  if (!sessionId || !paymentsEnabled(req.payload)) return holdExpired ? { kind: 'expired' } : null
  const session = await stripeClient(req.payload).checkout.sessions.retrieve(sessionId)
  if (session.payment_status === 'paid' && session.payment_intent) {
    const intent = typeof session.payment_intent === 'string' ? session.payment_intent : session.payment_intent.id
    return { kind: 'paid', paymentIntentId: intent, amountMinor: session.amount_total ?? 0 }
  }
  if (!holdExpired && session.status === 'open') return null
  // Unpaid and out of time: close the page so nobody pays for a table we no longer hold.
  if (session.status === 'open') await stripeClient(req.payload).checkout.sessions.expire(sessionId).catch(() => undefined)
  return { kind: 'expired' }
}

/** One booking, now: what the guest's return from the checkout page triggers, so they see the truth at once. */
export async function reconcileReservation(req: PayloadRequest, reservation: Reservation, now = new Date()) {
  if (reservation.status !== 'pending_payment') return 'unchanged'
  const holdExpired = !reservation.holdExpiresAt || new Date(reservation.holdExpiresAt) <= now
  const fact = await askStripe(req, reservation, holdExpired)
  return fact ? inTransaction(req, () => settleDeposit(req, reservation.id, fact)) : 'unchanged'
}

/**
 * Every minute: each booking still waiting for its deposit is checked with Stripe. Paid ones are
 * confirmed even if their webhook never came; those whose hold ran out unpaid are cancelled (the
 * guest is told, the waitlist offered the table). Their tables were already free to others the
 * moment the hold expired.
 */
export async function reconcileDeposits(req: PayloadRequest, now = new Date()) {
  const { docs } = await req.payload.find({
    collection: 'reservations',
    where: { status: { equals: 'pending_payment' } },
    limit: 200,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const outcomes: string[] = []
  for (const reservation of docs) outcomes.push(await reconcileReservation(req, reservation, now))
  return outcomes.filter((outcome) => outcome !== 'unchanged')
}

export const reconcileDepositsTask: TaskConfig<{ input: Record<string, never>; output: { settled: number } }> = {
  slug: RECONCILE_DEPOSITS_TASK,
  label: 'Reconcile deposits with Stripe, release expired holds',
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  outputSchema: [{ name: 'settled', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { settled: (await reconcileDeposits(req)).length } }),
}
