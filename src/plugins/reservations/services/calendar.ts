import type { PayloadRequest } from 'payload'

import { worksFor } from '../../../infrastructure/access/roles'
import { addLocalDays, servicesOn, startOfLocalDay } from '../../../domain/availability'
import { calendarDay, type StartTotals } from '../../../domain/service/calendar'
import { execute, sql } from '../../../infrastructure/db/execute'
import { BookingError } from '../../../infrastructure/http/respond'
import type { CalendarResponse } from '../api/calendar'
import { rulesOf } from './context'
import { restaurantBySlug } from './restaurants'

/**
 * The week and month views: covers and bookings per day and service, for staff of the restaurant.
 * Postgres adds bookings up per start time (a few dozen rows a day); the engine's service windows
 * then say which service each start time belongs to, so these columns match the dashboard's.
 */
export async function calendarRange(req: PayloadRequest, slug: unknown, from: string, to: string): Promise<CalendarResponse> {
  if (!req.user) throw new BookingError(401, 'unauthorized')
  const restaurant = await restaurantBySlug(req, slug)
  if (!worksFor(req.user, restaurant.id, 'host')) throw new BookingError(404, 'restaurant_not_found')
  const tz = restaurant.timeZone
  const rows = await execute(
    req,
    sql`SELECT to_char(starts_at AT TIME ZONE ${tz}, 'YYYY-MM-DD') AS day, starts_at, sum(party_size)::int AS covers, count(*)::int AS bookings
        FROM reservations
        WHERE restaurant_id = ${restaurant.id}
          AND starts_at >= ${startOfLocalDay(from, tz).toISOString()}::timestamptz
          AND starts_at < ${startOfLocalDay(addLocalDays(to, 1), tz).toISOString()}::timestamptz
          AND status NOT IN ('cancelled', 'no_show')
        GROUP BY 1, 2`,
  )
  const byDay = new Map<string, StartTotals[]>()
  for (const row of rows) {
    const list = byDay.get(String(row.day)) ?? []
    list.push({ startsAt: new Date(row.starts_at as string), covers: Number(row.covers), bookings: Number(row.bookings) })
    byDay.set(String(row.day), list)
  }
  const rules = rulesOf(restaurant)
  const days = []
  for (let date = from; date <= to; date = addLocalDays(date, 1)) days.push(calendarDay(date, servicesOn(date, rules), byDay.get(date) ?? []))
  return { restaurant: { slug: restaurant.slug, name: restaurant.name, timeZone: tz }, from, to, days }
}
