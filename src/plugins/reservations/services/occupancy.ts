import type { PayloadRequest } from 'payload'

import { occupancyPercent, type Sitting } from '../../../domain/analytics/occupancy'
import { execute, sql } from '../db/execute'

/** Occupancy of a set of sittings (see `src/domain/analytics/occupancy.ts` for what it measures). */
export interface Occupancy {
  percent: number | null
  byService: Record<string, number | null>
  /** ISO weekday (1 = Monday) → % */
  byWeekday: Record<string, number | null>
}

/**
 * One query: each sitting's used seat-minutes (an index range scan of the bookings starting in it),
 * rolled up by service, by weekday and overall with GROUPING SETS; the seats offered are today's
 * active tables.
 */
export async function occupancyOf(req: PayloadRequest, restaurantId: number, sittings: Sitting[]): Promise<Occupancy> {
  const empty: Occupancy = { percent: null, byService: {}, byWeekday: {} }
  if (!sittings.length) return empty
  const windows = JSON.stringify(sittings.map((s) => ({ service: s.service, weekday: s.weekday, opens_at: s.opensAt.toISOString(), closes_at: s.closesAt.toISOString() })))
  const rows = await execute(
    req,
    sql`WITH seats AS (
          SELECT coalesce(sum(max_capacity), 0)::float AS n FROM tables WHERE restaurant_id = ${restaurantId} AND active
        ), sittings AS (
          SELECT w.service, w.weekday, extract(epoch FROM w.closes_at - w.opens_at) / 60 AS minutes, used.seat_minutes
          FROM jsonb_to_recordset(${windows}::jsonb) AS w(service text, weekday int, opens_at timestamptz, closes_at timestamptz)
          CROSS JOIN LATERAL (
            SELECT coalesce(sum(r.party_size * greatest(0, extract(epoch FROM least(coalesce(r.ends_at, r.starts_at), w.closes_at) - r.starts_at) / 60)), 0) AS seat_minutes
            FROM reservations r
            WHERE r.restaurant_id = ${restaurantId} AND r.status IN ('confirmed', 'seated', 'completed')
              AND r.starts_at >= w.opens_at AND r.starts_at < w.closes_at
          ) used
        )
        SELECT service, weekday, GROUPING(service) AS no_service, GROUPING(weekday) AS no_weekday,
               sum(seat_minutes)::float AS used, (sum(minutes) * (SELECT n FROM seats))::float AS offered
        FROM sittings
        GROUP BY GROUPING SETS ((service), (weekday), ())`,
  )
  const result = empty
  for (const row of rows) {
    const percent = occupancyPercent(Number(row.used), Number(row.offered))
    if (Number(row.no_service) === 0) result.byService[String(row.service)] = percent
    else if (Number(row.no_weekday) === 0) result.byWeekday[String(row.weekday)] = percent
    else result.percent = percent
  }
  return result
}
