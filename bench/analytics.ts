/**
 * Analytics over a year of 30,000 bookings (bench/analyticsFixtures.ts): p50/p95 of the whole
 * analytics answer (current period, the period before, occupancy of ~730 sittings in each, three
 * breakdowns, the forecast), of a year's report by day, of the trends (series beside last year, top
 * tables, lead time, party mix, revenue) and of the analytics page's two requests together. Run by `npm run bench` inside a throwaway embedded Postgres:
 *   tsx scripts/with-db.ts --ephemeral --no-seed -- tsx bench/analytics.ts
 */
import config from '@payload-config'
import { createLocalReq, getPayload } from 'payload'
import { performance } from 'node:perf_hooks'

import { restaurantAnalytics } from '../src/plugins/reservations/services/analytics'
import { restaurantReport } from '../src/plugins/reservations/services/reports'
import { restaurantTrends } from '../src/plugins/reservations/services/trends'
import { writeAnalyticsFixtures } from './analyticsFixtures'
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
  const tableIds: number[] = []
  for (let i = 1; i <= 20; i++) {
    const table = await payload.create({ collection: 'tables', data: { restaurant: restaurant.id, label: `B${i}`, area: 'dining_room', minCapacity: 1, maxCapacity: 2 + (i % 3) * 2, bookableOnline: true, active: true } })
    tableIds.push(table.id)
  }
  const req = await createLocalReq({ user: { id: 0, collection: 'users', roles: ['admin'] } as never }, payload)
  await writeAnalyticsFixtures({ req, restaurantId: restaurant.id, tableIds, bookings: BOOKINGS })
  const to = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date())
  const from = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() - 364 * 86_400_000))
  /** p50/p95 of `RUNS` calls after three to warm up. */
  const measure = async (run: () => Promise<unknown>) => {
    const samples: number[] = []
    for (let i = 0; i < RUNS + 3; i++) {
      const started = performance.now()
      await run()
      if (i >= 3) samples.push(performance.now() - started)
    }
    return samples
  }
  const result = await restaurantAnalytics(req, 'analytics-bench', from, to)
  const times = await measure(() => restaurantAnalytics(req, 'analytics-bench', from, to))
  const reportTimes = await measure(() => restaurantReport(req, 'analytics-bench', 'day', from, to))
  const trends = await restaurantTrends(req, 'analytics-bench', 'day', from, to)
  const trendsByDay = await measure(() => restaurantTrends(req, 'analytics-bench', 'day', from, to))
  const trendsByWeek = await measure(() => restaurantTrends(req, 'analytics-bench', 'week', from, to))
  // The dashboard asks for both at once (its KPIs and charts, and the trends section).
  const page = await measure(() => Promise.all([restaurantAnalytics(req, 'analytics-bench', from, to), restaurantTrends(req, 'analytics-bench', 'week', from, to)]))
  const line = (label: string, samples: number[]) => {
    samples.sort((a, b) => a - b)
    const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]!
    console.log(`| ${label} | ${pct(50).toFixed(1)} | ${pct(95).toFixed(1)} | ${samples.at(-1)!.toFixed(1)} | ${RUNS} |`)
  }
  line(`analytics: one year, ${BOOKINGS} bookings (${result.current.bookings} in the period, occupancy ${result.current.occupancyPercent} %)`, times)
  line('report: the same year by day (365 rows)', reportTimes)
  line(`trends: the same year by day beside the year before (${trends.series.length} points, ${trends.revenue.completedWithSpend} spends)`, trendsByDay)
  line('trends: the same year by week', trendsByWeek)
  line('analytics page: analytics and trends by week together', page)
} finally {
  await closePayload(payload)
}
process.exit(0)
