import type { Change } from '../../../domain/analytics/compare'
import type { WeekForecast } from '../../../domain/analytics/forecast'

export const KPIS = ['covers', 'bookings', 'occupancyPercent', 'noShowRatePercent', 'cancellationRatePercent', 'leadTimeHours', 'depositsCollected', 'depositsRefunded'] as const
export type Kpi = (typeof KPIS)[number]

/** The JSON of GET /api/restaurants/:slug/analytics?from=&to= — what `restaurantAnalytics` returns, what the dashboard reads. */
export interface AnalyticsResponse {
  restaurant: string
  restaurantName: string
  currency: string
  period: { from: string; to: string; days: number }
  previousPeriod: { from: string; to: string }
  current: Record<Kpi, number>
  previous: Record<Kpi, number>
  /** each figure: value, previous, change (points for rates) and change in % */
  changes: Record<Kpi, Change>
  /** % of seat-time used (see src/domain/analytics/occupancy.ts); null where nothing was offered */
  occupancy: { byService: Record<string, number | null>; byWeekday: Record<string, number | null>; previousByService: Record<string, number | null> }
  /** ISO weekday (1 = Monday) → covers */
  coversByWeekday: Record<string, number>
  /** party size (9 = 9 and more) → bookings */
  bookingsByPartySize: Record<string, number>
  coversBySource: Record<string, number>
  /** the next four weeks from tomorrow: covers on the books + usual pickup */
  forecast: WeekForecast[]
}
