/**
 * The product's one module for calendar arithmetic: local dates ("YYYY-MM-DD" in a restaurant's
 * zone), weekdays, "today" and wall-clock instants. Everything else calls these; lint refuses a day
 * spelled in milliseconds or seconds anywhere but here (eslint.config.mjs), because a day is not
 * 24 hours twice a year and a server's UTC "today" is not a restaurant's.
 */
import { formatInTimeZone } from 'date-fns-tz'

import { minutesOfDay } from '../time'
import type { Weekday } from './types'

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
const MINUTE = 60_000
/** Minutes on a wall clock from 00:00 to 24:00, for walking a service's times past midnight. */
export const MINUTES_PER_DAY = 1440
/** 24 hours: elapsed time only. A local date moves by calendar days (`addLocalDays`). */
const DAY = MINUTES_PER_DAY * MINUTE

/** A local date's position on a plain day count (UTC has no clock changes, so every step is one day). */
const dayNumber = (localDate: string) => Date.parse(`${localDate}T00:00:00Z`) / DAY
const fromDayNumber = (n: number) => new Date(n * DAY).toISOString().slice(0, 10)

/** The calendar date the restaurant's clocks show now: Auckland is already tomorrow when Honolulu is still yesterday. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return localDateOf(now, timeZone)
}

export function weekdayOf(localDate: string): Weekday {
  return WEEKDAYS[isoWeekdayOf(localDate) - 1]!
}

/** 1 = Monday … 7 = Sunday (ISO 8601), the week our calendars and reports start on Monday with. */
export function isoWeekdayOf(localDate: string): number {
  const n = dayNumber(localDate) // day 0, 1970-01-01, was a Thursday (ISO 4)
  return ((((n + 3) % 7) + 7) % 7) + 1
}

/** The local date `days` calendar days later (earlier when negative). */
export function addLocalDays(localDate: string, days: number): string {
  return fromDayNumber(dayNumber(localDate) + days)
}

/** Calendar days from one local date to another: 2026-03-28 → 2026-03-30 is 2, whatever the clocks do. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/** The first day of the local date's month. */
export function startOfLocalMonth(localDate: string): string {
  return `${localDate.slice(0, 8)}01`
}

