/**
 * Covers forecast for the coming weeks, by "pickup": what is already on the books for a week, plus
 * the covers that usually still arrive between now and the end of that week. The usual pickup is
 * learnt from recent weeks: for each, final covers minus the covers it had on the books the same
 * number of days before it began. Cancellations count against it, so the pickup can be negative.
 */

export interface ComingWeek {
  /** local date of the week's first day */
  startsOn: string
  /** days between today and the week's first day */
  leadDays: number
  /** covers of bookings still standing for that week now */
  coversOnTheBooks: number
}

export interface PastWeek {
  startsOn: string
  /** covers that came (confirmed, seated or completed bookings) */
  finalCovers: number
  /** lead days → covers standing that many days before the week began */
  coversOnTheBooks: Record<number, number>
}

export interface WeekForecast extends ComingWeek {
  /** average covers still to come at this lead, rounded */
  expectedPickup: number
  forecastCovers: number
  /** how many past weeks the pickup was learnt from (0: none, the forecast is what is on the books) */
  basedOnWeeks: number
}

/** A week with no covers at all was most likely closed (holidays): it would teach a pickup of zero. */
function wasOpen(week: PastWeek): boolean {
  return week.finalCovers > 0
}

/** The average number of covers still to come `leadDays` before a week, over the past weeks that were open. */
export function usualPickup(history: PastWeek[], leadDays: number): { pickup: number; weeks: number } {
  const samples = history.filter(wasOpen).flatMap((week) => {
    const booked = week.coversOnTheBooks[leadDays]
    return booked === undefined ? [] : [week.finalCovers - booked]
  })
  if (!samples.length) return { pickup: 0, weeks: 0 }
  return { pickup: Math.round(samples.reduce((sum, n) => sum + n, 0) / samples.length), weeks: samples.length }
}

/** Each coming week: covers on the books plus the usual pickup at its lead; never below zero. */
export function forecastCovers(coming: ComingWeek[], history: PastWeek[]): WeekForecast[] {
  return coming.map((week) => {
    const { pickup, weeks } = usualPickup(history, week.leadDays)
    return { ...week, expectedPickup: pickup, forecastCovers: Math.max(0, week.coversOnTheBooks + pickup), basedOnWeeks: weeks }
  })
}
