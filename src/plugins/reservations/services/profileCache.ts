import type { Payload } from 'payload'

import type { RestaurantRules, Table } from '../../../domain/availability/types'
import type { Restaurant } from '../../../payload-types'
import { rulesOf, tableOf } from './context'

export interface BookingProfile {
  restaurant: Restaurant
  /** one rules object per restaurant version: the engine memoises its time-zone maths on it */
  rules: RestaurantRules
  tables: Table[]
}

/**
 * Restaurants and their tables change a few times a day; availability is asked hundreds of times a
 * minute. The read path keeps them in memory, dropped whenever a restaurant or table changes in
 * this process and after TTL_MS at most (other nodes' edits). Bookings are never cached, and the
 * booking path itself always reads fresh data under its lock.
 */
const TTL_MS = 30_000
const cache = new Map<string, { expires: number; profile: Promise<BookingProfile | null> }>()

export function cachedBookingProfile(payload: Payload, slug: string): Promise<BookingProfile | null> {
  const hit = cache.get(slug)
  if (hit && hit.expires > Date.now()) return hit.profile
  const profile = loadProfile(payload, slug)
  cache.set(slug, { expires: Date.now() + TTL_MS, profile })
  // A failed load must not be remembered.
  profile.catch(() => cache.delete(slug))
  return profile
}

async function loadProfile(payload: Payload, slug: string): Promise<BookingProfile | null> {
  const { docs } = await payload.find({ collection: 'restaurants', where: { slug: { equals: slug } }, limit: 1, depth: 0, pagination: false })
  const restaurant = docs[0]
  if (!restaurant) return null
  const tables = await payload.find({ collection: 'tables', where: { restaurant: { equals: restaurant.id } }, limit: 0, depth: 0, sort: 'id', pagination: false })
  return { restaurant, rules: rulesOf(restaurant), tables: tables.docs.map(tableOf) }
}

export function forgetBookingProfiles(): void {
  cache.clear()
}

/** For restaurants' and tables' afterChange / afterDelete hooks. */
export const forgetBookingProfilesHook = ({ doc }: { doc: unknown }) => {
  forgetBookingProfiles()
  return doc
}
