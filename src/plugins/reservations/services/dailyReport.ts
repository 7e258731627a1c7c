import type { PayloadRequest } from 'payload'

import { addLocalDays, startOfLocalDay, todayIn } from '../../../domain/availability/localTime'
import { LOW_SCORE_MAX } from '../../../domain/feedback'
import { execute, sql } from '../../../infrastructure/db/execute'
import { inTransaction } from '../../../infrastructure/db/transaction'
import type { Restaurant } from '../../../payload-types'
import { queueMessage } from '../notifications/queue'
import { managersOf } from './staffRecipients'

/** The morning report goes at this local time: before the first service, after the night's bookings. */
export const DAILY_REPORT_LOCAL_TIME = '07:00'

/** From this party size a booking is listed as a large party, unless the restaurant set its own threshold. */
export const DEFAULT_LARGE_PARTY = 6

export interface DailyReport {
  /** the local day of the report ("today"); yesterday is the day before */
  date: string
  yesterday: {
    bookings: number
    covers: number
    noShows: number
    noShowCovers: number
    cancellations: number
  }
  /** answers received yesterday (local day), whatever the visit's date */
  feedback: { count: number; average: number | null; lowScores: number }
  today: {
    bookings: number
    covers: number
    largeParties: Array<{
      startsAt: string
      partySize: number
      guestName: string
      reference: string
    }>
  }
  largePartyFrom: number
}

/** Yesterday's and today's figures of a restaurant, for its morning report; read at send time (a retried email tells the truth). */
export async function dailyReportOf(req: PayloadRequest, restaurant: Restaurant, date: string): Promise<DailyReport> {
  const tz = restaurant.timeZone
  const yesterdayFrom = startOfLocalDay(addLocalDays(date, -1), tz).toISOString()
  const todayFrom = startOfLocalDay(date, tz).toISOString()
  const tomorrowFrom = startOfLocalDay(addLocalDays(date, 1), tz).toISOString()
  const largePartyFrom = restaurant.notifications?.largePartyFrom ?? DEFAULT_LARGE_PARTY
  // One after the other: in the send job these share one transaction's connection.
  const [past] = await execute(
    req,
    sql`SELECT count(*) FILTER (WHERE status <> 'cancelled')::int AS bookings,
                 coalesce(sum(party_size) FILTER (WHERE status IN ('seated', 'completed')), 0)::int AS covers,
                 count(*) FILTER (WHERE status = 'no_show')::int AS no_shows,
                 coalesce(sum(party_size) FILTER (WHERE status = 'no_show'), 0)::int AS no_show_covers,
                 count(*) FILTER (WHERE status = 'cancelled')::int AS cancellations
          FROM reservations WHERE restaurant_id = ${restaurant.id} AND starts_at >= ${yesterdayFrom}::timestamptz AND starts_at < ${todayFrom}::timestamptz`,
  )
  const [answers] = await execute(
    req,
    sql`SELECT count(*)::int AS n, round(avg(score)::numeric, 1)::float AS average, count(*) FILTER (WHERE score <= ${LOW_SCORE_MAX})::int AS low
          FROM feedback WHERE restaurant_id = ${restaurant.id} AND score IS NOT NULL AND answered_at >= ${yesterdayFrom}::timestamptz AND answered_at < ${todayFrom}::timestamptz`,
  )
  const [ahead] = await execute(
    req,
    sql`SELECT count(*)::int AS bookings, coalesce(sum(party_size), 0)::int AS covers
          FROM reservations WHERE restaurant_id = ${restaurant.id} AND status IN ('pending_payment', 'confirmed', 'seated', 'completed')
            AND starts_at >= ${todayFrom}::timestamptz AND starts_at < ${tomorrowFrom}::timestamptz`,
  )
  const large = await execute(
    req,
    sql`SELECT starts_at, party_size, guest_name, reference
          FROM reservations WHERE restaurant_id = ${restaurant.id} AND status IN ('pending_payment', 'confirmed', 'seated', 'completed')
            AND starts_at >= ${todayFrom}::timestamptz AND starts_at < ${tomorrowFrom}::timestamptz AND party_size >= ${largePartyFrom}
          ORDER BY starts_at, id`,
  )
  return {
    date,
    yesterday: {
      bookings: Number(past?.bookings ?? 0),
      covers: Number(past?.covers ?? 0),
      noShows: Number(past?.no_shows ?? 0),
      noShowCovers: Number(past?.no_show_covers ?? 0),
      cancellations: Number(past?.cancellations ?? 0),
    },
    feedback: {
      count: Number(answers?.n ?? 0),
      average: answers?.average === null || answers?.average === undefined ? null : Number(answers.average),
      lowScores: Number(answers?.low ?? 0),
    },
    today: {
      bookings: Number(ahead?.bookings ?? 0),
      covers: Number(ahead?.covers ?? 0),
      largeParties: large.map((row) => ({
        startsAt: new Date(String(row.starts_at)).toISOString(),
        partySize: Number(row.party_size),
        guestName: String(row.guest_name),
        reference: String(row.reference),
      })),
    },
    largePartyFrom,
  }
}

/**
 * Each morning, per restaurant: once its local time reaches DAILY_REPORT_LOCAL_TIME, one UPDATE
 * claims the day (daily_report_sent_on) and the report is queued to its owners and managers
 * (managers run the services the report is about), each in the admin language they chose.
 * The claim and the queued emails commit together: a second run the same day finds the day taken.
 */
export async function sendDailyReports(req: PayloadRequest, now: Date = new Date()): Promise<number> {
  return inTransaction(req, async () => {
    const at = now.toISOString()
    const claimed = await execute(
      req,
      sql`UPDATE restaurants AS t SET daily_report_sent_on = to_char(${at}::timestamptz AT TIME ZONE t.time_zone, 'YYYY-MM-DD')
          WHERE t.daily_report_sent_on IS DISTINCT FROM to_char(${at}::timestamptz AT TIME ZONE t.time_zone, 'YYYY-MM-DD')
            AND to_char(${at}::timestamptz AT TIME ZONE t.time_zone, 'HH24:MI') >= ${DAILY_REPORT_LOCAL_TIME}
          RETURNING t.id, t.time_zone, t.daily_report_sent_on`,
    )
    let queued = 0
    for (const row of claimed) {
      const restaurant = Number(row.id)
      const date = String(row.daily_report_sent_on ?? todayIn(String(row.time_zone), now))
      for (const person of await managersOf(req, restaurant)) {
        await queueMessage(req, {
          channel: 'email',
          kind: 'daily_report',
          to: person.email,
          locale: person.language,
          restaurant,
          details: { date },
        })
        queued++
      }
    }
    return queued
  })
}
