import type { CalendarDay } from '../../../domain/service/calendar'

/** The JSON of GET /api/restaurants/:slug/calendar?from=&to= — what `calendarRange` returns, what the week and month views read. */
export interface CalendarResponse {
  restaurant: { slug: string; name: string; timeZone: string }
  from: string
  to: string
  days: CalendarDay[]
}
