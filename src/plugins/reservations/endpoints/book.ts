import type { Endpoint, PayloadRequest } from 'payload'

import { trapRefusal } from '../../../domain/forms/trap'
import { bookingRequestSchema } from '../../../domain/schemas/booking'
import type { Reservation, Restaurant } from '../../../payload-types'
import { depositCheckoutUrl } from '../payments/checkout'
import { bookOnline, calendarUrl, guestView, manageUrl } from '../services/booking'
import { BookingError, endpoint, jsonBody } from '../../../infrastructure/http/respond'
import { actingIntegration, type IntegrationUser } from '../access/integrations'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'
import { bookedAnswer, bookingExample, INPUT_CODES, RULE_CODES, TAKEN_CODES, INTEGRATION_CODES } from './answers'

const openapi: ApiOperation = {
  tag: 'Booking',
  summary: 'Book a table',
  description:
    'Checked by the same engine as the site, under a lock on the restaurant\'s day: two requests for the last table get one 201 and one 409. `startsAt` carries its offset; a time in the hour repeated when the clocks go back is booked at its first occurrence, and the answer\'s `startsAt` says so. `form` is the site\'s own anti-robot trap: leave it out. The answer\'s `manageToken` is the key to the booking (change, cancel): keep it.',
  auth: ['public', 'integration'],
  body: bookingRequestSchema,
  bodyExample: { restaurant: 'le-petit-zinc', startsAt: '2026-12-04T19:30:00+01:00', partySize: 2, locale: 'en', guest: { name: 'Emma Thompson', email: 'emma@example.co.uk' } },
  responses: {
    201: {
      description: 'Booked: `confirmed`, or `pending_payment` with `deposit`, `holdExpiresAt` and `paymentUrl` when the policy asks for a deposit.',
      schema: bookedAnswer,
      example: { ...bookingExample, manageUrl: 'https://techplus.example/en/reservation/…', calendarUrl: 'https://techplus.example/api/reservations/manage/…/calendar', manageToken: '…', paymentUrl: null },
    },
  },
  errors: {
    400: ['invalid_json'],
    403: [...INTEGRATION_CODES],
    404: ['restaurant_not_found'],
    409: [...TAKEN_CODES],
    422: [...RULE_CODES, 'invalid_datetime', 'name_required', 'invalid_email', 'invalid_phone', 'phone_no_sms', 'suspected_bot', ...INPUT_CODES],
    503: ['payment_unavailable'],
  },
}

/** No checkout page, no hold: a booking that cannot be paid for lets its table go at once. */
async function checkoutOrRelease(req: PayloadRequest, reservation: Reservation, restaurant: Restaurant, token: string) {
  try {
    return await depositCheckoutUrl(req, reservation, restaurant, token)
  } catch (error) {
    await req.payload.update({
      collection: 'reservations',
      id: reservation.id,
      data: { status: 'cancelled', cancellation: { cancelledBy: 'system', reason: 'The payment provider could not be reached' } },
      req,
      overrideAccess: true,
      context: { bookingChecked: true, silent: true },
    })
    throw error
  }
}

/**
 * Books from a request's JSON and answers what the booking endpoint answers (201). Shared by REST
 * and GraphQL's `book`, so both take the same path to the same services. A partner's key books as
 * itself: source `api`, the key named on the booking (see actingIntegration).
 */
export async function bookFromInput(req: PayloadRequest, input: unknown, integration?: IntegrationUser) {
  const request = bookingRequestSchema.parse(input)
  // The site's wizard sends its honeypot and time trap; an API client sends neither and is not checked.
  const trapped = trapRefusal(request.form)
  if (trapped) throw new BookingError(422, trapped)
  const { reservation, restaurant, manageToken } = await bookOnline(req, request, new Date(), integration)
  // The checkout page is made after the booking commits: no network call under the day's lock.
  const paymentUrl = reservation.status === 'pending_payment' ? await checkoutOrRelease(req, reservation, restaurant, manageToken) : null
  return {
    ...guestView(reservation, restaurant),
    manageUrl: manageUrl(request.locale, manageToken),
    calendarUrl: calendarUrl(manageToken),
    manageToken,
    paymentUrl,
  }
}

/**
 * POST /api/reservations/book — public: diners and partner sites book here.
 * 201 with the reference and the private management link; 409 when the slot was taken meanwhile;
 * 422 with field errors for invalid input. A `startsAt` in the second pass of the hour repeated when
 * the clocks go back books that local time's first occurrence, the one the slots list; the answer's
 * `startsAt` is always the instant booked.
 */
export const bookEndpoint: Endpoint = {
  custom: { openapi },
  path: '/book',
  method: 'post',
  handler: endpoint(async (req) => {
    const integration = actingIntegration(req)
    return Response.json(await bookFromInput(req, await jsonBody(req), integration), { status: 201, headers: { 'Cache-Control': 'no-store' } })
  }),
}
