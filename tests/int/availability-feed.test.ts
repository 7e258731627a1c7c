import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { localDateOf } from '../../src/domain/availability'
import { AVAILABILITY_FEED_TASK } from '../../src/plugins/reservations/feed/task'
import { api } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, parisTime } from '../support/restaurants'

type FeedSlot = { merchant_id: string; service_id: string; start_sec: number; duration_sec: number; spots_total: number; spots_open: number; resources: { party_size: number } }

let payload: Payload
let bistro: { id: number; slug: string }
let zinc: { id: number; slug: string }
let counter = 0
const unique = () => `${Date.now().toString(36)}${++counter}`
const keyHeader = (key: string) => ({ Authorization: `integrations API-Key ${key}` })

async function keyFor(scopes: string[], restaurants: number[]) {
  const key = randomUUID()
  await payload.create({ collection: 'integrations', data: { name: `Aggregator ${unique()}`, restaurants, scopes: scopes as never, enableAPIKey: true, apiKey: key } })
  return key
}

let feedKey: string
let slots: FeedSlot[]

beforeAll(async () => {
  payload = await testPayload()
  // Two tables for four: two parties at 19:00 tomorrow fill the evening around them.
  const made = await createTestRestaurant(payload, `feed-bistro-${unique()}`, [
    { label: 'F1', min: 1, max: 4 },
    { label: 'F2', min: 1, max: 4 },
  ], {
    bookingRules: { slotIntervalMinutes: 30, minNoticeMinutes: 60, maxAdvanceDays: 45, maxPartyOnline: 4, bufferMinutes: 15, holdMinutes: 15, reminderLeadHours: 24, turnTimes: [{ upToPartySize: 2, minutes: 90 }, { upToPartySize: 4, minutes: 120 }] },
  })
  bistro = { id: made.restaurant.id, slug: made.restaurant.slug! }
  const found = (await payload.find({ collection: 'restaurants', where: { slug: { equals: 'le-petit-zinc' } }, depth: 0 })).docs[0]!
  zinc = { id: found.id, slug: found.slug! }
  const booker = await keyFor(['bookings_write'], [bistro.id])
  for (const name of ['Ada', 'Bea']) {
    const res = await api('POST', '/reservations/book', {
      headers: keyHeader(booker),
      body: { restaurant: bistro.slug, startsAt: parisTime(1, '19:00').iso, partySize: 4, guest: { name, email: `${name.toLowerCase()}-${unique()}@example.com` }, locale: 'en' },
    })
    expect(res.status).toBe(201)
  }
  feedKey = await keyFor(['feed_read', 'availability_read'], [bistro.id])
  // The scheduled job, run as the job runner would: one run for this restaurant, one for another.
  // By id: the suite shares one queue, and other files' pending jobs could fill a run of the next fifty.
  for (const restaurant of [bistro.id, zinc.id]) {
    const job = (await payload.jobs.queue({ task: AVAILABILITY_FEED_TASK as never, input: { restaurant } as never })) as { id: number | string }
    const { jobStatus } = await payload.jobs.runByID({ id: job.id })
    expect(jobStatus?.[job.id]?.status).toBe('success')
  }
  const res = await api('GET', '/integrations/feed/availability', { headers: keyHeader(feedKey) })
  expect(res.status).toBe(200)
  slots = res.json.service_availability[0].availability
})

describe('the availability feed for aggregators', () => {
  it('is a scheduled job every 15 minutes', () => {
    const task = payload.config.jobs.tasks!.find((t) => t.slug === AVAILABILITY_FEED_TASK)!
    expect(task.schedule).toEqual([{ cron: '*/15 * * * *', queue: 'default' }])
  })

  it('describes the key’s restaurants only, in Reserve with Google’s shape', async () => {
    const merchants = await api('GET', '/integrations/feed/merchants', { headers: keyHeader(feedKey) })
    expect(merchants.json.metadata).toMatchObject({ processing_instruction: 'PROCESS_AS_COMPLETE', total_shards: 1 })
    expect(merchants.json.merchant.map((m: { merchant_id: string }) => m.merchant_id)).toEqual([bistro.slug])
    expect(merchants.json.merchant[0]).toMatchObject({ name: `Test ${bistro.slug}`, category: 'restaurant' })
    const services = await api('GET', '/integrations/feed/services', { headers: keyHeader(feedKey) })
    expect(services.json.service).toEqual([expect.objectContaining({ merchant_id: bistro.slug, service_id: `${bistro.slug}-table`, party_size: { min: 1, max: 4 } })])
    expect(new Set(slots.map((s) => s.merchant_id))).toEqual(new Set([bistro.slug]))
  })

  it('covers at least 30 days, every party size taken online, slot by slot', () => {
    const days = new Set(slots.map((s) => localDateOf(new Date(s.start_sec * 1000), 'Europe/Paris')))
    expect(days.size).toBeGreaterThanOrEqual(30)
    expect(days.has(parisTime(30, '12:00').date)).toBe(true)
    expect(new Set(slots.map((s) => s.resources.party_size))).toEqual(new Set([1, 2, 3, 4]))
    expect(slots.find((s) => s.resources.party_size === 2)!.duration_sec).toBe(90 * 60)
    expect(slots.find((s) => s.resources.party_size === 4)!.duration_sec).toBe(120 * 60)
  })

  it("matches the engine's own answer (the availability endpoint) on a sample of days and party sizes", async () => {
    let compared = 0
    for (const day of [1, 2, 8, 21, 33]) {
      const date = parisTime(day, '12:00').date
      for (const party of [1, 2, 4]) {
        const engine = await api('GET', `/restaurants/${bistro.slug}/availability?date=${date}&party=${party}`, { headers: keyHeader(feedKey) })
        expect(engine.status).toBe(200)
        const fed = slots.filter((s) => s.resources.party_size === party && localDateOf(new Date(s.start_sec * 1000), 'Europe/Paris') === date).sort((a, b) => a.start_sec - b.start_sec)
        const expected = (engine.json.slots as Array<{ startsAt: string; available: boolean }>).map((s) => ({ start_sec: new Date(s.startsAt).getTime() / 1000, spots_open: s.available ? 1 : 0 }))
        expect([date, party, fed.map((s) => ({ start_sec: s.start_sec, spots_open: s.spots_open }))]).toEqual([date, party, expected])
        compared += expected.length
      }
    }
    expect(compared).toBeGreaterThan(300)
    // Tomorrow evening is full: the feed says so, as the engine does.
    const full = slots.filter((s) => s.start_sec === new Date(parisTime(1, '19:00').iso).getTime() / 1000)
    expect(full.map((s) => s.spots_open)).toEqual([0, 0, 0, 0])
  })

  it('refuses a key without feed:read: 403 integration_scope', async () => {
    const other = await keyFor(['availability_read', 'bookings_write'], [bistro.id])
    const res = await api('GET', '/integrations/feed/availability', { headers: keyHeader(other) })
    expect(res.status).toBe(403)
    expect(res.json.errors[0].code).toBe('integration_scope')
    expect((await api('GET', '/integrations/feed/availability')).status).toBe(401)
    expect((await api('GET', '/integrations/feed/everything', { headers: keyHeader(feedKey) })).status).toBe(422)
  })
})
