import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import { daysSummary, localDateOf, slotsOn } from '../../../domain/availability'
import type { availabilityQuerySchema } from '../../../domain/schemas/booking'
import { BookingError } from '../../../infrastructure/http/respond'
import { requireScope, type IntegrationUser } from '../access/integrations'
import { metrics } from '../../../infrastructure/ops/metrics'
import { loadBookingContext } from './context'
import { cachedBookingProfile } from './profileCache'

export type AvailabilityQuery = z.output<typeof availabilityQuerySchema>

/**
 * A day's slots (`date`) or a range's days (`from`/`to`) for a party, as diners may book them:
 * what GET /api/restaurants/:slug/availability and GraphQL's `availability` answer. One query (the
 * bookings; restaurant and tables are cached), then the engine in memory. Public to diners; a
 * partner's key must hold `availability:read` for this restaurant.
 */
export async function availabilityOf(req: PayloadRequest, slug: string, query: AvailabilityQuery, integration?: IntegrationUser) {
  const profile = await cachedBookingProfile(req.payload, slug)
  if (!profile) throw new BookingError(404, 'restaurant_not_found')
  const { restaurant, rules } = profile
  if (integration) requireScope({ user: integration as never }, 'availability:read', restaurant.id)
  if (query.party > rules.bookingRules.maxPartyOnline) {
    throw new BookingError(422, 'party_too_large', 'party', { max: rules.bookingRules.maxPartyOnline })
  }
  const now = new Date()
  const from = query.date ?? query.from!
  const to = query.date ?? query.to!
  // Nothing can be booked before today; don't make the engine walk the past.
  const today = localDateOf(now, restaurant.timeZone)
  const { input } = await loadBookingContext(req, restaurant, from < today ? today : from, to < today ? today : to, { tables: profile.tables, rules })
  const engineInput = { ...input, partySize: query.party, now }
  const base = { restaurant: restaurant.slug, timeZone: restaurant.timeZone, party: query.party }

  if (query.date) {
    const timer = metrics().availabilityComputations.startTimer({ kind: 'day' })
    const computed = slotsOn(query.date, engineInput)
    timer()
    const slots = computed.map((s) => ({
      time: s.time,
      startsAt: s.startsAt.toISOString(),
      service: s.service,
      available: s.available,
      ...(s.reason ? { reason: s.reason } : {}),
    }))
    return { ...base, date: query.date, closed: slots.length === 0, slots }
  }
  const timer = metrics().availabilityComputations.startTimer({ kind: 'summary' })
  const days = daysSummary(from, to, engineInput)
  timer()
  return { ...base, from, to, days }
}
