import type { CollectionAfterChangeHook } from 'payload'

import { webhookEventsFor, type BookingFacts } from '../../../domain/webhooks'
import { relationId } from '../../../infrastructure/access/roles'
import type { Reservation } from '../../../payload-types'
import { restaurantById } from '../services/restaurants'
import { settingsOf } from '../settings'
import { reservationEvent } from './payload'
import { queueWebhookEvents, subscribedEndpoints } from './queue'

const factsOf = (doc: Reservation): BookingFacts => ({
  status: doc.status,
  startsAt: doc.startsAt,
  endsAt: doc.endsAt,
  partySize: doc.partySize,
  tables: (doc.tables ?? []).map((table) => relationId(table as never)!),
  depositStatus: doc.deposit?.status,
  refundedMinor: doc.deposit?.refundedMinor,
})

/**
 * Tells the restaurant's webhook endpoints what happened to a booking, whoever changed it (the
 * site, staff, Stripe's webhooks through settleDeposit, the API). Only seeding is quiet: a booking
 * released silently to the guest (a checkout that could not open) is still news to a partner that
 * heard it was made.
 */
export const emitReservationWebhooks: CollectionAfterChangeHook<Reservation> = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.seeding || req.context.seeding || !settingsOf(req.payload).enabled) return doc
  const types = webhookEventsFor(operation === 'update' ? factsOf(previousDoc) : undefined, factsOf(doc))
  if (types.length === 0) return doc
  const restaurantId = Number(relationId(doc.restaurant))
  const endpoints = await subscribedEndpoints(req, restaurantId, types)
  if (endpoints.length === 0) return doc
  const restaurant = await restaurantById(req, restaurantId)
  const previous = operation === 'update' ? previousDoc : undefined
  await queueWebhookEvents(req, endpoints, types.map((type) => reservationEvent(type, doc, previous, restaurant)))
  return doc
}
