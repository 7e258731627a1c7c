import { addDays, parseISO } from 'date-fns'
import { formatInTimeZone } from 'date-fns-tz'

import { minutesOfDay } from '../time'
import type { Weekday } from './types'

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
const MINUTE = 60_000
const DAY = 1440 * MINUTE

export function weekdayOf(localDate: string): Weekday {
  // Noon UTC of that calendar date has the same weekday everywhere.
  const isoDay = parseISO(`${localDate}T12:00:00Z`).getUTCDay() // 0 = Sunday
  return WEEKDAYS[(isoDay + 6) % 7]!
}

export function addLocalDays(localDate: string, days: number): string {
  return addDays(parseISO(`${localDate}T12:00:00Z`), days).toISOString().slice(0, 10)
}

export function localDateOf(instant: Date, timeZone: string): string {
  return formatInTimeZone(instant, timeZone, 'yyyy-MM-dd')
}

export function localTimeOf(instant: Date, timeZone: string): string {
  return formatInTimeZone(instant, timeZone, 'HH:mm')
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
