import { randomUUID } from 'node:crypto'

import type { AnyWebhookEventType } from '../../../domain/webhooks'
import { relationId } from '../../../infrastructure/access/roles'
import type { Reservation, Restaurant } from '../../../payload-types'

/**
 * What a receiver gets: the booking's public facts, never the guest's name, email, phone, notes or
 * the manage token. A partner that needs the guest asks the API with its own key and scopes
 * (README: Webhooks, "What an event carries").
 */
export interface WebhookReservation {
  id: number
  reference: string
  restaurant: { id: number; slug: string }
  status: string
  source: string
  /** the partner's API key that made the booking (source `api`), so a partner can tell its own bookings */
  integration: { id: number } | null
  startsAt: string
  endsAt: string
  partySize: number
  tables: number[]
  occasion: string | null
  deposit: { status: string; amountMinor: number | null; refundedMinor: number; currency: string } | null
  createdAt: string
  updatedAt: string
}

export interface WebhookEvent {
  id: string
  type: AnyWebhookEventType
  createdAt: string
  data: { reservation?: WebhookReservation; previous?: Pick<WebhookReservation, 'status' | 'startsAt' | 'endsAt' | 'partySize' | 'tables'>; message?: string }
}

const ids = (values: Reservation['tables']) => (values ?? []).map((value) => Number(relationId(value as never)))

export function webhookReservation(doc: Reservation, restaurant: Pick<Restaurant, 'id' | 'slug'>): WebhookReservation {
  const deposit = doc.deposit && doc.deposit.status && doc.deposit.status !== 'none' ? doc.deposit : null
  return {
    id: doc.id,
    reference: doc.reference,
    restaurant: { id: restaurant.id, slug: restaurant.slug },
    status: doc.status,
    source: doc.source,
    integration: doc.integration ? { id: Number(relationId(doc.integration as never)) } : null,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    partySize: doc.partySize,
    tables: ids(doc.tables),
    occasion: doc.occasion ?? null,
    deposit: deposit ? { status: deposit.status!, amountMinor: deposit.amountMinor ?? null, refundedMinor: deposit.refundedMinor ?? 0, currency: deposit.currency ?? 'EUR' } : null,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  }
}

/** A new event: its id is the idempotency key a receiver keeps, the same on every retry. */
export function webhookEvent(type: AnyWebhookEventType, data: WebhookEvent['data']): WebhookEvent {
  return { id: `evt_${randomUUID().replace(/-/g, '')}`, type, createdAt: new Date().toISOString(), data }
}

export function reservationEvent(type: AnyWebhookEventType, doc: Reservation, previous: Reservation | undefined, restaurant: Pick<Restaurant, 'id' | 'slug'>): WebhookEvent {
  const reservation = webhookReservation(doc, restaurant)
  if (type !== 'reservation.changed' || !previous) return webhookEvent(type, { reservation })
  const before = webhookReservation(previous, restaurant)
  return webhookEvent(type, { reservation, previous: { status: before.status, startsAt: before.startsAt, endsAt: before.endsAt, partySize: before.partySize, tables: before.tables } })
}
