import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addLocalDays, localDateOf } from '../../src/domain/availability'
import { FUNNEL_MARKER, type FunnelSource, type FunnelStep } from '../../src/domain/funnel'
import { execute, sql } from '../../src/infrastructure/db/execute'
import { aggregateFunnel } from '../../src/plugins/reservations/services/funnel'
import { api, login } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, signedInStaff } from '../support/restaurants'

let payload: Payload
let restaurantId: number
let manager: string
let admin: string
const SLUG = 'funnel-bistro'
const today = () => localDateOf(new Date(), 'Europe/Paris')

const send = (steps: FunnelStep[], source: FunnelSource = 'site', slug = SLUG) => api('POST', `/restaurants/${slug}/funnel-events`, { body: { marker: FUNNEL_MARKER, source, steps } })

/**
 * The aggregation job, as the app's runner would run it. By its id: the suite shares one queue, and
 * other files' pending jobs (emails being retried) would come first in a run of the next ten.
 */
async function runAggregation() {
  const job = await payload.jobs.queue({ task: 'aggregateFunnel', input: {} })
  const { jobStatus } = await payload.jobs.runByID({ id: job.id, silent: true })
  expect(jobStatus?.[job.id]?.status, 'the aggregation ran to the end').toBe('success')
}

const funnel = async (token = manager, slug = SLUG) => api('GET', `/restaurants/${slug}/funnel?from=${today()}&to=${today()}`, { token })

const rowsOf = async (table: 'funnel_step_counts' | 'funnel_days') => {
  const req = await createLocalReq({}, payload)
  return execute(req, sql`SELECT * FROM ${sql.raw(table)} WHERE restaurant_id = ${restaurantId} ORDER BY source, step`)
}

beforeAll(async () => {
  payload = await testPayload()
  restaurantId = (await createTestRestaurant(payload, SLUG, [{ label: 'T1', min: 1, max: 4 }])).restaurant.id
  manager = await signedInStaff(payload, 'funnel-manager@techplus.test', 'manager', restaurantId)
  admin = await login('admin@techplus.test', 'techplus-admin')
  await runAggregation()
})

afterAll(async () => {
  await payload.delete({ collection: 'users', where: { email: { equals: 'funnel-manager@techplus.test' } } })
  // The restaurant's funnel rows go with it (ON DELETE CASCADE).
  await payload.delete({ collection: 'tables', where: { restaurant: { equals: restaurantId } } })
  await payload.delete({ collection: 'restaurants', id: restaurantId })
})

describe('the booking wizard counting its steps', () => {
  it('refuses what the wizard would not send, with a code, and counts none of it', async () => {
    const notJson = await api('POST', `/restaurants/${SLUG}/funnel-events`, { body: '{"marker":' })
    expect(notJson.status).toBe(400)
    expect(notJson.json.errors[0].code).toBe('invalid_json')

    const noMarker = await api('POST', `/restaurants/${SLUG}/funnel-events`, { body: { source: 'site', steps: ['seen'] } })
    expect(noMarker.status).toBe(422)
    expect(noMarker.json.errors[0]).toMatchObject({ code: 'funnel_marker_missing', field: 'marker' })

    const twice = await send(['seen', 'seen'])
    expect(twice.status).toBe(422)
    expect(twice.json.errors[0]).toMatchObject({ code: 'funnel_step_repeated', field: 'steps' })

    const withAnId = await api('POST', `/restaurants/${SLUG}/funnel-events`, { body: { marker: FUNNEL_MARKER, source: 'site', steps: ['seen'], visitor: 'abc-123' } })
    expect(withAnId.status).toBe(422)
    expect(withAnId.json.errors[0].code).toBe('invalid')

    const unknownStep = await send(['clicked_ad' as FunnelStep])
    expect(unknownStep.status).toBe(422)
    expect(unknownStep.json.errors[0]).toMatchObject({ code: 'not_an_option', field: 'steps.0' })

    const nowhere = await send(['seen'], 'site', 'no-such-restaurant')
    expect(nowhere.status).toBe(404)
    expect(nowhere.json.errors[0].code).toBe('restaurant_not_found')

    expect(await rowsOf('funnel_step_counts')).toEqual([])
  })

  it('counts 200 concurrent events exactly', async () => {
    const answers = await Promise.all(Array.from({ length: 200 }, () => send(['seen'])))
    expect(answers.map((a) => a.status)).toEqual(Array(200).fill(202))
    expect(await rowsOf('funnel_step_counts')).toEqual([{ restaurant_id: restaurantId, day: today(), source: 'site', step: 'seen', count: 200 }])
    await runAggregation()
    expect(await rowsOf('funnel_step_counts')).toEqual([])
    expect((await rowsOf('funnel_days')).map((r) => [r.step, Number(r.count)])).toEqual([['seen', 200]])
  })

  it('loses no event arriving while the aggregation runs, and never moves one twice', async () => {
    const req = await createLocalReq({}, payload)
    const events = Array.from({ length: 60 }, (_, i) => send([i % 2 ? 'time_chosen' : 'details_entered'], 'widget'))
    await Promise.all([...events.slice(0, 30), aggregateFunnel(req), ...events.slice(30), aggregateFunnel(req)])
    await runAggregation()
    await runAggregation()
    const days = await rowsOf('funnel_days')
    expect(days.filter((r) => r.source === 'widget').map((r) => [r.step, Number(r.count)])).toEqual([
      ['details_entered', 30],
      ['time_chosen', 30],
    ])
  })

  it('is aggregated by a scheduled job, every 10 minutes unless FUNNEL_AGGREGATION_CRON says otherwise', () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'aggregateFunnel')
    expect(task?.schedule).toEqual([{ cron: '*/10 * * * *', queue: 'default' }])
  })

  it('stores nothing about the diner: its tables have a restaurant, a day, a source, a step and a count, nothing else', async () => {
    const req = await createLocalReq({}, payload)
    for (const table of ['funnel_step_counts', 'funnel_days']) {
      const columns = await execute(req, sql`SELECT column_name FROM information_schema.columns WHERE table_name = ${table} ORDER BY column_name`)
      expect(columns.map((c) => c.column_name)).toEqual(['count', 'day', 'restaurant_id', 'source', 'step'])
    }
  })
})

