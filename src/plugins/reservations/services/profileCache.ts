import type pg from 'pg'
import type { Payload, PayloadRequest } from 'payload'

import type { RestaurantRules, Table } from '../../../domain/availability/types'
import { listenToChannel, notifyOnCommit, type ChannelListener } from '../../../infrastructure/db/notifications'
import type { Restaurant } from '../../../payload-types'
import { rulesOf, tableOf } from './context'

export interface BookingProfile {
  restaurant: Restaurant
  /** one rules object per restaurant version: the engine memoises its time-zone maths on it */
  rules: RestaurantRules
  tables: Table[]
}

/** The Postgres channel on which every app node hears that a restaurant or table changed. */
export const BOOKING_PROFILES_CHANNEL = 'techplus_booking_profiles'

/**
 * Kept at most this long even when every change is heard: a change made outside the app (psql, a
 * restore, a migration) sends no notice, and a notice can be lost in a gap the listener cannot see.
 */
const SAFETY_TTL_MS = 30_000
/** While the listener is down (or not yet up) a node hears nothing: it reloads this often instead. */
const OFFLINE_TTL_MS = 2_000

export interface BookingProfileCacheOptions {
  /** Where to LISTEN: the app's own database (its pool's settings) unless given; null to hear nothing. */
  connection?: pg.ClientConfig | null
  load?: (payload: Payload, slug: string) => Promise<BookingProfile | null>
  safetyTtlMs?: number
  offlineTtlMs?: number
  /** Wait before connecting the listener again after a loss. */
  retryDelayMs?: number
  /** How often the listener checks that its connection still answers. */
  heartbeatMs?: number
}

export interface BookingProfileCache {
  get: (payload: Payload, slug: string) => Promise<BookingProfile | null>
  forget: () => void
  /** true while this cache hears every node's changes */
  listening: () => boolean
  close: () => Promise<void>
}

/**
 * Restaurants and their tables change a few times a day; availability is asked hundreds of times a
 * minute. The read path keeps them in memory until any node changes a restaurant or a table: the
 * change's transaction sends a Postgres notice that every node's listener receives once it commits
 * (notifyOnCommit), so no node can reload the row as it was before the change. A publish from the
 * afterChange hook (Redis pub/sub) would run inside the still-open transaction and let another node
 * reload and keep the old row. Bookings are never cached, and the booking path itself always reads
 * fresh data under its lock.
 */
export function bookingProfileCache(options: BookingProfileCacheOptions = {}): BookingProfileCache {
  const { load = loadProfile, safetyTtlMs = SAFETY_TTL_MS, offlineTtlMs = OFFLINE_TTL_MS } = options
  const cache = new Map<string, { expires: number; profile: Promise<BookingProfile | null> }>()
  let listener: ChannelListener | null | undefined

  const forget = () => cache.clear()

  /** Started by the first read, so scripts that only write (seed, migrations, jobs) hold no connection. */
  const startListening = (payload: Payload) => {
    const connection = options.connection === undefined ? (payload.db as { poolOptions?: pg.ClientConfig }).poolOptions : options.connection
    listener = connection
      ? listenToChannel({
          connection,
          channel: BOOKING_PROFILES_CHANNEL,
          onMessage: forget,
          onGap: forget,
          retryDelayMs: options.retryDelayMs,
          heartbeatMs: options.heartbeatMs,
          log: (message) => payload.logger.warn(message),
        })
      : null
  }

  return {
    get(payload, slug) {
      if (listener === undefined) startListening(payload)
      const hit = cache.get(slug)
      if (hit && hit.expires > Date.now()) return hit.profile
      const profile = load(payload, slug)
      // With no listener at all (another database adapter) the app is one node: the safety TTL as before.
      const ttl = listener && !listener.listening() ? offlineTtlMs : safetyTtlMs
      const entry = { expires: Date.now() + ttl, profile }
      cache.set(slug, entry)
      // A failed load must not be remembered.
      profile.catch(() => cache.get(slug) === entry && cache.delete(slug))
      return profile
    },
    forget,
    listening: () => Boolean(listener?.listening()),
    close: async () => {
      forget()
      await listener?.close()
    },
  }
}

async function loadProfile(payload: Payload, slug: string): Promise<BookingProfile | null> {
  const { docs } = await payload.find({ collection: 'restaurants', where: { slug: { equals: slug } }, limit: 1, depth: 0, pagination: false })
  const restaurant = docs[0]
  if (!restaurant) return null
  const tables = await payload.find({ collection: 'tables', where: { restaurant: { equals: restaurant.id } }, limit: 0, depth: 0, sort: 'id', pagination: false })
  return { restaurant, rules: rulesOf(restaurant), tables: tables.docs.map(tableOf) }
}

/**
 * This process's cache, read by availability and the staff's booking views: one per process, kept on
 * globalThis so that reloading this module in development does not open another LISTEN connection.
 */
const SHARED = Symbol.for('techplus.bookingProfileCache')
const shared: BookingProfileCache = ((globalThis as Record<symbol, BookingProfileCache | undefined>)[SHARED] ??= bookingProfileCache())

export function cachedBookingProfile(payload: Payload, slug: string): Promise<BookingProfile | null> {
  return shared.get(payload, slug)
}

export function forgetBookingProfiles(): void {
  shared.forget()
}

/**
 * For restaurants' and tables' afterChange / afterDelete hooks: this node forgets at once, and every
 * node (this one again) once the change is committed.
 */
export const forgetBookingProfilesHook = async ({ doc, req }: { doc: unknown; req: PayloadRequest }) => {
  shared.forget()
  await notifyOnCommit(req, BOOKING_PROFILES_CHANNEL)
  return doc
}
