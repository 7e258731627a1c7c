import type { StripeWebhookHandler } from '@payloadcms/plugin-stripe/types'
import type { PayloadRequest, TaskConfig } from 'payload'
import type Stripe from 'stripe'

import { PG, pgCode } from '../../../infrastructure/db/execute'
import { inTransaction } from '../../../infrastructure/db/transaction'
import { settleDeposit, type DepositFact } from './settle'
import { withRequestId } from '../../../infrastructure/ops/jobs'
import { metrics } from '../../../infrastructure/ops/metrics'

export const APPLY_PAYMENT_EVENT_TASK = 'applyPaymentEvent'

/** The events that change a booking; anything else Stripe sends is acknowledged and ignored. */
const HANDLED = new Set(['checkout.session.completed', 'checkout.session.async_payment_succeeded', 'checkout.session.expired', 'payment_intent.succeeded', 'charge.refunded'])

type Obj = { metadata?: Record<string, string> | null }

function reservationIdOf(event: Stripe.Event): number | null {
  const object = event.data.object as Obj
  const id = Number(object.metadata?.reservationId)
  return Number.isInteger(id) && id > 0 ? id : null
}

/** What an event says, in our terms. */
function factOf(event: Stripe.Event): DepositFact | null {
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      const session = event.data.object as Stripe.Checkout.Session
      if (session.payment_status !== 'paid' || !session.payment_intent) return null
      const intent = typeof session.payment_intent === 'string' ? session.payment_intent : session.payment_intent.id
      return { kind: 'paid', paymentIntentId: intent, amountMinor: session.amount_total ?? 0 }
    }
    case 'payment_intent.succeeded': {
      const intent = event.data.object as Stripe.PaymentIntent
      return { kind: 'paid', paymentIntentId: intent.id, amountMinor: intent.amount_received }
    }
    case 'checkout.session.expired':
      return { kind: 'expired' }
    case 'charge.refunded':
      return { kind: 'refunded', refundedMinor: (event.data.object as Stripe.Charge).amount_refunded }
    default:
      return null
  }
}

/** A second delivery of an event we have: Postgres's unique index, as Payload reports it. */
function isReplay(error: unknown): boolean {
  if (pgCode(error) === PG.uniqueViolation) return true
  const errors = (error as { data?: { errors?: { path?: string; message?: string }[] } })?.data?.errors ?? []
  return errors.some((e) => e.path === 'eventId' && /unique/i.test(e.message ?? ''))
}

/**
 * plugin-stripe has verified the signature and already answered Stripe. Here we only store the
 * event (once: its id is unique) and queue the job that applies it, in one transaction. A replay
 * hits the unique index and stops here.
 */
export const receiveStripeEvent: StripeWebhookHandler = async ({ event, req }) => {
  const stripeEvent = event as Stripe.Event
  if (!HANDLED.has(stripeEvent.type)) {
    metrics().webhookEvents.inc({ type: stripeEvent.type, outcome: 'ignored' })
    return
  }
  const request = req as PayloadRequest
  try {
    await inTransaction(request, async () => {
      await request.payload.create({
        collection: 'payment-events',
        data: { eventId: stripeEvent.id, type: stripeEvent.type, reservation: reservationIdOf(stripeEvent), payload: stripeEvent as never, status: 'received' },
        req: request,
        overrideAccess: true,
      })
      await request.payload.jobs.queue({ task: APPLY_PAYMENT_EVENT_TASK, input: withRequestId({ eventId: stripeEvent.id }), req: request })
    })
    metrics().webhookEvents.inc({ type: stripeEvent.type, outcome: 'stored' })
  } catch (error) {
    if (!isReplay(error)) throw error
    metrics().webhookEvents.inc({ type: stripeEvent.type, outcome: 'replay' })
  }
}

export const applyPaymentEventTask: TaskConfig<{ input: { eventId: string }; output: { outcome: string } }> = {
  slug: APPLY_PAYMENT_EVENT_TASK,
  label: 'Apply a Stripe event',
  inputSchema: [{ name: 'eventId', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const { docs } = await req.payload.find({ collection: 'payment-events', where: { eventId: { equals: input.eventId } }, limit: 1, depth: 0, req, overrideAccess: true })
    const stored = docs[0]
    if (!stored || stored.status !== 'received') return { output: { outcome: stored?.outcome ?? 'missing' } }
    const event = stored.payload as unknown as Stripe.Event
    const fact = factOf(event)
    const reservationId = reservationIdOf(event)
    const outcome = await inTransaction(req, async () => {
      const result = fact && reservationId ? await settleDeposit(req, reservationId, fact) : 'ignored'
      await req.payload.update({ collection: 'payment-events', id: stored.id, data: { status: result === 'ignored' ? 'ignored' : 'applied', outcome: result }, req, overrideAccess: true })
      return result
    })
    return { output: { outcome } }
  },
}
