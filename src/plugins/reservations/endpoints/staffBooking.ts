import type { Endpoint, PayloadRequest } from 'payload'

import { guestSearchQuerySchema, staffAvailabilityQuerySchema, staffBookingSchema } from '../../../domain/schemas/staffBooking'
import { worksFor } from '../../../infrastructure/access/roles'
import { BookingError, endpoint, jsonBody, queryObject } from '../../../infrastructure/http/respond'
import { metrics } from '../../../infrastructure/ops/metrics'
import { cachedBookingProfile, type BookingProfile } from '../services/profileCache'
import { bookForStaff, searchGuests, staffAvailability } from '../services/staffBooking'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'
import { z } from 'zod'
import { INPUT_CODES } from './answers'

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
  custom: {
    openapi: {
      tag: 'Staff',
      summary: "The new-booking drawer's times, in staff mode",
      description: 'Every slot with why refused ones are refused, the table the engine would give and every free table that seats the party. Staff of that restaurant.',
      auth: ['staff'],
      params: { slug: { description: "The restaurant's slug." } },
      query: staffAvailabilityQuerySchema,
      responses: { 200: { description: 'The slots.', schema: z.looseObject({ slots: z.array(z.looseObject({ time: z.string() })) }), example: { slots: [{ time: '19:30', available: true }] } } },
      errors: { 401: ['unauthorized'], 404: ['restaurant_not_found'], 422: ['invalid_date', 'not_a_number', 'not_whole', 'too_small', 'too_big', 'required'] },
    } satisfies ApiOperation,
  },
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
  custom: {
    openapi: {
      tag: 'Staff',
      summary: 'Find guests by name, email or phone as the host types',
      description: 'Two characters at least; ten answers at most. Staff of that restaurant.',
      auth: ['staff'],
      params: { slug: { description: "The restaurant's slug." } },
      query: guestSearchQuerySchema,
      responses: { 200: { description: 'The guests found.', schema: z.object({ guests: z.array(z.looseObject({ id: z.number() })) }), example: { guests: [{ id: 12, name: 'Claire Fontaine', email: 'claire@example.fr' }] } } },
      errors: { 401: ['unauthorized'], 404: ['restaurant_not_found'], 422: ['too_small', 'too_big', 'required'] },
    } satisfies ApiOperation,
  },
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
  custom: {
    openapi: {
      tag: 'Staff',
      summary: 'A booking taken by staff (phone, walk-in)',
      description: 'The same engine in staff mode; a manager may force a refused time with `override: {reason}` (audited), never onto a table already taken.',
      auth: ['staff'],
      params: { slug: { description: "The restaurant's slug." } },
      body: staffBookingSchema,
      bodyExample: { date: '2026-12-04', time: '19:30', partySize: 4, guest: { name: 'Claire Fontaine', phone: '06 12 34 56 78' }, source: 'phone' },
      responses: {
        201: {
          description: 'Booked.',
          schema: z.object({ id: z.number().int(), reference: z.string(), status: z.string(), startsAt: z.string(), tables: z.unknown(), guest: z.unknown() }),
          example: { id: 101, reference: 'K7Q4MX', status: 'confirmed', startsAt: '2026-12-04T18:30:00.000Z', tables: [4], guest: 12 },
        },
      },
      errors: {
        400: ['invalid_json'],
        401: ['unauthorized'],
        404: ['restaurant_not_found', 'guest_not_found'],
        409: ['table_taken'],
        422: ['closed', 'time_passed', 'too_far', 'pacing', 'no_table', 'not_a_slot', 'tables_too_small', 'tables_elsewhere', 'invalid_date', 'invalid_time', 'name_required', 'invalid_email', 'invalid_phone', ...INPUT_CODES],
      },
    } satisfies ApiOperation,
  },
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
