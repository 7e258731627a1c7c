import type { Endpoint, PayloadRequest } from 'payload'

import { trapRefusal } from '../../../domain/forms/trap'
import { bookingRequestSchema } from '../../../domain/schemas/booking'
import type { Reservation, Restaurant } from '../../../payload-types'
import { depositCheckoutUrl } from '../payments/checkout'
import { bookOnline, calendarUrl, guestView, manageUrl } from '../services/booking'
import { BookingError, endpoint, jsonBody } from '../../../infrastructure/http/respond'
import { integrationLabel, isIntegration } from '../access/integrations'

/**
 * POST /api/reservations/book — public: diners and partner sites book here.
 * 201 with the reference and the private management link; 409 when the slot was taken meanwhile;
 * 422 with field errors for invalid input. A `startsAt` in the second pass of the hour repeated when
 * the clocks go back books that local time's first occurrence, the one the slots list; the answer's
 * `startsAt` is always the instant booked.
 */
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

export const bookEndpoint: Endpoint = {
  path: '/book',
  method: 'post',
  handler: endpoint(async (req) => {
    // A partner's key books as itself (source `api`, the key named on the booking, audited as it);
    // anyone else is a diner, and a staff session riding along changes nothing (see dinerEndpoint).
    const integration = isIntegration(req.user) ? req.user : undefined
    req.user = null
    if (integration) req.context.auditVia = integrationLabel(integration)
    const request = bookingRequestSchema.parse(await jsonBody(req))
    // The site's wizard sends its honeypot and time trap; an API client sends neither and is not checked.
    const trapped = trapRefusal(request.form)
    if (trapped) throw new BookingError(422, trapped)
    const { reservation, restaurant, manageToken } = await bookOnline(req, request, new Date(), integration)
    // The checkout page is made after the booking commits: no network call under the day's lock.
    const paymentUrl = reservation.status === 'pending_payment' ? await checkoutOrRelease(req, reservation, restaurant, manageToken) : null
    return Response.json(
      {
        ...guestView(reservation, restaurant),
        manageUrl: manageUrl(request.locale, manageToken),
        calendarUrl: calendarUrl(manageToken),
        manageToken,
        paymentUrl,
      },
      { status: 201, headers: { 'Cache-Control': 'no-store' } },
    )
  }),
}
