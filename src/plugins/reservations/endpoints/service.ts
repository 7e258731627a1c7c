import type { Endpoint } from 'payload'
import { z } from 'zod'

import { daysBetween } from '../../../domain/availability/localTime'
import { localDateSchema } from '../../../domain/schemas/booking'
import { SERVICE_ACTIONS } from '../../../domain/reservations/transitions'
import { SPEND_MAX_MINOR } from '../../../domain/analytics/trends'
import { restaurantAnalytics } from '../services/analytics'
import { calendarRange } from '../services/calendar'
import { serviceDay } from '../services/serviceDay'
import { moveReservation } from '../services/statusChange'
import { BookingError, endpoint, jsonBody } from '../../../infrastructure/http/respond'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'

const noStore = { headers: { 'Cache-Control': 'no-store' } }

/** GET /api/restaurants/:slug/service?date= — the day of service as the dashboard shows it (staff of that restaurant). */
export const serviceDayEndpoint: Endpoint = {
  custom: {
    openapi: {
      tag: 'Staff',
      summary: 'A day of service as the dashboard shows it',
      description: 'Covers per service, late and arriving guests, every booking of the day with its tables, and the floor now. Staff of that restaurant; today by default.',
      auth: ['staff'],
      params: { slug: { description: "The restaurant's slug." } },
      query: z.object({ date: localDateSchema.optional() }),
      responses: { 200: { description: 'The day (`ServiceDayResponse` in src/plugins/reservations/api/serviceDay.ts).', schema: z.looseObject({ date: z.string(), bookings: z.array(z.looseObject({})) }), example: { date: '2026-12-04', coversToday: 48, bookings: [] } } },
      errors: { 401: ['unauthorized'], 404: ['restaurant_not_found'], 422: ['invalid_date'] },
    } satisfies ApiOperation,
  },
  path: '/:slug/service',
  method: 'get',
  handler: endpoint(async (req) => {
    const date = req.searchParams.get('date')
    const parsed = date === null ? undefined : localDateSchema.parse(date)
    return Response.json(await serviceDay(req, req.routeParams?.slug, parsed), noStore)
  }),
}

const calendarSchema = z
  .object({ from: localDateSchema, to: localDateSchema })
  .refine((q) => q.from <= q.to, { message: 'range_reversed', path: ['from'] })
  .refine((q) => daysBetween(q.from, q.to) <= 42, { params: { days: 42 }, message: 'range_too_long', path: ['to'] })

/** GET /api/restaurants/:slug/calendar?from=&to= — covers per day and service, for the week and month views. */
export const calendarEndpoint: Endpoint = {
  custom: {
    openapi: {
      tag: 'Staff',
      summary: 'Covers per day and service, for the week and month views',
      description: 'Staff of that restaurant; at most 42 days.',
      auth: ['staff'],
      params: { slug: { description: "The restaurant's slug." } },
      query: calendarSchema,
      responses: { 200: { description: 'One entry per day.', schema: z.looseObject({ days: z.array(z.looseObject({ date: z.string() })) }), example: { days: [{ date: '2026-12-04', covers: 48 }] } } },
      errors: { 401: ['unauthorized'], 404: ['restaurant_not_found'], 422: ['invalid_date', 'range_reversed', 'range_too_long', 'required'] },
    } satisfies ApiOperation,
  },
  path: '/:slug/calendar',
  method: 'get',
  handler: endpoint(async (req) => {
    const { from, to } = calendarSchema.parse(Object.fromEntries(req.searchParams))
    return Response.json(await calendarRange(req, req.routeParams?.slug, from, to), noStore)
  }),
}

const periodSchema = z
  .object({ from: localDateSchema, to: localDateSchema })
  .refine((q) => q.from <= q.to, { message: 'range_reversed', path: ['from'] })
  .refine((q) => daysBetween(q.from, q.to) <= 366, { params: { days: 366 }, message: 'range_too_long', path: ['to'] })

/** GET /api/restaurants/:slug/analytics?from=&to= — a period's KPIs against the one before (managers and owners). */
export const analyticsEndpoint: Endpoint = {
  custom: {
    openapi: {
      tag: 'Staff',
      summary: "A period's figures against the period before",
      description: 'Covers, bookings, no-shows, cancellations, deposits, lead times and a forecast. Managers and owners of that restaurant; at most 366 days.',
      auth: ['staff'],
      params: { slug: { description: "The restaurant's slug." } },
      query: periodSchema,
      responses: { 200: { description: 'The figures (src/plugins/reservations/api/analytics.ts).', schema: z.looseObject({}), example: { from: '2026-11-01', to: '2026-11-30' } } },
      errors: { 401: ['unauthorized'], 404: ['restaurant_not_found'], 422: ['invalid_date', 'range_reversed', 'range_too_long', 'required'] },
    } satisfies ApiOperation,
  },
  path: '/:slug/analytics',
  method: 'get',
  handler: endpoint(async (req) => {
    const { from, to } = periodSchema.parse(Object.fromEntries(req.searchParams))
    return Response.json(await restaurantAnalytics(req, req.routeParams?.slug, from, to), noStore)
  }),
}

const statusSchema = z
  .object({
    status: z.enum(SERVICE_ACTIONS),
    // What the table spent, in minor units, entered as staff complete the visit (the revenue in analytics).
    spendMinor: z.number().int({ message: 'invalid_amount' }).min(0, { message: 'invalid_amount' }).max(SPEND_MAX_MINOR, { message: 'amount_too_large' }).optional(),
  })
  .refine((body) => body.spendMinor === undefined || body.status === 'completed', { message: 'spend_needs_completion', path: ['spendMinor'] })

/**
 * POST /api/reservations/:id/status {status} — seat, complete, mark no-show or cancel, from the
 * dashboard. The rules and side effects live in moveReservation, shared with the list's bulk actions.
 */
export const serviceStatusEndpoint: Endpoint = {
  custom: {
    openapi: {
      tag: 'Staff',
      summary: 'Seat, complete, mark no-show or cancel a booking',
      description: 'The dashboard\'s moves; the same rules and side effects as the list\'s bulk actions. Completing may carry `spendMinor`, what the table spent in minor units (analytics\' revenue).',
      auth: ['staff'],
      params: { id: { description: 'The reservation.', schema: z.number().int() } },
      body: statusSchema,
      bodyExample: { status: 'completed', spendMinor: 12450 },
      responses: { 200: { description: 'Moved.', schema: z.object({ id: z.number().int(), reference: z.string(), status: z.string() }), example: { id: 101, reference: 'K7Q4MX', status: 'seated' } } },
      errors: { 400: ['invalid_json'], 401: ['unauthorized'], 404: ['reservation_not_found'], 409: ['invalid_transition'], 422: ['not_an_option', 'required', 'invalid_amount', 'amount_too_large', 'not_a_number', 'spend_needs_completion'] },
    } satisfies ApiOperation,
  },
  path: '/:id/status',
  method: 'post',
  handler: endpoint(async (req) => {
    if (!req.user) throw new BookingError(401, 'unauthorized')
    const { status, spendMinor } = statusSchema.parse(await jsonBody(req))
    const updated = await moveReservation(req, Number(req.routeParams?.id), status, 'the service dashboard', { spendMinor })
    return Response.json({ id: updated.id, reference: updated.reference, status: updated.status }, noStore)
  }),
}
