import type { Endpoint } from 'payload'
import { z } from 'zod'

import { daysBetween } from '../../../domain/availability/localTime'
import { FUNNEL_MARKER, funnelEventSchema } from '../../../domain/funnel'
import { localDateSchema } from '../../../domain/schemas/booking'
import { BookingError, dinerEndpoint, endpoint, jsonBody } from '../../../infrastructure/http/respond'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'
import { recordFunnelEvent, restaurantFunnel } from '../services/funnel'

const noStore = { headers: { 'Cache-Control': 'no-store' } }

const eventOpenapi: ApiOperation = {
  tag: 'Booking',
  summary: "Count the booking wizard's steps (no personal data)",
  description:
    'Sent by the site\'s booking wizard (with `navigator.sendBeacon`) as a diner reaches each step. Only counts are kept: one more for the restaurant, its local day, the source and each step; no cookie, address or identifier is read or stored. Events without the wizard\'s marker are refused.',
  auth: ['public'],
  params: { slug: { description: "The restaurant's slug." } },
  body: funnelEventSchema,
  bodyExample: { marker: FUNNEL_MARKER, source: 'site', steps: ['time_chosen'] },
  responses: { 202: { description: 'Counted.', schema: z.object({ counted: z.number().int() }), example: { counted: 1 } } },
  errors: { 400: ['invalid_json'], 404: ['restaurant_not_found'], 422: ['funnel_marker_missing', 'funnel_step_repeated', 'required', 'invalid', 'not_an_option', 'too_small', 'too_big'] },
}

/** POST /api/restaurants/:slug/funnel-events — the wizard counts a step; nothing about the diner is kept. */
export const funnelEventsEndpoint: Endpoint = {
  custom: { openapi: eventOpenapi },
  path: '/:slug/funnel-events',
  method: 'post',
  handler: dinerEndpoint(async (req) => {
    const slug = req.routeParams?.slug
    if (typeof slug !== 'string' || !/^[a-z0-9-]{1,96}$/.test(slug)) throw new BookingError(404, 'restaurant_not_found')
    const event = funnelEventSchema.parse(await jsonBody(req))
    if (!(await recordFunnelEvent(req, slug, event))) throw new BookingError(404, 'restaurant_not_found')
    return Response.json({ counted: event.steps.length }, { status: 202, ...noStore })
  }),
}

const periodSchema = z
  .object({ from: localDateSchema, to: localDateSchema })
  .refine((q) => q.from <= q.to, { message: 'range_reversed', path: ['from'] })
  .refine((q) => daysBetween(q.from, q.to) <= 366, { params: { days: 366 }, message: 'range_too_long', path: ['to'] })

/** GET /api/restaurants/:slug/funnel?from=&to= — conversion and abandonment of a period (managers and owners). */
export const funnelEndpoint: Endpoint = {
  custom: {
    openapi: {
      tag: 'Staff',
      summary: "A period's booking funnel",
      description:
        'Wizard seen, time chosen, details entered, deposit started, booked and waitlist joined per source; conversion, abandonment by step and the plan\'s targets, against the period before. Counted by the aggregation job (every 10 minutes). Managers and owners of that restaurant; at most 366 days.',
      auth: ['staff'],
      params: { slug: { description: "The restaurant's slug." } },
      query: periodSchema,
      responses: { 200: { description: 'The funnel (`FunnelResponse` in src/plugins/reservations/api/funnel.ts).', schema: z.looseObject({}), example: { period: { from: '2026-11-01', to: '2026-11-30', days: 30 } } } },
      errors: { 401: ['unauthorized'], 404: ['restaurant_not_found'], 422: ['invalid_date', 'range_reversed', 'range_too_long', 'required'] },
    } satisfies ApiOperation,
  },
  path: '/:slug/funnel',
  method: 'get',
  handler: endpoint(async (req) => {
    const { from, to } = periodSchema.parse(Object.fromEntries(req.searchParams))
    return Response.json(await restaurantFunnel(req, req.routeParams?.slug, from, to), noStore)
  }),
}
