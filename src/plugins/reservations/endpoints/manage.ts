import type { Endpoint } from 'payload'
import { z } from 'zod'

import { bookingChangeSchema } from '../../../domain/schemas/booking'
import { emailChangeConfirmationSchema, emailChangeSchema, guestDetailsSchema } from '../../../domain/schemas/diner'
import { reservationCalendar } from '../notifications/calendar'
import { depositCheckoutUrl } from '../payments/checkout'
import { cancelBooking, changeBooking, guestView, manageUrl, reservationByToken } from '../services/booking'
import { confirmEmailChange, correctGuestDetails, requestEmailChange } from '../services/dinerBooking'
import { BookingError, dinerEndpoint, jsonBody } from '../../../infrastructure/http/respond'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'
import { bookingExample, bookingView, INPUT_CODES, RULE_CODES, TAKEN_CODES } from './answers'

const path = '/manage/:token'
const noStore = { headers: { 'Cache-Control': 'no-store' } }

/** Every route here answers to the booking's secret link alone; an unknown token is a 404, a spent one a 410. */
function asGuest(operation: Omit<ApiOperation, 'tag' | 'auth' | 'params'>): { openapi: ApiOperation } {
  const errors = operation.errors ?? {}
  return {
    openapi: {
      ...operation,
      tag: 'Guest booking',
      auth: ['manageToken'],
      params: { token: { description: "The secret token of the booking's private link (`manageToken` in the booking's answer)." } },
      errors: { ...errors, 404: ['booking_not_found', ...(errors[404] ?? [])], 410: ['booking_link_expired', ...(errors[410] ?? [])] },
    },
  }
}
const changed = { description: 'The booking as it is now.', schema: bookingView, example: bookingExample }
const NOT_CHANGEABLE = ['not_changeable', 'already_started'] as const

/**
 * GET | PUT | PATCH | DELETE /api/reservations/manage/:token (and GET …/calendar, PATCH …/guest,
 * POST …/email, POST …/email/confirm) — the guest's own booking, by its secret link.
 */
export const manageEndpoints: Endpoint[] = [
  {
    custom: asGuest({ summary: 'Read a booking', description: 'With what the guest may do and what cancelling now would cost.', responses: { 200: changed } }),
    path,
    method: 'get',
    handler: dinerEndpoint(async (req) => {
      const { reservation, restaurant } = await reservationByToken(req, req.routeParams?.token)
      return Response.json(guestView(reservation, restaurant), noStore)
    }),
  },
  ...(['put', 'patch'] as const).map(
    (method): Endpoint => ({
      custom: asGuest({
        summary: method === 'put' ? 'Change a booking (same as PATCH)' : 'Change the time, the party size or the requests',
        description: 'A new time or party size is checked by the same engine as a new booking; a party that now owes a deposit it has not paid is refused (`deposit_required`).',
        body: bookingChangeSchema,
        bodyExample: { startsAt: '2026-12-04T20:00:00+01:00', partySize: 3 },
        responses: { 200: changed },
        errors: { 400: ['invalid_json'], 409: [...NOT_CHANGEABLE, ...TAKEN_CODES], 422: [...RULE_CODES, 'deposit_required', 'nothing_to_change', 'invalid_datetime', ...INPUT_CODES] },
      }),
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
    custom: asGuest({
      summary: "Correct the guest's name and phone",
      description: 'Stored in E.164; an empty phone removes it, and SMS consent with it. The guest profile takes the correction too.',
      body: guestDetailsSchema,
      bodyExample: { name: 'Emma Thompson-Hale', phone: '+44 7700 900123' },
      responses: { 200: changed },
      errors: { 400: ['invalid_json'], 409: [...NOT_CHANGEABLE], 422: ['name_required', 'invalid_phone', ...INPUT_CODES] },
    }),
    path: `${path}/guest`,
    method: 'patch',
    handler: dinerEndpoint(async (req) => {
      const details = guestDetailsSchema.parse(await jsonBody(req))
      return Response.json(await correctGuestDetails(req, req.routeParams?.token, details), noStore)
    }),
  },
  {
    // A new address for the booking's emails: a confirmation link goes to it; nothing changes yet.
    custom: asGuest({
      summary: "Ask to move the booking's emails to another address",
      description: 'Nothing changes yet: the new address gets a link valid 24 hours, and only opening it makes the change.',
      body: emailChangeSchema,
      bodyExample: { email: 'emma.new@example.co.uk' },
      responses: { 202: { description: 'The confirmation link is on its way.', schema: z.object({ pendingEmail: z.string(), expiresAt: z.string() }), example: { pendingEmail: 'emma.new@example.co.uk', expiresAt: '2026-12-03T18:30:00.000Z' } } },
      errors: { 400: ['invalid_json'], 409: [...NOT_CHANGEABLE], 422: ['same_email', 'invalid_email', ...INPUT_CODES] },
    }),
    path: `${path}/email`,
    method: 'post',
    handler: dinerEndpoint(async (req) => {
      const { email } = emailChangeSchema.parse(await jsonBody(req))
      return Response.json(await requestEmailChange(req, req.routeParams?.token, email), { status: 202, ...noStore })
    }),
  },
  {
    // The new address opened its link: the change is made.
    custom: asGuest({
      summary: 'Confirm the new address from its link',
      description: 'The old address is told of the change. A second click answers the booking as it is.',
      body: emailChangeConfirmationSchema,
      bodyExample: { token: '…' },
      responses: { 200: changed },
      errors: { 400: ['invalid_json', 'email_link_invalid'], 409: [...NOT_CHANGEABLE], 410: ['email_link_expired'] },
    }),
    path: `${path}/email/confirm`,
    method: 'post',
    handler: dinerEndpoint(async (req) => {
      const { token } = emailChangeConfirmationSchema.parse(await jsonBody(req))
      return Response.json(await confirmEmailChange(req, req.routeParams?.token, token), noStore)
    }),
  },
  {
    // "Add to calendar" from the confirmation page and the manage page: the same event as the email's.
    custom: asGuest({ summary: 'The booking as a calendar event', responses: { 200: { description: 'An iCalendar file: the same event the confirmation email attaches.', contentType: 'text/calendar' } } }),
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
    custom: asGuest({
      summary: "The deposit's checkout page, again",
      description: 'For a booking still held for its deposit (after a cancelled checkout).',
      responses: { 200: { description: "Stripe Checkout's address.", schema: z.object({ url: z.string() }), example: { url: 'https://checkout.stripe.com/c/pay/…' } } },
      errors: { 409: ['not_payable'], 503: ['payment_unavailable'] },
    }),
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
    custom: asGuest({
      summary: 'Cancel a booking',
      description: "The table is free again; a paid deposit is refunded as the policy says (`cancellation` is the consequence, as shown before cancelling).",
      responses: { 200: { ...changed, description: 'The cancelled booking.' } },
      errors: { 409: [...NOT_CHANGEABLE] },
    }),
    path,
    method: 'delete',
    handler: dinerEndpoint(async (req) => Response.json(await cancelBooking(req, req.routeParams?.token), noStore)),
  },
]
