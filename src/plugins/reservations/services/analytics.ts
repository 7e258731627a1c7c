import type { PayloadRequest } from 'payload'

import { worksFor } from '../../../infrastructure/access/roles'
import { compareTotals } from '../../../domain/analytics/compare'
import { sittingsBetween } from '../../../domain/analytics/occupancy'
import { addLocalDays, daysBetween, startOfLocalDay } from '../../../domain/availability'
import { execute, sql } from '../../../infrastructure/db/execute'
import { BookingError } from '../../../infrastructure/http/respond'
import type { AnalyticsResponse } from '../api/analytics'
import { rulesOf } from './context'
import { coversForecast } from './forecast'
import { occupancyOf } from './occupancy'
import { restaurantBySlug } from './restaurants'

const SEATED = sql`('confirmed', 'seated', 'completed')`

/**
 * Totals of one period, aggregated in Postgres (never row by row in Node). Lead time as in the
 * trends: walk-ins left out, and a booking written down after it started (staff catching up on a
 * visit) counts as booked 0 hours ahead, not as a negative that drags the average below zero.
 */
async function totals(req: PayloadRequest, restaurantId: number, from: Date, to: Date) {
  const [row] = await execute(
    req,
    sql`SELECT count(*)::int AS bookings,
               coalesce(sum(party_size) FILTER (WHERE status IN ${SEATED}), 0)::int AS covers,
               count(*) FILTER (WHERE status = 'no_show')::int AS no_shows,
               count(*) FILTER (WHERE status = 'cancelled')::int AS cancellations,
               coalesce(round(avg(greatest(extract(epoch FROM starts_at - created_at), 0) / 3600) FILTER (WHERE status <> 'cancelled' AND source <> 'walk_in'))::int, 0) AS lead_time_hours,
               coalesce(sum(deposit_amount_minor) FILTER (WHERE deposit_status IN ('paid', 'partially_refunded', 'refunded')), 0)::bigint AS deposits_collected,
               coalesce(sum(deposit_refunded_minor), 0)::bigint AS deposits_refunded
        FROM reservations
        WHERE restaurant_id = ${restaurantId} AND starts_at >= ${from.toISOString()}::timestamptz AND starts_at < ${to.toISOString()}::timestamptz`,
  )
  const bookings = Number(row?.bookings ?? 0)
  const rate = (n: unknown) => (bookings ? Math.round((Number(n) / bookings) * 1000) / 10 : 0)
  return {
    bookings,
    covers: Number(row?.covers ?? 0),
    noShowRatePercent: rate(row?.no_shows),
    cancellationRatePercent: rate(row?.cancellations),
    leadTimeHours: Number(row?.lead_time_hours ?? 0),
    depositsCollected: Number(row?.deposits_collected ?? 0),
    depositsRefunded: Number(row?.deposits_refunded ?? 0),
  }
}

/** Covers (or bookings) grouped by one expression, as [key, value] pairs. */
async function breakdown(req: PayloadRequest, restaurantId: number, from: Date, to: Date, key: ReturnType<typeof sql>, value: ReturnType<typeof sql>) {
  const rows = await execute(
    req,
    sql`SELECT ${key} AS key, ${value}::int AS value
        FROM reservations
        WHERE restaurant_id = ${restaurantId} AND starts_at >= ${from.toISOString()}::timestamptz AND starts_at < ${to.toISOString()}::timestamptz
        GROUP BY 1 ORDER BY 1`,
  )
  return Object.fromEntries(rows.map((r) => [String(r.key), Number(r.value)]))
}

/**
 * KPIs of a period for a restaurant's managers, with the same figures for the period just before
 * it (same length) to compare: covers, bookings, no-show and cancellation rates, lead time,
 * deposits, occupancy (by service and weekday), covers by weekday, party size and source; and the
 * covers forecast of the next four weeks.
 */
export async function restaurantAnalytics(req: PayloadRequest, slug: unknown, fromDate: string, toDate: string): Promise<AnalyticsResponse> {
  if (!req.user) throw new BookingError(401, 'unauthorized')
  const restaurant = await restaurantBySlug(req, slug)
  if (!worksFor(req.user, restaurant.id, 'manager')) throw new BookingError(404, 'restaurant_not_found')
  const tz = restaurant.timeZone
  const days = daysBetween(fromDate, toDate) + 1
  const from = startOfLocalDay(fromDate, tz)
  const to = startOfLocalDay(addLocalDays(toDate, 1), tz)
  const previousFrom = startOfLocalDay(addLocalDays(fromDate, -days), tz)
  const covers = sql`coalesce(sum(party_size) FILTER (WHERE status IN ${SEATED}), 0)`
  const rules = rulesOf(restaurant)
  const [currentTotals, previousTotals, occupancy, previousOccupancy, byWeekday, byPartySize, bySource, forecast] = await Promise.all([
    totals(req, restaurant.id, from, to),
    totals(req, restaurant.id, previousFrom, from),
    occupancyOf(req, restaurant.id, sittingsBetween(fromDate, toDate, rules)),
    occupancyOf(req, restaurant.id, sittingsBetween(addLocalDays(fromDate, -days), addLocalDays(fromDate, -1), rules)),
    breakdown(req, restaurant.id, from, to, sql`extract(isodow FROM starts_at AT TIME ZONE ${tz})::int`, covers),
    breakdown(req, restaurant.id, from, to, sql`least(party_size, 9)::int`, sql`count(*)`),
    breakdown(req, restaurant.id, from, to, sql`source::text`, covers),
    coversForecast(req, restaurant.id, tz),
  ])
  // A closed period has no occupancy; compared as 0 so the change still reads.
  const current = { ...currentTotals, occupancyPercent: occupancy.percent ?? 0 }
  const previous = { ...previousTotals, occupancyPercent: previousOccupancy.percent ?? 0 }
  return {
    restaurant: restaurant.slug,
    restaurantName: restaurant.name,
    currency: restaurant.currency,
    period: { from: fromDate, to: toDate, days },
    previousPeriod: { from: addLocalDays(fromDate, -days), to: addLocalDays(fromDate, -1) },
    current,
    previous,
    changes: compareTotals(current, previous),
    occupancy: { byService: occupancy.byService, byWeekday: occupancy.byWeekday, previousByService: previousOccupancy.byService },
    coversByWeekday: byWeekday,
    bookingsByPartySize: byPartySize,
    coversBySource: bySource,
    forecast,
  }
}
