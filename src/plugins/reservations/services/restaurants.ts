import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { Restaurant } from '../../../payload-types'
import { BookingError } from '../../../infrastructure/http/respond'

/**
 * A booking reads its restaurant in the endpoint, then again in the reservation's hooks (occupancy,
 * notifications, rules): once per request is enough, since nothing in the request changes it — and
 * a restaurant's own update forgets it (`forgetRequestRestaurants`).
 */
const READ_IN_THIS_REQUEST = 'restaurantsReadInThisRequest'

function requestMemo(req: PayloadRequest): Map<string, Promise<Restaurant>> {
  return ((req.context[READ_IN_THIS_REQUEST] as Map<string, Promise<Restaurant>> | undefined) ??= new Map())
}

export function restaurantById(req: PayloadRequest, id: number | string): Promise<Restaurant> {
  const memo = requestMemo(req)
  const key = String(id)
  let found = memo.get(key)
  if (!found) {
    found = req.payload.findByID({ collection: 'restaurants', id, depth: 0, req })
    memo.set(key, found)
    found.catch(() => memo.delete(key))
  }
  return found
}

export const forgetRequestRestaurants: CollectionAfterChangeHook = ({ doc, req }) => {
  delete req.context[READ_IN_THIS_REQUEST]
  return doc
}

export async function restaurantBySlug(req: PayloadRequest, slug: unknown): Promise<Restaurant> {
  if (typeof slug !== 'string' || !/^[a-z0-9-]{1,96}$/.test(slug)) throw new BookingError(404, 'restaurant_not_found')
  const { docs } = await req.payload.find({ collection: 'restaurants', where: { slug: { equals: slug } }, limit: 1, depth: 0, req, pagination: false })
  if (!docs[0]) throw new BookingError(404, 'restaurant_not_found')
  requestMemo(req).set(String(docs[0].id), Promise.resolve(docs[0]))
  return docs[0]
}
