import type { Endpoint } from 'payload'

import { availabilityQuerySchema } from '../../../domain/schemas/booking'
import { endpoint, queryObject } from '../../../infrastructure/http/respond'
import { availabilityOf } from '../services/availability'
import { actingIntegration } from '../access/integrations'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'
import { daySlotsAnswer, daysSummaryAnswer, INTEGRATION_CODES } from './answers'

const openapi: ApiOperation = {
  tag: 'Booking',
  summary: "A day's bookable times, or a range of days for a date picker",
  description: 'With `date`: every slot of that day, and why a slot cannot be booked. With `from` and `to` (at most 92 days): one line per day. Either, never both.',
  auth: ['public', 'integration'],
  params: { slug: { description: "The restaurant's slug, e.g. `le-petit-zinc`." } },
  query: availabilityQuerySchema,
  responses: {
    200: {
      description: "The day's slots (`date`), or the range's days (`from`/`to`).",
      schema: daySlotsAnswer.or(daysSummaryAnswer),
      example: { restaurant: 'le-petit-zinc', timeZone: 'Europe/Paris', party: 2, date: '2026-12-04', closed: false, slots: [{ time: '19:30', startsAt: '2026-12-04T18:30:00.000Z', service: 'Dîner', available: true }] },
    },
  },
  errors: {
    403: [...INTEGRATION_CODES],
    404: ['restaurant_not_found'],
    422: ['party_too_large', 'not_a_number', 'not_whole', 'too_small', 'too_big', 'invalid_date', 'date_or_range', 'range_incomplete', 'range_reversed', 'range_too_long'],
  },
}

/**
 * GET /api/restaurants/:slug/availability?date=YYYY-MM-DD&party=N → the day's slots
 * GET /api/restaurants/:slug/availability?from=…&to=…&party=N   → one summary per day (date picker)
 * The answer is services/availability.ts's, shared with GraphQL's `availability`.
 */
export const availabilityEndpoint: Endpoint = {
  custom: { openapi },
  path: '/:slug/availability',
  method: 'get',
  handler: endpoint(async (req) => {
    const query = availabilityQuerySchema.parse(queryObject(req))
    const integration = actingIntegration(req)
    return Response.json(await availabilityOf(req, String(req.routeParams?.slug ?? ''), query, integration), { headers: { 'Cache-Control': 'no-store' } })
  }),
}
