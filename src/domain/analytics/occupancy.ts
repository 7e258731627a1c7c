import { addLocalDays, servicesOn, weekdayOf } from '../availability'
import type { RestaurantRules } from '../availability/types'

/**
 * Occupancy, as this project measures it: seat-time used over seat-time offered.
 *   used    = for every confirmed, seated or completed booking starting in a sitting of a service:
 *             party size × the minutes it stays, cut at the service's close;
 *   offered = seats of the active tables (sum of their max guests, today's floor) × the minutes each
 *             sitting of that service was open (opening to close, per the weekly hours and exceptions).
 * 100 % means every seat was taken from opening to close. A 4-top holding 2 guests counts as half
 * used: empty chairs are lost covers. No-shows and cancellations use nothing.
 */
export interface Sitting {
  service: string
  localDate: string
  /** ISO weekday, 1 = Monday */
  weekday: number
  opensAt: Date
  closesAt: Date
}

const ISO_WEEKDAY: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 }

/** Every sitting of every service from one local date to another (inclusive). */
export function sittingsBetween(fromDate: string, toDate: string, rules: Pick<RestaurantRules, 'services' | 'exceptions' | 'timeZone'>): Sitting[] {
  const sittings: Sitting[] = []
  for (let date = fromDate; date <= toDate; date = addLocalDays(date, 1)) {
    const weekday = ISO_WEEKDAY[weekdayOf(date)]!
    for (const s of servicesOn(date, rules)) sittings.push({ service: s.name, localDate: date, weekday, opensAt: s.opensAt, closesAt: s.closesAt })
  }
  return sittings
}

/** Used over offered in %, one decimal; null when nothing was offered (closed, or no active table). */
export function occupancyPercent(usedSeatMinutes: number, offeredSeatMinutes: number): number | null {
  if (offeredSeatMinutes <= 0) return null
  return Math.round((usedSeatMinutes / offeredSeatMinutes) * 1000) / 10
}
