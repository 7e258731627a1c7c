import type { FUNNEL_TARGETS, FunnelFigures, FunnelSource } from '../../../domain/funnel'

/** The JSON of GET /api/restaurants/:slug/funnel?from=&to=: what the funnel section reads. */
export interface FunnelResponse {
  restaurant: string
  period: { from: string; to: string; days: number }
  previousPeriod: { from: string; to: string }
  targets: typeof FUNNEL_TARGETS
  /** every source together */
  total: FunnelFigures
  previousTotal: FunnelFigures
  bySource: Record<FunnelSource, FunnelFigures>
}
