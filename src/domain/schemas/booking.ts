import { z } from 'zod'

import { daysBetween } from '../availability/localTime'
import type { FormTrap } from '../forms/trap'
import { normalisePhone, smsRecipient } from '../phone'
import { isLocalDate } from '../time'

/**
 * Shared by the endpoints and the booking wizard: one definition of a valid request. A custom
 * message is an error code (src/domain/errors), which each side turns into words in its language.
 */

// In the browser, zod must not probe for `new Function` (its faster parsers): the site's CSP forbids
// eval, and the refused probe is reported as a CSP violation. Set before any schema is made.
if (typeof window !== 'undefined') z.config({ jitless: true })

// `format` is for the API's contract (/api/openapi.json): a calendar day, `2026-12-24`.
export const localDateSchema = z.string().refine(isLocalDate, { message: 'invalid_date' }).meta({ format: 'date' })

export const partySizeSchema = z.coerce
  .number({ error: (issue) => (issue.code === 'invalid_type' ? 'not_a_number' : undefined) })
  .int('not_whole')
  .min(1)
  .max(100)

export const availabilityQuerySchema = z
  .object({
    party: partySizeSchema,
    date: localDateSchema.optional(),
    from: localDateSchema.optional(),
    to: localDateSchema.optional(),
  })
  .refine((q) => Boolean(q.date) !== Boolean(q.from || q.to), { message: 'date_or_range', path: ['date'] })
  .refine((q) => !q.from === !q.to, { message: 'range_incomplete', path: ['to'] })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'range_reversed', path: ['from'] })
  .refine((q) => !q.from || !q.to || daysBetween(q.from, q.to) <= 92, { params: { days: 92 }, message: 'range_too_long', path: ['to'] })

/**
 * An optional phone: any number in service (the restaurant may call a landline), stored in E.164:
 * "06 12 34 56 78" → "+33612345678". Left empty, it is undefined.
 */
export const phoneSchema = z
  .string()
  .trim()
  .max(40, 'invalid_phone')
  .optional()
  .transform((value, ctx) => {
    if (!value) return undefined
    const phone = normalisePhone(value)
    if (phone.ok) return phone.e164
    ctx.addIssue({ code: 'custom', message: 'invalid_phone' })
    return z.NEVER
  })

export const guestSchema = z.object({
  name: z.string({ error: (issue) => (issue.code === 'invalid_type' ? 'name_required' : undefined) }).trim().min(2, 'name_required').max(120),
  email: z.string({ error: (issue) => (issue.code === 'invalid_type' ? 'invalid_email' : undefined) }).trim().toLowerCase().email('invalid_email'),
  phone: phoneSchema,
})

/** What the site's forms send as `form`: the honeypot and the time trap (src/domain/forms/trap.ts). */
export const formTrapSchema: z.ZodType<FormTrap> = z.object({
  website: z.string().max(2000),
  elapsedMs: z.number().int().min(0),
})

export const OCCASION_VALUES = ['birthday', 'anniversary', 'business', 'date', 'celebration', 'other'] as const

export const bookingRequestSchema = z
  .object({
    restaurant: z.string().trim().min(1, 'required'),
    startsAt: z.iso.datetime({ offset: true, message: 'invalid_datetime' }),
    partySize: partySizeSchema,
    guest: guestSchema,
    locale: z.enum(['fr', 'en']).default('fr'),
    specialRequests: z.string().trim().max(1000).optional(),
    occasion: z.enum(OCCASION_VALUES).optional(),
    /** The guest agrees to a confirmation and a reminder by text message (needs guest.phone). */
    smsConsent: z.boolean().optional(),
    /** Sent by the site's wizard only: the honeypot and the time trap (src/domain/forms/trap.ts). */
    form: formTrapSchema.optional(),
  })
  // The same rule the SMS sender applies: asking for texts on a number that cannot get them is refused here, not dropped later.
  .refine((b) => !b.smsConsent || !b.guest.phone || smsRecipient(b.guest.phone).ok, { message: 'phone_no_sms', path: ['guest', 'phone'] })

export type BookingRequest = z.infer<typeof bookingRequestSchema>

export const bookingChangeSchema = z
  .object({
    startsAt: z.iso.datetime({ offset: true, message: 'invalid_datetime' }).optional(),
    partySize: partySizeSchema.optional(),
    specialRequests: z.string().trim().max(1000).optional(),
  })
  .refine((c) => c.startsAt !== undefined || c.partySize !== undefined || c.specialRequests !== undefined, {
    message: 'nothing_to_change',
  })

export type BookingChange = z.infer<typeof bookingChangeSchema>

export const waitlistRequestSchema = z
  .object({
    restaurant: z.string().trim().min(1),
    date: localDateSchema,
    windowStart: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time'),
    windowEnd: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time'),
    partySize: partySizeSchema,
    guest: guestSchema,
    locale: z.enum(['fr', 'en']).default('fr'),
  })
  .refine((w) => w.windowStart < w.windowEnd, { message: 'window_reversed', path: ['windowEnd'] })
