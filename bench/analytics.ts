/**
 * Analytics over a year of 30,000 bookings: p50/p95 of the whole analytics answer (current period,
 * the period before, occupancy of ~730 sittings in each, three breakdowns, the forecast) and of a
 * year's report by day. Run by `npm run bench` inside a throwaway embedded Postgres:
 *   tsx scripts/with-db.ts --ephemeral --no-seed -- tsx bench/analytics.ts
 */
import config from '@payload-config'
import { createLocalReq, getPayload } from 'payload'
import { performance } from 'node:perf_hooks'

import { execute, sql } from '../src/infrastructure/db/execute'
import { restaurantAnalytics } from '../src/plugins/reservations/services/analytics'
import { restaurantReport } from '../src/plugins/reservations/services/reports'
import { closePayload } from '../src/utilities/closePayload'

const BOOKINGS = 30_000
const RUNS = 20

const payload = await getPayload({ config })
try {
  const restaurant = await payload.create({
    collection: 'restaurants',
    data: {
      name: 'Analytics Bench',
      slug: 'analytics-bench',
      timeZone: 'Europe/Paris',
      currency: 'EUR',
      // Two services every day: occupancy has 730 sittings to measure over the year.
      services: [
        { name: 'Lunch', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '12:00', end: '15:00', lastSeating: '13:45' },
        { name: 'Dinner', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '18:00', end: '23:00', lastSeating: '22:00' },
      ],
    } as never,
  })
  for (let i = 1; i <= 20; i++) {
    await payload.create({ collection: 'tables', data: { restaurant: restaurant.id, label: `B${i}`, area: 'dining_room', minCapacity: 1, maxCapacity: 2 + (i % 3) * 2, bookableOnline: true, active: true } })
  }
  const req = await createLocalReq({ user: { id: 0, collection: 'users', roles: ['admin'] } as never }, payload)
  // A year of bookings, written by one INSERT (the Local API would take minutes and measure nothing here).
  await execute(
    req,
    sql`INSERT INTO reservations (reference, restaurant_id, status, source, starts_at, ends_at, party_size, guest_name, deposit_status, deposit_amount_minor, deposit_refunded_minor, created_at, updated_at)
        SELECT 'AB' || g, ${restaurant.id},
               (ARRAY['confirmed', 'completed', 'completed', 'completed', 'no_show', 'cancelled'])[1 + g % 6]::enum_reservations_status,
               (ARRAY['online', 'online', 'phone', 'walk_in'])[1 + g % 4]::enum_reservations_source,
               date_trunc('day', now()) - (g % 365) * interval '1 day' + interval '19 hours',
               date_trunc('day', now()) - (g % 365) * interval '1 day' + interval '21 hours',
               1 + g % 8, 'Guest ' || g,
               (CASE WHEN g % 10 = 0 THEN 'paid' ELSE 'none' END)::enum_reservations_deposit_status,
               CASE WHEN g % 10 = 0 THEN 6000 END, 0,
               date_trunc('day', now()) - (g % 365) * interval '1 day' - (g % 30) * interval '1 day', now()
        FROM generate_series(1, ${BOOKINGS}) AS g`,
  )
  await execute(req, sql`ANALYZE reservations`)
  const to = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date())
  const from = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() - 364 * 86_400_000))
  const times: number[] = []
  let result: Awaited<ReturnType<typeof restaurantAnalytics>> | null = null
  for (let i = 0; i < RUNS + 3; i++) {
    const started = performance.now()
    result = await restaurantAnalytics(req, 'analytics-bench', from, to)
    if (i >= 3) times.push(performance.now() - started)
  }
  const reportTimes: number[] = []
  for (let i = 0; i < RUNS + 3; i++) {
    const started = performance.now()
    await restaurantReport(req, 'analytics-bench', 'day', from, to)
    if (i >= 3) reportTimes.push(performance.now() - started)
  }
  const line = (label: string, samples: number[]) => {
    samples.sort((a, b) => a - b)
    const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]!
    console.log(`| ${label} | ${pct(50).toFixed(1)} | ${pct(95).toFixed(1)} | ${samples.at(-1)!.toFixed(1)} | ${RUNS} |`)
  }
  line(`analytics: one year, ${BOOKINGS} bookings (${result!.current.bookings} in the period, occupancy ${result!.current.occupancyPercent} %)`, times)
  line('report: the same year by day (365 rows)', reportTimes)
} finally {
  await closePayload(payload)
}
process.exit(0)
