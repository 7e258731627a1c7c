import type { PayloadRequest } from 'payload'

import { worksFor } from '../../../infrastructure/access/roles'
import { addLocalDays, startOfLocalDay } from '../../../domain/availability'
import type { Restaurant } from '../../../payload-types'
import { execute, sql } from '../../../infrastructure/db/execute'
import { BookingError } from '../../../infrastructure/http/respond'
import { restaurantBySlug } from './restaurants'

export const GRANULARITIES = ['day', 'week', 'month'] as const
export type Granularity = (typeof GRANULARITIES)[number]

export interface ReportRow {
  /** 2026-11-27, 2026-W48 or 2026-11 */
  period: string
  /** first and last local date of the period inside the range asked for */
  from: string
  to: string
  bookings: number
  covers: number
  noShows: number
  cancellations: number
  /** minor units (cents); the renderers write them as decimals */
  depositsCollected: number
  /** minor units (cents) */
  depositsRefunded: number
}

export interface Report {
  restaurant: Pick<Restaurant, 'name' | 'slug' | 'timeZone' | 'currency'>
  granularity: Granularity
  from: string
  to: string
  rows: ReportRow[]
}

const LABEL: Record<Granularity, string> = { day: 'YYYY-MM-DD', week: 'IYYY-"W"IW', month: 'YYYY-MM' }

/**
 * A period's figures per local day, ISO week or month, one row for every period even when empty.
 * Bookings fall in the period of their local start (`starts_at AT TIME ZONE` the restaurant's zone);
 * the figures are those of the analytics (covers: confirmed, seated or completed bookings).
 */
export async function restaurantReport(req: PayloadRequest, slug: unknown, granularity: Granularity, fromDate: string, toDate: string): Promise<Report> {
  if (!req.user) throw new BookingError(401, 'unauthorized')
  const restaurant = await restaurantBySlug(req, slug)
  if (!worksFor(req.user, restaurant.id, 'manager')) throw new BookingError(404, 'restaurant_not_found')
  const tz = restaurant.timeZone
  const from = startOfLocalDay(fromDate, tz)
  const to = startOfLocalDay(addLocalDays(toDate, 1), tz)
  const rows = await execute(
    req,
    sql`WITH periods AS (
          SELECT generate_series(date_trunc(${granularity}, ${fromDate}::timestamp), ${toDate}::timestamp, ('1 ' || ${granularity})::interval) AS starts
        ), figures AS (
          SELECT date_trunc(${granularity}, starts_at AT TIME ZONE ${tz}) AS starts,
                 count(*)::int AS bookings,
                 coalesce(sum(party_size) FILTER (WHERE status IN ('confirmed', 'seated', 'completed')), 0)::int AS covers,
                 count(*) FILTER (WHERE status = 'no_show')::int AS no_shows,
                 count(*) FILTER (WHERE status = 'cancelled')::int AS cancellations,
                 coalesce(sum(deposit_amount_minor) FILTER (WHERE deposit_status IN ('paid', 'partially_refunded', 'refunded')), 0)::bigint AS deposits_collected,
                 coalesce(sum(deposit_refunded_minor), 0)::bigint AS deposits_refunded
          FROM reservations
          WHERE restaurant_id = ${restaurant.id} AND starts_at >= ${from.toISOString()}::timestamptz AND starts_at < ${to.toISOString()}::timestamptz
          GROUP BY 1
        )
        SELECT to_char(p.starts, ${LABEL[granularity]}) AS period,
               to_char(greatest(p.starts, ${fromDate}::timestamp), 'YYYY-MM-DD') AS "from",
               to_char(least(p.starts + ('1 ' || ${granularity})::interval - interval '1 day', ${toDate}::timestamp), 'YYYY-MM-DD') AS "to",
               coalesce(f.bookings, 0) AS bookings, coalesce(f.covers, 0) AS covers, coalesce(f.no_shows, 0) AS no_shows,
               coalesce(f.cancellations, 0) AS cancellations, coalesce(f.deposits_collected, 0) AS deposits_collected,
               coalesce(f.deposits_refunded, 0) AS deposits_refunded
        FROM periods p LEFT JOIN figures f USING (starts)
        ORDER BY p.starts`,
  )
  return {
    restaurant: { name: restaurant.name, slug: restaurant.slug, timeZone: tz, currency: restaurant.currency },
    granularity,
    from: fromDate,
    to: toDate,
    rows: rows.map((r) => ({
      period: String(r.period),
      from: String(r.from),
      to: String(r.to),
      bookings: Number(r.bookings),
      covers: Number(r.covers),
      noShows: Number(r.no_shows),
      cancellations: Number(r.cancellations),
      depositsCollected: Number(r.deposits_collected),
      depositsRefunded: Number(r.deposits_refunded),
    })),
  }
}

/** The columns every format shows, in order, with their headings. */
export const REPORT_COLUMNS: Array<{ key: keyof ReportRow; heading: string; money?: boolean }> = [
  { key: 'period', heading: 'Period' },
  { key: 'from', heading: 'From' },
  { key: 'to', heading: 'To' },
  { key: 'bookings', heading: 'Bookings' },
  { key: 'covers', heading: 'Covers' },
  { key: 'noShows', heading: 'No-shows' },
  { key: 'cancellations', heading: 'Cancellations' },
  { key: 'depositsCollected', heading: 'Deposits collected', money: true },
  { key: 'depositsRefunded', heading: 'Deposits refunded', money: true },
]

/** The sums of every count and amount, for the total line of the spreadsheet and the PDF. */
export function reportTotals(rows: ReportRow[]): Omit<ReportRow, 'period' | 'from' | 'to'> {
  const sum = (key: 'bookings' | 'covers' | 'noShows' | 'cancellations' | 'depositsCollected' | 'depositsRefunded') =>
    rows.reduce((total, r) => total + r[key], 0)
  return {
    bookings: sum('bookings'),
    covers: sum('covers'),
    noShows: sum('noShows'),
    cancellations: sum('cancellations'),
    depositsCollected: sum('depositsCollected'),
    depositsRefunded: sum('depositsRefunded'),
  }
}
