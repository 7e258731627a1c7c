import type { AnalyticsResponse } from '../../api/analytics'

export { KPIS, type Kpi } from '../../api/analytics'

/** The answer of GET /api/restaurants/:slug/analytics, the type the server declares. */
export type Analytics = AnalyticsResponse
