import type { PayloadRequest } from 'payload'

import { localDateOf, localTimeOf } from '../../../../domain/availability'
import type { Reservation, Restaurant } from '../../../../payload-types'
import { restaurantPageUrl } from '../../services/siteLinks'
import { queueMessage } from '../queue'

/** Guests offered one freed table at once: first to book wins, the others find the times taken. */
const OFFERS_PER_FREED_TABLE = 3

/**
 * A booking was cancelled or moved away from its slot: waitlisted guests whose window covers that
 * time and whose party fits get an offer, valid for the restaurant's offer window, oldest first.
 */
export async function offerFreedTable(req: PayloadRequest, freed: Reservation, restaurant: Restaurant, now = new Date()) {
  const date = localDateOf(new Date(freed.startsAt), restaurant.timeZone)
  const time = localTimeOf(new Date(freed.startsAt), restaurant.timeZone)
  const { docs } = await req.payload.find({
    collection: 'waitlist',
    where: {
      restaurant: { equals: restaurant.id },
      date: { equals: date },
      status: { equals: 'waiting' },
      partySize: { less_than_equal: freed.partySize },
      windowStart: { less_than_equal: time },
      windowEnd: { greater_than_equal: time },
    },
    sort: 'createdAt',
    limit: OFFERS_PER_FREED_TABLE,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const expiresAt = new Date(now.getTime() + (restaurant.notifications?.waitlistOfferMinutes ?? 30) * 60_000).toISOString()
  for (const entry of docs) {
    const locale = entry.guestLocale === 'en' ? 'en' : 'fr'
    await req.payload.update({ collection: 'waitlist', id: entry.id, data: { status: 'offered', offerExpiresAt: expiresAt }, req, overrideAccess: true })
    const url = await restaurantPageUrl(req, restaurant.slug, locale, 'book', `date=${date}&party=${entry.partySize}`)
    await queueMessage(req, {
      channel: 'email',
      kind: 'waitlist_offer',
      to: entry.guestEmail,
      locale,
      restaurant: restaurant.id,
      waitlistEntry: entry.id,
      details: { url, expiresAt, time },
    })
  }
}
