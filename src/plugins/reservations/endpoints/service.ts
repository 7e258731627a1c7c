import type { Endpoint } from 'payload'
import { z } from 'zod'

import { worksFor } from '../../../access/roles'
import { localDateSchema } from '../../../domain/schemas/booking'
import { canMove, SERVICE_ACTIONS } from '../../../domain/reservations/transitions'
import type { Reservation } from '../../../payload-types'
import { restaurantAnalytics } from '../services/analytics'
import { calendarRange } from '../services/calendar'
import { serviceDay } from '../services/serviceDay'
import { BookingError, endpoint, jsonBody } from '../utilities/respond'
import { inTransaction } from '../utilities/transaction'

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
  .refine((q) => q.from <= q.to, { message: '"from" must not be after "to"', path: ['from'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 42 * 86_400_000, { message: 'Ask for at most six weeks at once', path: ['to'] })

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
  .refine((q) => q.from <= q.to, { message: '"from" must not be after "to"', path: ['from'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 366 * 86_400_000, { message: 'Ask for at most a year at once', path: ['to'] })

/** GET /api/restaurants/:slug/analytics?from=&to= — a period's KPIs against the one before (managers and owners). */
export const analyticsEndpoint: Endpoint = {
  path: '/:slug/analytics',
  method: 'get',
  handler: endpoint(async (req) => {
    const { from, to } = periodSchema.parse(Object.fromEntries(req.searchParams))
    return Response.json(await restaurantAnalytics(req, req.routeParams?.slug, from, to), noStore)
  }),
}

const statusSchema = z.object({ status: z.enum(SERVICE_ACTIONS, { message: `status must be one of ${SERVICE_ACTIONS.join(', ')}` }) })

/**
 * POST /api/reservations/:id/status {status} — seat, complete, mark no-show or cancel, from the
 * dashboard. A normal update underneath: the same access rules, hooks (tables freed, guest told,
 * refunds per policy) and audit trail as an edit in the admin.
 */
export const serviceStatusEndpoint: Endpoint = {
  path: '/:id/status',
  method: 'post',
  handler: endpoint(async (req) => {
    if (!req.user) throw new BookingError(401, 'Sign in to run the service', 'unauthorized')
    const { status } = statusSchema.parse(await jsonBody(req))
    const id = Number(req.routeParams?.id)
    const reservation = (await req.payload.findByID({ collection: 'reservations', id, depth: 0, req, overrideAccess: false, user: req.user }).catch(() => null)) as Reservation | null
    if (!reservation || !worksFor(req.user, reservation.restaurant, 'host')) throw new BookingError(404, 'No such reservation', 'not_found')
    if (!canMove(reservation.status, status)) {
      throw new BookingError(409, `A ${reservation.status.replace('_', ' ')} booking cannot become ${status.replace('_', ' ')}`, 'invalid_transition', 'status')
    }
    const updated = await inTransaction(req, () =>
      req.payload.update({
        collection: 'reservations',
        id,
        data: { status, ...(status === 'cancelled' ? { cancellation: { cancelledBy: 'staff', reason: 'Cancelled from the service dashboard' } } : {}) },
        req,
        overrideAccess: false,
        user: req.user,
        context: { bookingChecked: true },
      }),
    )
    return Response.json({ id: updated.id, reference: updated.reference, status: updated.status }, noStore)
  }),
}
