/**
 * The diner's month calendar as plain data: which days can be booked (the booking window), which
 * month pages exist, the weeks of a month (Monday first) and where the keyboard moves the focus
 * (WAI-ARIA date grid). Local dates only ("YYYY-MM-DD" in the restaurant's zone); every step is a
 * calendar day through the local-time module, so a clock change never moves a day.
 */
import { addLocalDays, addLocalMonths, daysBetween, isoWeekdayOf, startOfLocalMonth } from '../availability/localTime'

/** The days a diner may pick: from the restaurant's today to `maxAdvanceDays` later, both included. */
export interface BookingWindow {
  first: string
  last: string
}

/** What the engine accepts: no time more than `maxAdvanceDays` ahead, so that day is the last one offered. */
export function bookingWindow(today: string, maxAdvanceDays: number): BookingWindow {
  return { first: today, last: addLocalDays(today, Math.max(0, maxAdvanceDays)) }
}

export function inWindow(date: string, window: BookingWindow): boolean {
  return date >= window.first && date <= window.last
}

/** A date moved inside the window: the nearest bookable day. */
export function clampToWindow(date: string, window: BookingWindow): string {
  return date < window.first ? window.first : date > window.last ? window.last : date
}

/** The first day of every month that holds a bookable day, in order. */
export function monthsOfWindow(window: BookingWindow): string[] {
  const months: string[] = []
  for (let month = startOfLocalMonth(window.first); month <= window.last; month = addLocalMonths(month, 1)) months.push(month)
  return months
}

/** The month (its first day) a date falls in. */
export const monthOf = startOfLocalMonth

export function lastDayOfMonth(month: string): string {
  return addLocalDays(addLocalMonths(month, 1), -1)
}

/**
 * The days of a month page the availability endpoint is asked for: the month cut to the window,
 * at most 31 days (the endpoint takes up to 92). Null for a month with no bookable day.
 */
export function monthRange(month: string, window: BookingWindow): { from: string; to: string } | null {
  const first = startOfLocalMonth(month)
  const from = first < window.first ? window.first : first
  const end = lastDayOfMonth(first)
  const to = end > window.last ? window.last : end
  return from <= to ? { from, to } : null
}

/**
 * The month's weeks, Monday to Sunday, each a row of seven cells: the month's dates, null where the
 * row runs into the month before or after.
 */
export function monthWeeks(month: string): Array<Array<string | null>> {
  const first = startOfLocalMonth(month)
  const length = daysBetween(first, addLocalMonths(first, 1))
  const lead = isoWeekdayOf(first) - 1
  const cells: Array<string | null> = [...Array.from({ length: lead }, () => null), ...Array.from({ length }, (_, i) => addLocalDays(first, i))]
  while (cells.length % 7) cells.push(null)
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7))
}

/** Monday of a date's week: the seven column headings and Home/End start from it. */
export function mondayOf(date: string): string {
  return addLocalDays(date, 1 - isoWeekdayOf(date))
}

/** The same day of the month `months` later, or that month's last day when it is shorter (31 January → 28 February). */
export function sameDayInMonth(date: string, months: number): string {
  const target = addLocalMonths(date, months)
  const day = Number(date.slice(8, 10))
  const last = lastDayOfMonth(target)
  return day > Number(last.slice(8, 10)) ? last : `${target.slice(0, 8)}${date.slice(8, 10)}`
}

export type CalendarKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'PageUp' | 'PageDown'

export const CALENDAR_KEYS: readonly CalendarKey[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']

/**
 * Where a key moves the focus, as the WAI-ARIA date grid says: arrows a day or a week, Home/End the
 * week's Monday/Sunday, PageUp/PageDown a month (Shift: a year). Never outside the booking window.
 */
export function moveFocus(date: string, key: CalendarKey, window: BookingWindow, shift = false): string {
  const moved = {
    ArrowLeft: () => addLocalDays(date, -1),
    ArrowRight: () => addLocalDays(date, 1),
    ArrowUp: () => addLocalDays(date, -7),
    ArrowDown: () => addLocalDays(date, 7),
    Home: () => mondayOf(date),
    End: () => addLocalDays(mondayOf(date), 6),
    PageUp: () => sameDayInMonth(date, shift ? -12 : -1),
    PageDown: () => sameDayInMonth(date, shift ? 12 : 1),
  }[key]()
  return clampToWindow(moved, window)
}