/** The first day of the month `months` after the local date's (before when negative). */
export function addLocalMonths(localDate: string, months: number): string {
  const [y, m] = localDate.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) + months
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`
}

/** The same calendar date `years` later (earlier when negative); 29 February becomes the 28th in a common year. */
export function addLocalYears(localDate: string, years: number): string {
  const month = addLocalMonths(localDate, 12 * years)
  const length = daysBetween(month, addLocalMonths(month, 1))
  return addLocalDays(month, Math.min(Number(localDate.slice(8, 10)), length) - 1)
}

/** The Monday of the local date's ISO week. */
export function startOfLocalWeek(localDate: string): string {
  return addLocalDays(localDate, 1 - isoWeekdayOf(localDate))
}

/**
 * An instant `days` × 24 hours later: elapsed time (a link valid for a week, a booking window
 * measured from now), not a calendar day, which a clock change makes 23 or 25 hours long.
 */
export function addElapsedDays(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY)
}

/** Days since 1970-01-01 in UTC, as SQL's `floor(epoch / 86400)`: a bucket key, not anyone's calendar. */
export function utcDayNumber(instant: Date): number {
  return Math.floor(instant.getTime() / DAY)
}

export function localDateOf(instant: Date, timeZone: string): string {
  return formatInTimeZone(instant, timeZone, 'yyyy-MM-dd')
}

export function localTimeOf(instant: Date, timeZone: string): string {
  return formatInTimeZone(instant, timeZone, 'HH:mm')
}

/**
 * A local date written out by Intl ("vendredi 4 décembre"): the date as a calendar day, read at its
 * noon in UTC so that no viewer's zone moves it to the day before.
 */
export function formatLocalDate(localDate: string, intlLocale: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(intlLocale, { ...options, timeZone: 'UTC' }).format(new Date(dayNumber(localDate) * DAY + DAY / 2))
}

/** The zone's offset from UTC in minutes at noon of a local date (the offset that day's services mostly run in). */
export function offsetMinutesOn(localDate: string, timeZone: string): number {
  return offsetAt(dayNumber(localDate) * DAY + DAY / 2, timeZone) / MINUTE
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * The zone's offset from UTC at an instant, in milliseconds, as Intl names it ("GMT+05:45").
 * date-fns-tz's getTimezoneOffset cannot say this: it takes its date as a wall-clock time.
 */
function offsetAt(instant: number, timeZone: string): number {
  let format = offsetFormats.get(timeZone)
  if (!format) offsetFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })))
  // "10/25/2026, GMT+02:00": the zone's name ends the text (format is 4× cheaper than formatToParts).
  const m = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(format.format(instant))
  if (!m) return NaN
  return m[1] ? (m[1] === '-' ? -1 : 1) * ((Number(m[2]) * 60 + Number(m[3])) * MINUTE + Number(m[4] ?? 0) * 1000) : 0
}

/** What the zone's wall clock reads at an instant, as milliseconds counted on that clock from 1970-01-01 00:00. */
const wallClockAt = (instant: number, timeZone: string) => instant + offsetAt(instant, timeZone)

/** The zone's offsets around a wall-clock reading: the one in force a day before it and a day after. */
function offsetsAround(wall: number, timeZone: string): { before: number; after: number } {
  return { before: offsetAt(wall - DAY, timeZone), after: offsetAt(wall + DAY, timeZone) }
}

/**
 * Every instant at which the zone's wall clock reads `wall`, earliest first: none in a
 * spring-forward gap, two in the hour repeated at fall-back, one otherwise.
 */
function instantsReading(wall: number, timeZone: string): number[] {
  // An instant reading `wall` is `wall` minus the offset then in force, and no zone is 14 h or more
  // from UTC: the offsets a day either side are every offset that can apply, as no zone changes its
  // offset twice within two days.
  const { before, after } = offsetsAround(wall, timeZone)
  const candidates = before === after ? [wall - before] : [wall - before, wall - after].sort((a, b) => a - b)
  return candidates.filter((t) => wallClockAt(t, timeZone) === wall)
}

const wallClockOf = (localDate: string, minutes: number) => Date.parse(`${localDate}T00:00:00Z`) + minutes * MINUTE

/**
 * The instant of a wall-clock time, `minutes` after midnight of `localDate` (may exceed 24 h for
 * services past midnight). Null when that wall-clock time does not exist (spring-forward gap).
 * A time the clocks show twice (fall-back) is its first occurrence, the earlier instant, with the
 * offset from before the change: what RFC 5545 §3.3.5 says a local time means and what Temporal's
 * default disambiguation picks. So every zone offers the repeated hour once, at the same instant a
 * calendar application shows it.
 */
export function wallClockToInstant(localDate: string, minutes: number, timeZone: string): Date | null {
  const [first] = instantsReading(wallClockOf(localDate, minutes), timeZone)
  return first === undefined ? null : new Date(first)
}

/**
 * Like `wallClockToInstant`, but a wall-clock time in a spring-forward gap gives the moment the
 * clocks jump, the first time after it that exists: a service opening at 02:30 that night opens
 * at 03:00, and a day whose midnight is skipped (Havana, Beirut, Santiago) starts at 01:00.
 */
export function wallClockToInstantOrNext(localDate: string, minutes: number, timeZone: string): Date {
  const wall = wallClockOf(localDate, minutes)
  const [first] = instantsReading(wall, timeZone)
  if (first !== undefined) return new Date(first)
  // In the gap: `wall` read with the later offset is an instant before the jump, read with the
  // earlier offset one after it. Offsets change on whole minutes; halve the interval down to one.
  const { before, after } = offsetsAround(wall, timeZone)
  let [stillBefore, alreadyAfter] = [wall - after, wall - before]
  while (alreadyAfter - stillBefore > MINUTE) {
    const middle = stillBefore + Math.floor((alreadyAfter - stillBefore) / 2 / MINUTE) * MINUTE
    if (offsetAt(middle, timeZone) === before) stillBefore = middle
    else alreadyAfter = middle
  }
  return new Date(alreadyAfter)
}

/**
 * The first instant of a local date: its midnight (the first one, where the clocks go back to
 * 00:00), or the moment the clocks jump when midnight is skipped. Ranges of local dates start here.
 */
export function startOfLocalDay(localDate: string, timeZone: string): Date {
  return wallClockToInstantOrNext(localDate, 0, timeZone)
}

/**
 * The first instant at which the wall clock reads what it reads at `instant`: the instant itself,
 * except in the second pass of the hour repeated at fall-back, where it is the same local time an
 * hour (or whatever the shift) earlier. The slot grid names a repeated time by its first occurrence.
 */
export function firstOccurrenceOf(instant: Date, timeZone: string): Date {
  const [first] = instantsReading(wallClockAt(instant.getTime(), timeZone), timeZone)
  return first === undefined ? instant : new Date(first)
}

/** Minutes after the service's opening day midnight, with past-midnight times moved to the next day. */
export function minutesAfterOpening(opens: string, time: string): number {
  const o = minutesOfDay(opens)
  const t = minutesOfDay(time)
  return t < o ? t + 1440 : t
}
