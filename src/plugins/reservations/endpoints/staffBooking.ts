import type { Endpoint, PayloadRequest } from 'payload'

import { guestSearchQuerySchema, staffAvailabilityQuerySchema, staffBookingSchema } from '../../../domain/schemas/staffBooking'
import { worksFor } from '../../../infrastructure/access/roles'
import { BookingError, endpoint, jsonBody, queryObject } from '../../../infrastructure/http/respond'
import { metrics } from '../../../infrastructure/ops/metrics'
import { cachedBookingProfile, type BookingProfile } from '../services/profileCache'
import { bookForStaff, searchGuests, staffAvailability } from '../services/staffBooking'

const noStore = { 'Cache-Control': 'no-store' }

/** The restaurant of the path, for staff who work there; anyone else is told it does not exist. */
async function staffRestaurant(req: PayloadRequest): Promise<BookingProfile> {
  if (!req.user) throw new BookingError(401, 'unauthorized')
  const profile = await cachedBookingProfile(req.payload, String(req.routeParams?.slug ?? ''))
  if (!profile || !worksFor(req.user, profile.restaurant.id, 'host')) throw new BookingError(404, 'restaurant_not_found')
  return profile
}

/**
 * GET /api/restaurants/:slug/staff-availability?date=YYYY-MM-DD&party=N — the new-booking drawer's
 * times: every slot in staff mode, why the refused ones are refused, the table the engine would
 * give and every free table that would seat the party. Staff of that restaurant only.
 */
export const staffAvailabilityEndpoint: Endpoint = {
  path: '/:slug/staff-availability',
  method: 'get',
  handler: endpoint(async (req) => {
    const profile = await staffRestaurant(req)
    const query = staffAvailabilityQuerySchema.parse(queryObject(req))
    const timer = metrics().availabilityComputations.startTimer({ kind: 'staff_day' })
    const answer = await staffAvailability(req, profile, query.date, query.party)
    timer()
    return Response.json(answer, { headers: noStore })
  }),
}

/**
 * GET /api/restaurants/:slug/guests?q= — the drawer's guest search as the host types (two
 * characters at least; ten answers at most): name, email or phone in any format.
 */
export const guestSearchEndpoint: Endpoint = {
  path: '/:slug/guests',
  method: 'get',
  handler: endpoint(async (req) => {
    const profile = await staffRestaurant(req)
    const { q } = guestSearchQuerySchema.parse(queryObject(req))
    return Response.json({ guests: await searchGuests(req, profile.restaurant.id, q) }, { headers: noStore })
  }),
}

/**
 * POST /api/restaurants/:slug/staff-bookings — a booking taken by staff (phone, walk-in, staff):
 * 201 with the reference; 422 with the rule's code when the rules refuse (a manager may send
 * `override: {reason}`); 409 `table_taken` when another host took the table first.
 */
export const staffBookingEndpoint: Endpoint = {
  path: '/:slug/staff-bookings',
  method: 'post',
  handler: endpoint(async (req) => {
    const { restaurant } = await staffRestaurant(req)
    const request = staffBookingSchema.parse(await jsonBody(req))
    const created = await bookForStaff(req, restaurant, request)
    return Response.json(
      { id: created.id, reference: created.reference, status: created.status, startsAt: created.startsAt, tables: created.tables, guest: created.guest ?? null },
      { status: 201, headers: noStore },
    )
  }),
}
