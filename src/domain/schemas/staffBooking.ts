import { z } from 'zod'

import { isTimeOfDay } from '../time'
import { localDateSchema, OCCASION_VALUES, partySizeSchema, phoneSchema } from './booking'

/** The drawer's day: the times in staff mode for a party. */
export const staffAvailabilityQuerySchema = z.object({ date: localDateSchema, party: partySizeSchema })

/** The guest search as you type: at least two characters, never a dump of the whole book. */
export const guestSearchQuerySchema = z.object({ q: z.string().trim().min(2).max(120) })

const idSchema = z.number({ error: (issue) => (issue.code === 'invalid_type' ? 'not_a_number' : undefined) }).int().positive()

/** A returning guest picked from the search, or a new one (a profile is made when an email or a phone is given). */
const staffGuestSchema = z.union([
  z.object({ id: idSchema }),
  z.object({
    name: z.string({ error: (issue) => (issue.code === 'invalid_type' ? 'name_required' : undefined) }).trim().min(2, 'name_required').max(120),
    // On the phone a guest may give no email; then their profile is found by their number.
    email: z.union([z.literal(''), z.string().trim().toLowerCase().email('invalid_email')]).optional(),
    phone: phoneSchema,
    locale: z.enum(['fr', 'en']).default('fr'),
  }),
])

export const STAFF_SOURCES = ['phone', 'walk_in', 'staff'] as const

/** POST /api/restaurants/:slug/staff-bookings: what the new-booking drawer sends. */
export const staffBookingSchema = z.object({
  date: localDateSchema,
  time: z.string().refine(isTimeOfDay, { message: 'invalid_time' }),
  partySize: partySizeSchema,
  /** the tables the host chose; none: the engine's pick */
  tables: z.array(idSchema).max(4).optional(),
  guest: staffGuestSchema,
  source: z.enum(STAFF_SOURCES).default('phone'),
  notes: z.string().trim().max(1000).optional(),
  occasion: z.enum(OCCASION_VALUES).optional(),
  /** The confirmation email (in the guest's language); the host unticks it when the guest wants none. */
  sendConfirmation: z.boolean().default(true),
  /** A manager forcing a time or table the rules refuse (issue 8): always with a reason, audited. */
  override: z.object({ reason: z.string().trim().min(3).max(200) }).optional(),
})

export type StaffBookingRequest = z.infer<typeof staffBookingSchema>
