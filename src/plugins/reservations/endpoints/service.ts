import type { Endpoint } from 'payload'
import { z } from 'zod'

import { daysBetween } from '../../../domain/availability/localTime'
import { localDateSchema } from '../../../domain/schemas/booking'
import { SERVICE_ACTIONS } from '../../../domain/reservations/transitions'
import { restaurantAnalytics } from '../services/analytics'
import { calendarRange } from '../services/calendar'
import { serviceDay } from '../services/serviceDay'
import { moveReservation } from '../services/statusChange'
import { BookingError, endpoint, jsonBody } from '../../../infrastructure/http/respond'

const noStore = { headers: { 'Cache-Control': 'no-store' } }

/** GET /api/restaurants/:slug/service?date= — the day of service as the dashboard shows it (staff of that restaurant). */
export const serviceDayEndpoint: Endpoint = {
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
  path: '/:slug/analytics',
  method: 'get',
  handler: endpoint(async (req) => {
    const { from, to } = periodSchema.parse(Object.fromEntries(req.searchParams))
    return Response.json(await restaurantAnalytics(req, req.routeParams?.slug, from, to), noStore)
  }),
}

const statusSchema = z.object({ status: z.enum(SERVICE_ACTIONS) })

/**
 * POST /api/reservations/:id/status {status} — seat, complete, mark no-show or cancel, from the
 * dashboard. The rules and side effects live in moveReservation, shared with the list's bulk actions.
 */
export const serviceStatusEndpoint: Endpoint = {
  path: '/:id/status',
  method: 'post',
  handler: endpoint(async (req) => {
    if (!req.user) throw new BookingError(401, 'unauthorized')
    const { status } = statusSchema.parse(await jsonBody(req))
    const updated = await moveReservation(req, Number(req.routeParams?.id), status, 'the service dashboard')
    return Response.json({ id: updated.id, reference: updated.reference, status: updated.status }, noStore)
  }),
}
