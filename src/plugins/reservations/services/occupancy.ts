import type { PayloadRequest } from 'payload'

import { occupancyPercent, type Sitting } from '../../../domain/analytics/occupancy'
import { utcDayNumber } from '../../../domain/availability/localTime'
import { execute, sql } from '../../../infrastructure/db/execute'

/** Occupancy of a set of sittings (see `src/domain/analytics/occupancy.ts` for what it measures). */
export interface Occupancy {
  percent: number | null
  byService: Record<string, number | null>
  /** ISO weekday (1 = Monday) → % */
  byWeekday: Record<string, number | null>
}

/**
 * One query. Each booking is matched to the sitting it starts in through the UTC days the sitting
 * touches (a hash join on a day number; a range join would compare every booking with every
 * sitting, an index scan per sitting costs 700 scans a year). Then rolled up by service, by weekday
 * and overall with GROUPING SETS; the seats offered are today's active tables.
 */
export async function occupancyOf(req: PayloadRequest, restaurantId: number, sittings: Sitting[]): Promise<Occupancy> {
  const empty: Occupancy = { percent: null, byService: {}, byWeekday: {} }
  if (!sittings.length) return empty
  const utcDays = (s: Sitting) => {
    const days: number[] = []
    for (let d = utcDayNumber(s.opensAt); d <= utcDayNumber(new Date(s.closesAt.getTime() - 1)); d++) days.push(d)
    return days
  }
  const windows = JSON.stringify(
    sittings.map((s, i) => ({ i, service: s.service, weekday: s.weekday, days: utcDays(s), opens_at: s.opensAt.toISOString(), closes_at: s.closesAt.toISOString() })),
  )
  const first = sittings[0]!.opensAt.toISOString()
  const last = sittings.reduce((max, s) => (s.closesAt > max ? s.closesAt : max), sittings[0]!.closesAt).toISOString()
  const rows = await execute(
    req,
    sql`WITH seats AS (
          SELECT coalesce(sum(max_capacity), 0)::float AS n FROM tables WHERE restaurant_id = ${restaurantId} AND active
        ), w AS (
          SELECT * FROM jsonb_to_recordset(${windows}::jsonb) AS w(i int, service text, weekday int, days int[], opens_at timestamptz, closes_at timestamptz)
        ), w_days AS (
          SELECT i, opens_at, closes_at, unnest(days) AS utc_day FROM w
        ), used AS (
          SELECT w.i, sum(r.party_size * greatest(0, date_part('epoch', least(coalesce(r.ends_at, r.starts_at), w.closes_at)) - date_part('epoch', r.starts_at)) / 60) AS seat_minutes
          FROM reservations r
          JOIN w_days w ON w.utc_day = floor(date_part('epoch', r.starts_at) / 86400)::int
          WHERE r.restaurant_id = ${restaurantId} AND r.status IN ('confirmed', 'seated', 'completed')
            AND r.starts_at >= ${first}::timestamptz AND r.starts_at < ${last}::timestamptz
            AND r.starts_at >= w.opens_at AND r.starts_at < w.closes_at
          GROUP BY w.i
        ), sittings AS (
          SELECT w.service, w.weekday, (date_part('epoch', w.closes_at) - date_part('epoch', w.opens_at)) / 60 AS minutes, coalesce(used.seat_minutes, 0) AS seat_minutes
          FROM w LEFT JOIN used USING (i)
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
