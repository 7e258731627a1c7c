import { createLocalReq, type Payload } from 'payload'

import { addLocalDays, daysSummary, localDateOf, slotsOn } from '../../../domain/availability'
import { loadBookingContext } from './context'
import { cachedBookingProfile } from './profileCache'

export type NextTimes = { date: string; times: string[] } | null

/**
 * The first day (within `horizonDays`) with a free table for the party, and its first free times:
 * what a restaurant's card on the group home offers, from the same engine as the wizard.
 */
export async function nextFreeTimes(payload: Payload, slug: string, partySize: number, count = 4, horizonDays = 14): Promise<NextTimes> {
  const profile = await cachedBookingProfile(payload, slug)
  if (!profile) return null
  const now = new Date()
  const today = localDateOf(now, profile.rules.timeZone)
  const last = addLocalDays(today, Math.min(horizonDays, profile.rules.bookingRules.maxAdvanceDays + 1) - 1)
  const req = await createLocalReq({}, payload)
  const { input } = await loadBookingContext(req, profile.restaurant, today, last, { tables: profile.tables, rules: profile.rules })
  const day = daysSummary(today, last, { ...input, partySize, now }).find((d) => d.available)
  if (!day) return null
  const times = slotsOn(day.date, { ...input, partySize, now })
    .filter((s) => s.available)
    .slice(0, count)
    .map((s) => s.time)
  return { date: day.date, times }
}
