import { createLocalReq, type Payload } from 'payload'

import { addLocalDays, daysSummary, localDateOf, type DaySummary } from '../../../domain/availability'
import { loadBookingContext } from './context'
import { cachedBookingProfile } from './profileCache'

/** The date picker's first screen, computed on the server by the same engine as the API. */
export async function upcomingDays(payload: Payload, slug: string, partySize: number, count: number): Promise<DaySummary[]> {
  const profile = await cachedBookingProfile(payload, slug)
  if (!profile) return []
  const today = localDateOf(new Date(), profile.rules.timeZone)
  const last = addLocalDays(today, Math.min(count, profile.rules.bookingRules.maxAdvanceDays + 1) - 1)
  const req = await createLocalReq({}, payload)
  const { input } = await loadBookingContext(req, profile.restaurant, today, last, { tables: profile.tables, rules: profile.rules })
  return daysSummary(today, last, { ...input, partySize, now: new Date() })
}
