import { addElapsedDays, addLocalDays, daysBetween, isoWeekdayOf, offsetMinutesOn, serviceHoursOn, servicesOn } from '../availability'
import type { RestaurantRules, ServiceWindow } from '../availability/types'

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

/**
 * Every sitting of every service from one local date to another (inclusive), as `servicesOn` gives
 * them. A year is 700-odd sittings and the time-zone maths of each costs: a day whose hours and UTC
 * offset (from the day before to two days after, so no clock change touches its services) match an
 * earlier day's reuses that day's sittings moved by whole days; days near a clock change get the
 * full treatment.
 */
export function sittingsBetween(fromDate: string, toDate: string, rules: Pick<RestaurantRules, 'services' | 'exceptions' | 'timeZone'>): Sitting[] {
  // The dates from the day before to two days after the range, and the zone's offset on each.
  const dates: string[] = []
  for (let date = addLocalDays(fromDate, -1), end = addLocalDays(toDate, 2); date <= end; date = addLocalDays(date, 1)) dates.push(date)
  const offsets = dates.map((date) => offsetMinutesOn(date, rules.timeZone))
  const templates = new Map<string, { date: string; windows: ServiceWindow[] }>()
  const sittings: Sitting[] = []
  for (let n = 1; n < dates.length - 2; n++) {
    const date = dates[n]!
    const hours = serviceHoursOn(date, rules)
    if (!hours.length) continue
    const offset = offsets[n]!
    const steady = offsets[n - 1] === offset && offsets[n + 1] === offset && offsets[n + 2] === offset
    const key = steady ? `${offset}|${hours.map((h) => `${h.name},${h.start},${h.end},${h.lastSeating}`).join(';')}` : null
    const template = key ? templates.get(key) : undefined
    let windows: ServiceWindow[]
    if (template) {
      // No clock change from the day before to two days after either day: whole days of 24 hours.
      const shift = daysBetween(template.date, date)
      const moved = (d: Date) => addElapsedDays(d, shift)
      windows = template.windows.map((w) => ({ ...w, localDate: date, opensAt: moved(w.opensAt), closesAt: moved(w.closesAt), lastSeatingAt: moved(w.lastSeatingAt) }))
    } else {
      windows = servicesOn(date, rules)
      if (key) templates.set(key, { date, windows })
    }
    const weekday = isoWeekdayOf(date)
    for (const s of windows) sittings.push({ service: s.name, localDate: date, weekday, opensAt: s.opensAt, closesAt: s.closesAt })
  }
  return sittings
}

/** Used over offered in %, one decimal; null when nothing was offered (closed, or no active table). */
export function occupancyPercent(usedSeatMinutes: number, offeredSeatMinutes: number): number | null {
  if (offeredSeatMinutes <= 0) return null
  return Math.round((usedSeatMinutes / offeredSeatMinutes) * 1000) / 10
}
