import type { Change } from '../../../../domain/analytics/compare'
import type { WeekForecast } from '../../../../domain/analytics/forecast'

export const KPIS = ['covers', 'bookings', 'occupancyPercent', 'noShowRatePercent', 'cancellationRatePercent', 'leadTimeHours', 'depositsCollected', 'depositsRefunded'] as const
export type Kpi = (typeof KPIS)[number]

/** The answer of GET /api/restaurants/:slug/analytics, as the view reads it. */
export interface Analytics {
  restaurant: string
  restaurantName: string
  currency: string
  period: { from: string; to: string; days: number }
  previousPeriod: { from: string; to: string }
  changes: Record<Kpi, Change>
  occupancy: { byService: Record<string, number | null>; byWeekday: Record<string, number | null>; previousByService: Record<string, number | null> }
  coversByWeekday: Record<string, number>
  bookingsByPartySize: Record<string, number>
  coversBySource: Record<string, number>
  forecast: WeekForecast[]
}
