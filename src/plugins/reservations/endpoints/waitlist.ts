import type { Endpoint } from 'payload'
import { z } from 'zod'

import { addLocalDays, localDateOf } from '../../../domain/availability'
import { waitlistRequestSchema } from '../../../domain/schemas/booking'
import { upsertGuest } from '../services/guests'
import { restaurantBySlug } from '../services/restaurants'
import { BookingError, dinerEndpoint, jsonBody } from '../../../infrastructure/http/respond'
import { inTransaction } from '../../../infrastructure/db/transaction'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'
import { INPUT_CODES } from './answers'

const openapi: ApiOperation = {
  tag: 'Booking',
  summary: 'Join the waitlist for a window of a full day',
  description: 'The diner is emailed when a table frees up between `windowStart` and `windowEnd` (local times).',
  auth: ['public'],
  body: waitlistRequestSchema,
  bodyExample: { restaurant: 'le-petit-zinc', date: '2026-12-24', windowStart: '19:00', windowEnd: '21:00', partySize: 4, locale: 'fr', guest: { name: 'Claire Fontaine', email: 'claire@example.fr' } },
  responses: { 201: { description: 'On the waitlist.', schema: z.object({ id: z.number().int(), status: z.string(), date: z.string() }), example: { id: 42, status: 'waiting', date: '2026-12-24' } } },
  errors: { 400: ['invalid_json'], 404: ['restaurant_not_found'], 422: ['date_out_of_range', 'invalid_date', 'invalid_time', 'window_reversed', 'name_required', 'invalid_email', 'invalid_phone', ...INPUT_CODES] },
}

/** POST /api/waitlist/join — a diner asks to be told when a table frees up on a full day. */
export const joinWaitlistEndpoint: Endpoint = {
  custom: { openapi },
  path: '/join',
  method: 'post',
  handler: dinerEndpoint(async (req) => {
    const request = waitlistRequestSchema.parse(await jsonBody(req))
    const restaurant = await restaurantBySlug(req, request.restaurant)
    const today = localDateOf(new Date(), restaurant.timeZone)
    const lastDay = addLocalDays(today, restaurant.bookingRules?.maxAdvanceDays ?? 60)
    if (request.date < today || request.date > lastDay) throw new BookingError(422, 'date_out_of_range', 'date')
    const entry = await inTransaction(req, async () => {
      const guest = await upsertGuest(req, request.guest, request.locale, restaurant.id)
      return req.payload.create({
        collection: 'waitlist',
        data: {
          restaurant: restaurant.id,
          date: request.date,
          windowStart: request.windowStart,
          windowEnd: request.windowEnd,
          partySize: request.partySize,
          guest: guest.id,
          guestName: request.guest.name,
          guestEmail: request.guest.email,
          guestPhone: request.guest.phone,
          guestLocale: request.locale,
          status: 'waiting',
        },
        req,
      })
    })
    return Response.json({ id: entry.id, status: entry.status, date: entry.date }, { status: 201 })
  }),
}
