import { z } from 'zod'

import { daysBetween } from '../availability/localTime'
import { normalisePhone, smsRecipient } from '../phone'
import { isLocalDate } from '../time'

/** Shared by the endpoints and the booking wizard: one definition of a valid request. */

// In the browser, zod must not probe for `new Function` (its faster parsers): the site's CSP forbids
// eval, and the refused probe is reported as a CSP violation. Set before any schema is made.
if (typeof window !== 'undefined') z.config({ jitless: true })

export const localDateSchema = z.string().refine(isLocalDate, { message: 'Use a real date as YYYY-MM-DD' })

export const partySizeSchema = z.coerce
  .number({ message: 'Party size must be a number' })
  .int('Party size must be a whole number')
  .min(1, 'Party size must be at least 1')
  .max(100, 'Party size must be at most 100')

export const availabilityQuerySchema = z
  .object({
    party: partySizeSchema,
    date: localDateSchema.optional(),
    from: localDateSchema.optional(),
    to: localDateSchema.optional(),
  })
  .refine((q) => Boolean(q.date) !== Boolean(q.from || q.to), { message: 'Give either date, or from and to', path: ['date'] })
  .refine((q) => !q.from === !q.to, { message: 'Give both from and to', path: ['to'] })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '"from" must not be after "to"', path: ['from'] })
  .refine((q) => !q.from || !q.to || daysBetween(q.from, q.to) <= 92, { message: 'Ask for at most 92 days at once', path: ['to'] })

/**
 * An optional phone: any number in service (the restaurant may call a landline), stored in E.164:
 * "06 12 34 56 78" → "+33612345678". Left empty, it is undefined.
 */
export const phoneSchema = z
  .string()
  .trim()
  .max(40, 'Enter a phone number, e.g. +33 6 12 34 56 78')
  .optional()
  .transform((value, ctx) => {
    if (!value) return undefined
    const phone = normalisePhone(value)
    if (phone.ok) return phone.e164
    ctx.addIssue({ code: 'custom', message: 'Enter a phone number, e.g. +33 6 12 34 56 78' })
    return z.NEVER
  })

export const guestSchema = z.object({
  name: z.string().trim().min(2, 'Enter your name').max(120),
  email: z.string().trim().toLowerCase().email('Enter a valid email address'),
  phone: phoneSchema,
})

export const OCCASION_VALUES = ['birthday', 'anniversary', 'business', 'date', 'celebration', 'other'] as const

export const bookingRequestSchema = z
  .object({
    restaurant: z.string().trim().min(1, 'Name the restaurant by its slug'),
    startsAt: z.iso.datetime({ offset: true, message: 'startsAt must be an ISO date-time, e.g. 2026-12-24T19:30:00+01:00' }),
    partySize: partySizeSchema,
    guest: guestSchema,
    locale: z.enum(['fr', 'en']).default('fr'),
    specialRequests: z.string().trim().max(1000).optional(),
    occasion: z.enum(OCCASION_VALUES).optional(),
    /** The guest agrees to a confirmation and a reminder by text message (needs guest.phone). */
    smsConsent: z.boolean().optional(),
  })
  // The same rule the SMS sender applies: asking for texts on a number that cannot get them is refused here, not dropped later.
  .refine((b) => !b.smsConsent || !b.guest.phone || smsRecipient(b.guest.phone).ok, {
    message: 'This number cannot receive text messages: give a mobile number, or untick the SMS option',
    path: ['guest', 'phone'],
  })

export type BookingRequest = z.infer<typeof bookingRequestSchema>

export const bookingChangeSchema = z
  .object({
    startsAt: z.iso.datetime({ offset: true, message: 'startsAt must be an ISO date-time' }).optional(),
    partySize: partySizeSchema.optional(),
    specialRequests: z.string().trim().max(1000).optional(),
  })
  .refine((c) => c.startsAt !== undefined || c.partySize !== undefined || c.specialRequests !== undefined, {
    message: 'Nothing to change: give startsAt, partySize or specialRequests',
  })

export type BookingChange = z.infer<typeof bookingChangeSchema>

export const waitlistRequestSchema = z
  .object({
    restaurant: z.string().trim().min(1),
    date: localDateSchema,
    windowStart: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 19:00'),
    windowEnd: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 21:00'),
    partySize: partySizeSchema,
    guest: guestSchema,
    locale: z.enum(['fr', 'en']).default('fr'),
  })
  .refine((w) => w.windowStart < w.windowEnd, { message: 'The window must end after it starts', path: ['windowEnd'] })
