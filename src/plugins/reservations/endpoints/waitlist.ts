import type { Endpoint } from 'payload'

import { addLocalDays, localDateOf } from '../../../domain/availability'
import { waitlistRequestSchema } from '../../../domain/schemas/booking'
import { upsertGuest } from '../services/guests'
import { restaurantBySlug } from '../services/restaurants'
import { BookingError, dinerEndpoint, jsonBody } from '../../../infrastructure/http/respond'
import { inTransaction } from '../../../infrastructure/db/transaction'

/** POST /api/waitlist/join — a diner asks to be told when a table frees up on a full day. */
export const joinWaitlistEndpoint: Endpoint = {
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
