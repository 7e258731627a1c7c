import type { Endpoint } from 'payload'

import { daysSummary, localDateOf, slotsOn } from '../../../domain/availability'
import { availabilityQuerySchema } from '../../../domain/schemas/booking'
import { isIntegration, requireScope } from '../access/integrations'
import { loadBookingContext } from '../services/context'
import { cachedBookingProfile } from '../services/profileCache'
import { BookingError, endpoint, queryObject } from '../../../infrastructure/http/respond'
import { metrics } from '../../../infrastructure/ops/metrics'

/**
 * GET /api/restaurants/:slug/availability?date=YYYY-MM-DD&party=N → the day's slots
 * GET /api/restaurants/:slug/availability?from=…&to=…&party=N   → one summary per day (date picker)
 * One query per request (the bookings; restaurant and tables are cached), then the engine in memory.
 */
export const availabilityEndpoint: Endpoint = {
  path: '/:slug/availability',
  method: 'get',
  handler: endpoint(async (req) => {
    const query = availabilityQuerySchema.parse(queryObject(req))
    const profile = await cachedBookingProfile(req.payload, String(req.routeParams?.slug ?? ''))
    if (!profile) throw new BookingError(404, 'restaurant_not_found')
    const { restaurant, rules } = profile
    // Public to diners; a partner's key must hold `availability:read` for this restaurant.
    if (isIntegration(req.user)) requireScope(req, 'availability:read', restaurant.id)
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
    const headers = { 'Cache-Control': 'no-store' }
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
      return Response.json({ ...base, date: query.date, closed: slots.length === 0, slots }, { headers })
    }
    const timer = metrics().availabilityComputations.startTimer({ kind: 'summary' })
    const days = daysSummary(from, to, engineInput)
    timer()
    return Response.json({ ...base, from, to, days }, { headers })
  }),
}
