import type { PayloadRequest } from 'payload'

import type { Guest } from '../../../payload-types'

/** The booking only needs the profile's id: spend and last visit are not worked out for it. */
const context = { withoutGuestFigures: true }

/** One profile per email: attach the booking to it (creating it the first time) and note the restaurant. */
export async function upsertGuest(
  req: PayloadRequest,
  details: { name: string; email: string; phone?: string },
  locale: 'fr' | 'en',
  restaurantId: number,
): Promise<Guest> {
  const email = details.email.trim().toLowerCase()
  const { docs } = await req.payload.find({ collection: 'guests', where: { email: { equals: email } }, limit: 1, depth: 0, req, pagination: false, context })
  const existing = docs[0]
  if (!existing) {
    return req.payload.create({
      collection: 'guests',
      data: { name: details.name, email, phone: details.phone, locale, restaurants: [restaurantId] },
      req,
      depth: 0,
      context,
    })
  }
  const restaurants = (existing.restaurants ?? []).map((r) => (typeof r === 'object' ? r.id : r))
  if (restaurants.includes(restaurantId) && (existing.phone || !details.phone)) return existing
  return req.payload.update({
    collection: 'guests',
    id: existing.id,
    data: { restaurants: [...new Set([...restaurants, restaurantId])], phone: existing.phone || details.phone },
    req,
    depth: 0,
    context,
  })
}

/**
 * A guest who gave a number and no email (a phone booking): the profile of this restaurant with that
 * number, or a new one, so the host finds them by it next time. Numbers are E.164, so one format matches.
 */
export async function upsertGuestByPhone(req: PayloadRequest, details: { name: string; phone: string }, locale: 'fr' | 'en', restaurantId: number): Promise<Guest> {
  const { docs } = await req.payload.find({
    collection: 'guests',
    where: { and: [{ phone: { equals: details.phone } }, { restaurants: { contains: restaurantId } }] },
    limit: 1,
    depth: 0,
    req,
    pagination: false,
    context,
  })
  return docs[0] ?? req.payload.create({ collection: 'guests', data: { name: details.name, phone: details.phone, locale, restaurants: [restaurantId] }, req, depth: 0, context })
}