describe("the managers' funnel", () => {
  it('shows what the wizard sent only once the aggregation has run', async () => {
    const before = (await funnel()).json
    await send(['seen', 'time_chosen'])
    expect((await funnel()).json.total.counts).toEqual(before.total.counts)
    await runAggregation()
    const after = (await funnel()).json
    expect(after.total.counts.time_chosen).toBe(before.total.counts.time_chosen + 1)
  })

  it('a diner who stops at the details step is an abandonment there; one who books, a conversion', async () => {
    const before = (await funnel()).json
    await send(['seen', 'time_chosen'])
    await send(['seen', 'time_chosen'])
    await send(['details_entered', 'booked'])
    await runAggregation()
    const { status, json } = await funnel()
    expect(status).toBe(200)
    expect(json.bySource.site.abandonedAt.details - before.bySource.site.abandonedAt.details).toBe(1)
    expect(json.bySource.site.counts.booked - before.bySource.site.counts.booked).toBe(1)
    expect(json.targets).toEqual({ conversionPercent: 15, abandonmentPercent: 30 })
    // 203 saw the wizard on the site, 1 booked: far from the plan's 15 %.
    expect(json.bySource.site.conversionPercent).toBe(Math.round((json.bySource.site.counts.booked / json.bySource.site.counts.seen) * 1000) / 10)
    expect(json.total.meetsTargets.conversion).toBe(false)
  })

  it('is for managers and owners of that restaurant', async () => {
    expect((await api('GET', `/restaurants/${SLUG}/funnel?from=${today()}&to=${today()}`)).status).toBe(401)
    const host = await signedInStaff(payload, 'funnel-host@techplus.test', 'host', restaurantId)
    expect((await funnel(host)).status).toBe(404)
    expect((await funnel(manager, 'le-petit-zinc')).status).toBe(404)
    expect((await funnel(admin)).status).toBe(200)
    await payload.delete({ collection: 'users', where: { email: { equals: 'funnel-host@techplus.test' } } })
  })

  it('adds up a year of daily counts, every day and source, and answers at once', async () => {
    const req = await createLocalReq({}, payload)
    const { restaurant } = await createTestRestaurant(payload, 'funnel-year', [{ label: 'T1', min: 1, max: 4 }])
    // 366 days before today × 2 sources × 6 steps, step k counted k + 1 times a day.
    await execute(
      req,
      sql`INSERT INTO funnel_days (restaurant_id, day, source, step, count)
          SELECT ${restaurant.id}, ${today()}::date - d, s, st.step, st.k + 1
          FROM generate_series(1, 366) AS d, unnest(ARRAY['site', 'widget']) AS s,
               unnest(ARRAY['seen', 'time_chosen', 'details_entered', 'deposit_started', 'booked', 'waitlist_joined']) WITH ORDINALITY AS st(step, k)`,
    )
    const [from, to] = [addLocalDays(today(), -366), addLocalDays(today(), -1)]
    const timings: number[] = []
    let json: any
    for (let i = 0; i < 20; i++) {
      const started = performance.now()
      const answer = await api('GET', `/restaurants/funnel-year/funnel?from=${from}&to=${to}`, { token: admin })
      timings.push(performance.now() - started)
      expect(answer.status).toBe(200)
      json = answer.json
    }
    const days = json.period.days
    expect(json.bySource.widget.counts).toEqual({ seen: 2 * days, time_chosen: 3 * days, details_entered: 4 * days, deposit_started: 5 * days, booked: 6 * days, waitlist_joined: 7 * days })
    expect(json.total.counts.seen).toBe(4 * days)
    timings.sort((a, b) => a - b)
    console.log(`funnel of a year (${days} days, ${days * 12} rows): p50 ${timings[9]!.toFixed(1)} ms, p95 ${timings[18]!.toFixed(1)} ms`)
    await payload.delete({ collection: 'tables', where: { restaurant: { equals: restaurant.id } } })
    await payload.delete({ collection: 'restaurants', id: restaurant.id })
  })

  it('refuses a reversed period with a code', async () => {
    const { status, json } = await api('GET', `/restaurants/${SLUG}/funnel?from=2026-12-10&to=2026-12-01`, { token: manager })
    expect(status).toBe(422)
    expect(json.errors[0]).toMatchObject({ code: 'range_reversed', field: 'from' })
  })
})
