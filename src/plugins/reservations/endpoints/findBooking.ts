import type { Endpoint } from 'payload'

import { findBookingSchema } from '../../../domain/schemas/diner'
import { dinerEndpoint, jsonBody } from '../../../infrastructure/http/respond'
import { answerNoSoonerThan } from '../../../infrastructure/http/steadyTiming'
import { sendBookingLinkAgain } from '../services/dinerBooking'
import { messageAnswer, saying, type ApiOperation } from '../../../infrastructure/openapi/operation'

const openapi: ApiOperation = {
  tag: 'Guest booking',
  summary: 'Find my booking: email its link again',
  description: 'The same 202 and body whether or not the reference and the address belong together, at least 400 ms either way; the link goes only to the booking\'s own address. 10 requests per 15 minutes per client address, 5 per hour per reference.',
  auth: ['public'],
  body: findBookingSchema,
  bodyExample: { reference: 'K7Q 4MX', email: 'emma@example.co.uk', locale: 'en' },
  responses: { 202: { description: 'Asked; nothing tells whether it matched.', schema: messageAnswer, example: saying('If this reference and this address belong to a booking, its link is on its way to that address.') } },
  errors: { 400: ['invalid_json'], 422: ['invalid_reference', 'invalid_email', 'not_an_option'] },
}

/** Every valid request takes at least this long, matched or not (a match's extra writes take a few ms). */
export const FIND_BOOKING_ANSWER_MS = 400

/**
 * POST /api/reservations/find {reference, email, locale} — "find my booking". Always 202 with the
 * same body: whether a booking matched is told only to the booking's own inbox. Rate-limited per
 * address and per reference (src/security/withRateLimits.ts).
 */
export const findBookingEndpoint: Endpoint = {
  custom: { openapi },
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
