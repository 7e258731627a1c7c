import { z } from 'zod'

import { OCCASION_VALUES } from '../../../domain/schemas/booking'

/**
 * The shapes of the JSON our booking endpoints answer with, for the OpenAPI document
 * (/api/openapi.json) and the clients generated from it. The endpoints build these answers in
 * their services (guestView, the engine's slots); these schemas describe them, and the typed-client
 * test reads real answers through them.
 */

const STATUSES = ['pending_payment', 'confirmed', 'seated', 'completed', 'cancelled', 'no_show'] as const
const instant = z.string().describe('An instant in UTC, ISO 8601 (`2026-12-04T18:30:00.000Z`).')
const localDate = z.string().describe('A calendar day in the restaurant’s time zone, `YYYY-MM-DD`.')
const UNAVAILABLE = ['closed', 'too_soon', 'too_far', 'not_a_slot', 'pacing', 'no_table'] as const

export const daySlotsAnswer = z.object({
  restaurant: z.string(),
  timeZone: z.string(),
  party: z.number().int(),
  date: localDate,
  closed: z.boolean().describe('No service that day: `slots` is empty.'),
  slots: z.array(
    z.object({
      time: z.string().describe('Local time, `HH:mm`.'),
      startsAt: instant,
      service: z.string(),
      available: z.boolean(),
      reason: z.enum(UNAVAILABLE).optional().describe('Why this time cannot be booked.'),
    }),
  ),
})

export const daysSummaryAnswer = z.object({
  restaurant: z.string(),
  timeZone: z.string(),
  party: z.number().int(),
  from: localDate,
  to: localDate,
  days: z.array(z.object({ date: localDate, available: z.boolean(), slots: z.number().int().describe('Bookable times that day.'), reason: z.enum(UNAVAILABLE).optional() })),
})

/** What a guest sees of their booking (services/booking.ts `guestView`). */
export const bookingView = z.object({
  reference: z.string().describe('As printed on the confirmation, e.g. `K7Q4MX`.'),
  status: z.enum(STATUSES),
  startsAt: instant,
  endsAt: instant,
  localDate,
  time: z.string(),
  timeZone: z.string(),
  partySize: z.number().int(),
  guestName: z.string(),
  guestEmail: z.string().nullable(),
  guestPhone: z.string().nullable(),
  specialRequests: z.string().nullable(),
  occasion: z.enum(OCCASION_VALUES).nullable(),
  restaurant: z.object({ name: z.string(), slug: z.string(), phone: z.string().nullable(), email: z.string().nullable() }),
  deposit: z.object({ amountMinor: z.number().int(), currency: z.string(), status: z.string() }).nullable().describe('Amounts in minor units: 3000 is 30,00 €.'),
  holdExpiresAt: z.string().nullable().describe('Until when a booking awaiting its deposit holds the table.'),
  canChange: z.boolean(),
  canCancel: z.boolean(),
  cancellation: z
    .object({
      free: z.boolean(),
      freeUntil: instant,
      refundPercent: z.number(),
      refundMinor: z.number().int(),
      keptMinor: z.number().int(),
      policy: z.string().nullable(),
    })
    .nullable()
    .describe('What cancelling now would cost.'),
})

export const bookedAnswer = bookingView.extend({
  manageUrl: z.string().describe('The guest’s private page for this booking.'),
  calendarUrl: z.string().describe('The booking as an .ics file.'),
  manageToken: z.string().describe('The secret of the link: the key to `/api/reservations/manage/{token}`. Keep it private.'),
  paymentUrl: z.string().nullable().describe('Stripe Checkout, when a deposit is due.'),
})

export const bookingExample = {
  reference: 'K7Q4MX',
  status: 'confirmed',
  startsAt: '2026-12-04T18:30:00.000Z',
  endsAt: '2026-12-04T20:00:00.000Z',
  localDate: '2026-12-04',
  time: '19:30',
  timeZone: 'Europe/Paris',
  partySize: 2,
  guestName: 'Emma Thompson',
  guestEmail: 'emma@example.co.uk',
  guestPhone: null,
  specialRequests: null,
  occasion: null,
  restaurant: { name: 'Le Petit Zinc', slug: 'le-petit-zinc', phone: '+33142000000', email: 'bonjour@lepetitzinc.fr' },
  deposit: null,
  holdExpiresAt: null,
  canChange: true,
  canCancel: true,
  cancellation: { free: true, freeUntil: '2026-12-03T18:30:00.000Z', refundPercent: 100, refundMinor: 0, keptMinor: 0, policy: null },
}

/** The refusals of a body that does not parse (src/domain/errors/zod.ts), besides each field's own codes. */
export const INPUT_CODES = ['required', 'invalid', 'not_a_number', 'not_whole', 'too_small', 'too_big', 'not_an_option'] as const
/** The engine's refusals of a time: 409 when it was taken meanwhile, 422 when the rules never allowed it. */
/** A partner's key refused: revoked, without the operation's scope, or not given this restaurant. */
export const INTEGRATION_CODES = ['integration_inactive', 'integration_scope', 'integration_restaurant'] as const
export const TAKEN_CODES = ['pacing', 'no_table', 'table_taken'] as const
export const RULE_CODES = ['closed', 'too_soon', 'too_far', 'not_a_slot', 'party_too_large'] as const
