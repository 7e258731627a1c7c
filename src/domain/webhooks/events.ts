/**
 * Which webhook events a booking's creation or change causes. Pure: the plugin's hook gives the
 * booking before and after, and queues one delivery per event and subscribed endpoint.
 */
export const RESERVATION_EVENTS = ['reservation.created', 'reservation.changed', 'reservation.cancelled', 'reservation.seated', 'reservation.no_show'] as const
export const PAYMENT_EVENTS = ['payment.deposit_paid', 'payment.refunded'] as const
/** What an endpoint may subscribe to. */
export const WEBHOOK_EVENTS = [...RESERVATION_EVENTS, ...PAYMENT_EVENTS] as const
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number]
/** The test event the admin's "Send test event" button sends, to any endpoint whatever it subscribed to. */
export type AnyWebhookEventType = WebhookEventType | 'ping'

export interface BookingFacts {
  status: string
  startsAt: string
  endsAt?: string | null
  partySize: number
  /** Table ids, in any order. */
  tables: Array<number | string>
  depositStatus?: string | null
  refundedMinor?: number | null
}

const sameInstant = (a?: string | null, b?: string | null) => (a && b ? new Date(a).getTime() === new Date(b).getTime() : a === b)
const sameTables = (a: BookingFacts['tables'], b: BookingFacts['tables']) => [...a].map(String).sort().join() === [...b].map(String).sort().join()

/** A change a partner acts on: another time or length, another party size or table, or a held booking confirmed. */
function changedPlan(before: BookingFacts, after: BookingFacts): boolean {
  if (before.status === 'pending_payment' && after.status === 'confirmed') return true
  if (after.status !== before.status) return false
  return !sameInstant(before.startsAt, after.startsAt) || !sameInstant(before.endsAt, after.endsAt) || before.partySize !== after.partySize || !sameTables(before.tables, after.tables)
}

const STATUS_EVENTS: Partial<Record<string, WebhookEventType>> = {
  cancelled: 'reservation.cancelled',
  seated: 'reservation.seated',
  no_show: 'reservation.no_show',
}

/**
 * The events, in the order a receiver should apply them. A new booking is `created` whatever its
 * status (a held one says `pending_payment`); notes and internal fields change nothing a partner sees.
 */
export function webhookEventsFor(before: BookingFacts | undefined, after: BookingFacts): WebhookEventType[] {
  if (!before) return after.depositStatus === 'paid' ? ['reservation.created', 'payment.deposit_paid'] : ['reservation.created']
  const events: WebhookEventType[] = []
  if (before.depositStatus !== 'paid' && after.depositStatus === 'paid') events.push('payment.deposit_paid')
  if ((after.refundedMinor ?? 0) > (before.refundedMinor ?? 0)) events.push('payment.refunded')
  if (changedPlan(before, after)) events.push('reservation.changed')
  const statusEvent = after.status !== before.status ? STATUS_EVENTS[after.status] : undefined
  if (statusEvent) events.push(statusEvent)
  return events
}
