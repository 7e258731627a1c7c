import type { ServiceWindow } from '../availability/types'

/** Bookings starting at one instant, as Postgres adds them up. */
export interface StartTotals {
  startsAt: Date
  covers: number
  bookings: number
}

export interface ServiceTotals {
  name: string
  covers: number
  bookings: number
}

export interface CalendarDay {
  date: string
  covers: number
  bookings: number
  /** every service of the day, in order, even an empty one (an empty service is news too) */
  services: ServiceTotals[]
}

/**
 * One day of the week and month views: its covers split by service. A booking belongs to the
 * service whose doors are open when it starts; one outside every service (a forced booking, a
 * walk-in after closing) is counted under "Other" rather than lost.
 */
export function calendarDay(date: string, windows: ServiceWindow[], starts: StartTotals[]): CalendarDay {
  const services: ServiceTotals[] = windows.map((w) => ({ name: w.name, covers: 0, bookings: 0 }))
  let other: ServiceTotals | null = null
  for (const start of starts) {
    const at = start.startsAt.getTime()
    const index = windows.findIndex((w) => at >= w.opensAt.getTime() && at < w.closesAt.getTime())
    const bucket = index >= 0 ? services[index]! : (other ??= { name: 'Other', covers: 0, bookings: 0 })
    bucket.covers += start.covers
    bucket.bookings += start.bookings
  }
  if (other) services.push(other)
  return {
    date,
    covers: services.reduce((n, s) => n + s.covers, 0),
    bookings: services.reduce((n, s) => n + s.bookings, 0),
    services,
  }
}
