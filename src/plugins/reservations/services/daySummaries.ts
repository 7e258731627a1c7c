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
  return daysBetweenDates(payload, slug, partySize, today, last)
}

/**
 * One summary per local day from `from` to `to` (as the availability endpoint's `from`/`to` answer):
 * the month calendar's first page, rendered with the page. Days before today are not walked.
 */
export async function daysBetweenDates(payload: Payload, slug: string, partySize: number, from: string, to: string): Promise<DaySummary[]> {
  const profile = await cachedBookingProfile(payload, slug)
  if (!profile) return []
  const now = new Date()
  const today = localDateOf(now, profile.rules.timeZone)
  const start = from < today ? today : from
  if (start > to) return []
  const req = await createLocalReq({}, payload)
  const { input } = await loadBookingContext(req, profile.restaurant, start, to, { tables: profile.tables, rules: profile.rules })
  return daysSummary(start, to, { ...input, partySize, now })
}
