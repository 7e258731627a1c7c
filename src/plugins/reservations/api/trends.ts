import type { LeadTimeGroup, PartyGroup, RevenueFigures, TrendGranularity } from '../../../domain/analytics/trends'

/** One point of the series: a day, ISO week or month, and the same one last year. */
export interface TrendPoint {
  /** the period's first day (2026-11-30 for the week of Monday 30 November, 2026-11-01 for November) */
  start: string
  /** the part of the period inside the range asked for */
  from: string
  to: string
  covers: number
  bookings: number
  /** first day of last year's period: 52 weeks earlier for days and weeks, 12 months for months */
  lastYearStart: string
  coversLastYear: number
  bookingsLastYear: number
}

export interface TopTable {
  id: number
  label: string
  bookings: number
  covers: number
  /** minutes booked at that table (start to end of each booking) */
  seatMinutes: number
}

/** The JSON of GET /api/restaurants/:slug/trends?from=&to=&granularity= — what `restaurantTrends` returns, what TrendsSection reads. */
export interface TrendsResponse {
  restaurant: string
  currency: string
  granularity: TrendGranularity
  period: { from: string; to: string }
  lastYear: { from: string; to: string }
  series: TrendPoint[]
  totals: { covers: number; bookings: number; coversLastYear: number; bookingsLastYear: number }
  /** the ten tables with the most covers, and the ten with the most minutes booked */
  topTables: { byCovers: TopTable[]; bySeatTime: TopTable[] }
  /** bookings by how far ahead they were made (walk-ins and cancelled bookings left out) */
  leadTime: Array<{ group: LeadTimeGroup; bookings: number; percent: number }>
  /** bookings and covers by party size group, all bookings but cancelled ones */
  partyMix: Array<{ group: PartyGroup; bookings: number; covers: number; percent: number }>
  /** spends entered at checkout, over the period's completed bookings */
  revenue: RevenueFigures
}
