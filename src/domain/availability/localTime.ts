import { addDays, parseISO } from 'date-fns'
import { formatInTimeZone, fromZonedTime } from 'date-fns-tz'

import { minutesOfDay } from '../time'
import type { Weekday } from './types'

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

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

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The instant of a wall-clock time, `minutes` after midnight of `localDate` (may exceed 24 h for
 * services past midnight). Null when that wall-clock time does not exist (spring-forward gap).
 * An ambiguous time (fall-back) resolves to one instant, so it is offered once.
 */
export function wallClockToInstant(localDate: string, minutes: number, timeZone: string): Date | null {
  const date = addLocalDays(localDate, Math.floor(minutes / 1440))
  const m = ((minutes % 1440) + 1440) % 1440
  const wall = `${pad(Math.floor(m / 60))}:${pad(m % 60)}`
  const instant = fromZonedTime(`${date}T${wall}:00`, timeZone)
  // A time in the gap comes back shifted by the jump: it does not exist on that day.
  if (formatInTimeZone(instant, timeZone, "yyyy-MM-dd'T'HH:mm") !== `${date}T${wall}`) return null
  return instant
}

/** Minutes after the service's opening day midnight, with past-midnight times moved to the next day. */
export function minutesAfterOpening(opens: string, time: string): number {
  const o = minutesOfDay(opens)
  const t = minutesOfDay(time)
  return t < o ? t + 1440 : t
}
