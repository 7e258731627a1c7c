import type { Endpoint } from 'payload'

import { bookingChangeSchema } from '../../../domain/schemas/booking'
import { emailChangeConfirmationSchema, emailChangeSchema, guestDetailsSchema } from '../../../domain/schemas/diner'
import { reservationCalendar } from '../notifications/calendar'
import { depositCheckoutUrl } from '../payments/checkout'
import { cancelBooking, changeBooking, guestView, manageUrl, reservationByToken } from '../services/booking'
import { confirmEmailChange, correctGuestDetails, requestEmailChange } from '../services/dinerBooking'
import { BookingError, dinerEndpoint, jsonBody } from '../../../infrastructure/http/respond'

const path = '/manage/:token'
const noStore = { headers: { 'Cache-Control': 'no-store' } }

/**
 * GET | PUT | PATCH | DELETE /api/reservations/manage/:token (and GET …/calendar, PATCH …/guest,
 * POST …/email, POST …/email/confirm) — the guest's own booking, by its secret link.
 */
export const manageEndpoints: Endpoint[] = [
  {
    path,
    method: 'get',
    handler: dinerEndpoint(async (req) => {
      const { reservation, restaurant } = await reservationByToken(req, req.routeParams?.token)
      return Response.json(guestView(reservation, restaurant), noStore)
    }),
  },
  ...(['put', 'patch'] as const).map(
    (method): Endpoint => ({
      path,
      method,
      handler: dinerEndpoint(async (req) => {
        const change = bookingChangeSchema.parse(await jsonBody(req))
        return Response.json(await changeBooking(req, req.routeParams?.token, change), noStore)
      }),
    }),
  ),
  {
    // The guest corrects the name or phone on the booking (and on their guest profile).
    path: `${path}/guest`,
    method: 'patch',
    handler: dinerEndpoint(async (req) => {
      const details = guestDetailsSchema.parse(await jsonBody(req))
      return Response.json(await correctGuestDetails(req, req.routeParams?.token, details), noStore)
    }),
  },
  {
    // A new address for the booking's emails: a confirmation link goes to it; nothing changes yet.
    path: `${path}/email`,
    method: 'post',
    handler: dinerEndpoint(async (req) => {
      const { email } = emailChangeSchema.parse(await jsonBody(req))
      return Response.json(await requestEmailChange(req, req.routeParams?.token, email), { status: 202, ...noStore })
    }),
  },
  {
    // The new address opened its link: the change is made.
    path: `${path}/email/confirm`,
    method: 'post',
    handler: dinerEndpoint(async (req) => {
      const { token } = emailChangeConfirmationSchema.parse(await jsonBody(req))
      return Response.json(await confirmEmailChange(req, req.routeParams?.token, token), noStore)
    }),
  },
  {
    // "Add to calendar" from the confirmation page and the manage page: the same event as the email's.
    path: `${path}/calendar`,
    method: 'get',
    handler: dinerEndpoint(async (req) => {
      const token = req.routeParams?.token as string
      const { reservation, restaurant } = await reservationByToken(req, token)
      const locale = reservation.guestLocale === 'en' ? 'en' : 'fr'
      return new Response(reservationCalendar(reservation, restaurant, locale, manageUrl(locale, token)), {
        headers: {
          'Content-Type': 'text/calendar; charset=utf-8',
          'Content-Disposition': `attachment; filename="reservation-${reservation.reference}.ics"`,
          'Cache-Control': 'no-store',
        },
      })
    }),
  },
  {
    // The deposit's checkout page, for a booking still held for payment (a retry after a cancelled checkout).
    path: `${path}/pay`,
    method: 'post',
    handler: dinerEndpoint(async (req) => {
      const token = req.routeParams?.token as string
      const { reservation, restaurant } = await reservationByToken(req, token)
      if (reservation.status !== 'pending_payment' || !reservation.holdExpiresAt || new Date(reservation.holdExpiresAt) <= new Date()) {
        throw new BookingError(409, 'not_payable')
      }
      return Response.json({ url: await depositCheckoutUrl(req, reservation, restaurant, token) }, noStore)
    }),
  },
  {
    path,
    method: 'delete',
    handler: dinerEndpoint(async (req) => Response.json(await cancelBooking(req, req.routeParams?.token), noStore)),
  },
]
