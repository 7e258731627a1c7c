import { z } from 'zod'

import { BOOKING_REFERENCE_PATTERN, normaliseReference } from '../referenceFormat'
import { phoneSchema } from './booking'

/**
 * What a diner sends about their own booking or account, shared by the site's forms and the
 * endpoints (messages are error codes, as in ./booking).
 */

export const emailSchema = z
  .string({ error: (issue) => (issue.code === 'invalid_type' ? 'invalid_email' : undefined) })
  .trim()
  .toLowerCase()
  .max(254, 'invalid_email')
  .email('invalid_email')

const nameSchema = z.string({ error: (issue) => (issue.code === 'invalid_type' ? 'name_required' : undefined) }).trim().min(2, 'name_required').max(120)

const localeSchema = z.enum(['fr', 'en'])

/** "Find my booking": the reference as printed on the confirmation, and the address it was made with. */
export const findBookingSchema = z.object({
  reference: z
    .string({ error: (issue) => (issue.code === 'invalid_type' ? 'invalid_reference' : undefined) })
    .max(20, 'invalid_reference')
    .transform(normaliseReference)
    .refine((reference) => BOOKING_REFERENCE_PATTERN.test(reference), { message: 'invalid_reference' }),
  email: emailSchema,
  locale: localeSchema.default('fr'),
})

export type FindBookingRequest = z.infer<typeof findBookingSchema>

/** The guest corrects the name or phone on their booking. An empty phone removes the number. */
export const guestDetailsSchema = z.object({
  name: nameSchema,
  phone: phoneSchema,
})

export type GuestDetails = z.infer<typeof guestDetailsSchema>

/** The guest asks for their booking's emails to go to another address (confirmed by a link first). */
export const emailChangeSchema = z.object({ email: emailSchema })

/** The signed link's token, sent back from the page it opened. */
export const emailChangeConfirmationSchema = z.object({ token: z.string().min(1, 'email_link_invalid').max(2000, 'email_link_invalid') })

/**
 * A diner's own profile. A new password needs the current one (someone at an unlocked screen must
 * not take the account); both or neither.
 */
export const dinerProfileSchema = z
  .object({
    name: nameSchema,
    phone: phoneSchema,
    locale: localeSchema,
    currentPassword: z.string().max(200).optional(),
    newPassword: z.string().max(200).optional(),
  })
  .transform((profile) => ({ ...profile, currentPassword: profile.currentPassword || undefined, newPassword: profile.newPassword || undefined }))
  .refine((p) => !p.newPassword || p.newPassword.length >= 10, { message: 'password_too_short', path: ['newPassword'] })
  .refine((p) => !p.newPassword || Boolean(p.currentPassword), { message: 'current_password_required', path: ['currentPassword'] })

export type DinerProfile = z.infer<typeof dinerProfileSchema>
