import type { Endpoint } from 'payload'
import { z } from 'zod'

import { TREND_GRANULARITIES } from '../../../domain/analytics/trends'
import { daysBetween } from '../../../domain/availability/localTime'
import { localDateSchema } from '../../../domain/schemas/booking'
import { restaurantTrends } from '../services/trends'
import { endpoint } from '../../../infrastructure/http/respond'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'

const trendsSchema = z
  .object({ from: localDateSchema, to: localDateSchema, granularity: z.enum(TREND_GRANULARITIES).default('day') })
  .refine((q) => q.from <= q.to, { message: 'range_reversed', path: ['from'] })
  .refine((q) => daysBetween(q.from, q.to) <= 366, { params: { days: 366 }, message: 'range_too_long', path: ['to'] })

/** GET /api/restaurants/:slug/trends?from=&to=&granularity=day|week|month — the trends section of analytics (managers and owners). */
export const trendsEndpoint: Endpoint = {
  custom: {
    openapi: {
      tag: 'Staff',
      summary: 'Covers and bookings over time against last year, top tables, lead time, party mix, revenue',
      description:
        'Per day, ISO week or month (days and weeks beside the same ones 52 weeks earlier, months beside the same month last year); the ten tables with the most covers and seat-time; how far ahead guests book; the party-size mix; the spends entered at checkout. Managers and owners of that restaurant; at most 366 days.',
      auth: ['staff'],
      params: { slug: { description: "The restaurant's slug." } },
      query: trendsSchema,
      responses: {
        200: {
          description: 'The trends (`TrendsResponse` in src/plugins/reservations/api/trends.ts).',
          schema: z.looseObject({ series: z.array(z.looseObject({ start: z.string() })) }),
          example: { granularity: 'week', series: [{ start: '2026-11-30', covers: 212, bookings: 81, coversLastYear: 190, bookingsLastYear: 77 }] },
        },
      },
      errors: { 401: ['unauthorized'], 404: ['restaurant_not_found'], 422: ['invalid_date', 'range_reversed', 'range_too_long', 'required', 'not_an_option'] },
    } satisfies ApiOperation,
  },
  path: '/:slug/trends',
  method: 'get',
  handler: endpoint(async (req) => {
    const { from, to, granularity } = trendsSchema.parse(Object.fromEntries(req.searchParams))
    return Response.json(await restaurantTrends(req, req.routeParams?.slug, granularity, from, to), { headers: { 'Cache-Control': 'no-store' } })
  }),
}
