import type { PayloadRequest } from 'payload'

import { addLocalDays, localDateOf, startOfLocalDay } from '../../../domain/availability'
import { forecastCovers, type PastWeek, type WeekForecast } from '../../../domain/analytics/forecast'
import { execute, sql } from '../../../infrastructure/db/execute'

const COMING_WEEKS = 4
/** Recent enough to follow the season, long enough to smooth one odd week. */
const PAST_WEEKS = 8
/** Days from today to the first day of each coming week (they start tomorrow). */
const LEADS = Array.from({ length: COMING_WEEKS }, (_, k) => 1 + 7 * k)

type Week = { startsOn: string; from: Date; to: Date }

function weekFrom(startsOn: string, tz: string): Week {
  return { startsOn, from: startOfLocalDay(startsOn, tz), to: startOfLocalDay(addLocalDays(startsOn, 7), tz) }
}

const asJson = (weeks: Week[]) => JSON.stringify(weeks.map((w, i) => ({ i, starts_at: w.from.toISOString(), ends_at: w.to.toISOString() })))

/**
 * The next four weeks' covers (each a run of seven days from tomorrow): what is on the books now plus
 * the usual pickup at that lead, learnt from the last eight complete weeks. Two queries; the
 * arithmetic is `forecastCovers` in the domain. The past weeks are read as they stood at the same
 * lead, at midnight; today's bookings so far are thus counted on the books, a small overlap accepted
 * for a figure that matches the service screens.
 */
export async function coversForecast(req: PayloadRequest, restaurantId: number, tz: string, now = new Date()): Promise<WeekForecast[]> {
  const today = localDateOf(now, tz)
  const coming = Array.from({ length: COMING_WEEKS }, (_, k) => weekFrom(addLocalDays(today, 1 + 7 * k), tz))
  const past = Array.from({ length: PAST_WEEKS }, (_, j) => weekFrom(addLocalDays(today, -7 * (j + 1)), tz))

  const [onTheBooks, history] = await Promise.all([
    execute(
      req,
      sql`SELECT w.i, coalesce(sum(r.party_size), 0)::int AS covers
          FROM jsonb_to_recordset(${asJson(coming)}::jsonb) AS w(i int, starts_at timestamptz, ends_at timestamptz)
          LEFT JOIN reservations r ON r.restaurant_id = ${restaurantId} AND r.status NOT IN ('cancelled', 'no_show')
            AND r.starts_at >= w.starts_at AND r.starts_at < w.ends_at
          GROUP BY w.i`,
    ),
    // A booking stood at an instant when it had been made and not yet cancelled (a cancellation
    // without its timestamp counts from the booking's last change).
    execute(
      req,
      sql`SELECT w.i,
                 coalesce(sum(r.party_size) FILTER (WHERE r.status IN ('confirmed', 'seated', 'completed')), 0)::int AS final,
                 ${sql.join(
                   LEADS.map(
                     (days) => sql`coalesce(sum(r.party_size) FILTER (
                       WHERE r.created_at < w.starts_at - ${sql.raw(`interval '${days} days'`)}
                         AND NOT (r.status = 'cancelled' AND coalesce(r.cancellation_cancelled_at, r.updated_at) < w.starts_at - ${sql.raw(`interval '${days} days'`)})
                     ), 0)::int AS ${sql.raw(`booked_${days}`)}`,
                   ),
                   sql`, `,
                 )}
          FROM jsonb_to_recordset(${asJson(past)}::jsonb) AS w(i int, starts_at timestamptz, ends_at timestamptz)
          LEFT JOIN reservations r ON r.restaurant_id = ${restaurantId} AND r.starts_at >= w.starts_at AND r.starts_at < w.ends_at
          GROUP BY w.i`,
    ),
  ])

  const booksOf = new Map(onTheBooks.map((r) => [Number(r.i), Number(r.covers)]))
  const pastWeeks: PastWeek[] = past.map((w) => ({ startsOn: w.startsOn, finalCovers: 0, coversOnTheBooks: {} }))
  for (const row of history) {
    const week = pastWeeks[Number(row.i)]!
    week.finalCovers = Number(row.final)
    for (const days of LEADS) week.coversOnTheBooks[days] = Number(row[`booked_${days}`])
  }
  return forecastCovers(
    coming.map((w, k) => ({ startsOn: w.startsOn, leadDays: LEADS[k]!, coversOnTheBooks: booksOf.get(k) ?? 0 })),
    pastWeeks,
  )
}
