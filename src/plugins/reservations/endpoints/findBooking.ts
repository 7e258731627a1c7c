import type { Endpoint } from 'payload'

import { findBookingSchema } from '../../../domain/schemas/diner'
import { dinerEndpoint, jsonBody } from '../../../infrastructure/http/respond'
import { answerNoSoonerThan } from '../../../infrastructure/http/steadyTiming'
import { sendBookingLinkAgain } from '../services/dinerBooking'

/** Every valid request takes at least this long, matched or not (a match's extra writes take a few ms). */
export const FIND_BOOKING_ANSWER_MS = 400

/**
 * POST /api/reservations/find {reference, email, locale} — "find my booking". Always 202 with the
 * same body: whether a booking matched is told only to the booking's own inbox. Rate-limited per
 * address and per reference (src/security/withRateLimits.ts).
 */
export const findBookingEndpoint: Endpoint = {
  path: '/find',
  method: 'post',
  handler: dinerEndpoint(async (req) => {
    const request = findBookingSchema.parse(await jsonBody(req))
    await answerNoSoonerThan(FIND_BOOKING_ANSWER_MS, () => sendBookingLinkAgain(req, request))
    return Response.json(
      { message: 'If this reference and this address belong to a booking, its link is on its way to that address.' },
      { status: 202, headers: { 'Cache-Control': 'no-store' } },
    )
  }),
}
