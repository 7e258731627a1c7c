import type { Endpoint } from 'payload'

import { bookingRequestSchema } from '../../../domain/schemas/booking'
import { bookOnline, calendarUrl, guestView, manageUrl } from '../services/booking'
import { endpoint, jsonBody } from '../utilities/respond'

/**
 * POST /api/reservations/book — public: diners and partner sites book here.
 * 201 with the reference and the private management link; 409 when the slot was taken meanwhile;
 * 422 with field errors for invalid input.
 */
export const bookEndpoint: Endpoint = {
  path: '/book',
  method: 'post',
  handler: endpoint(async (req) => {
    const request = bookingRequestSchema.parse(await jsonBody(req))
    const { reservation, restaurant, manageToken } = await bookOnline(req, request)
    return Response.json(
      {
        ...guestView(reservation, restaurant),
        manageUrl: manageUrl(request.locale, manageToken),
        calendarUrl: calendarUrl(manageToken),
        manageToken,
        // Filled by the payments issue: Stripe Checkout for the deposit.
        paymentUrl: null,
      },
      { status: 201, headers: { 'Cache-Control': 'no-store' } },
    )
  }),
}
