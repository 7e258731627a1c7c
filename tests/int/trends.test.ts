import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { wallClockToInstant } from '../../src/domain/availability'
import { api } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, signedInStaff } from '../support/restaurants'

const TZ = 'Europe/Paris'
/** Restaurants this file builds, removed at the end so later files see the seeded list as it was. */
const BUILT = ['tendances', 'tendances-voisin']
let payload: Payload
let tokens: Record<'manager' | 'host' | 'neighbour', string>

const at = (date: string, time: string) => {
  const [h, m] = time.split(':').map(Number)
  return wallClockToInstant(date, h! * 60 + m!, TZ)!
}

/**
 * A known fortnight around the night the clocks go forward (Sunday 29 March 2026 in Paris), and
 * the same weeks a year before. Every figure the tests expect is worked out in the comments.
 */
beforeAll(async () => {
  payload = await testPayload()
  const { restaurant, tableIds } = await createTestRestaurant(payload, 'tendances', [
    { label: 'T1', min: 1, max: 4 },
    { label: 'T2', min: 1, max: 4 },
    { label: 'T3', min: 1, max: 8 },
  ])
  const neighbour = await createTestRestaurant(payload, 'tendances-voisin', [{ label: 'V1', min: 1, max: 4 }])
  const table = (label: string) => tableIds.get(label)!
  const make = async (b: { date: string; time: string; minutes: number; party: number; status: string; tables: string[]; source?: string; spendMinor?: number; bookedAt?: [string, string] }) => {
    const startsAt = at(b.date, b.time)
    const doc = await payload.create({
      collection: 'reservations',
      data: {
        restaurant: restaurant.id,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + b.minutes * 60_000).toISOString(),
        partySize: b.party,
        tables: b.tables.map(table),
        guestName: 'Guest',
        status: b.status,
        source: b.source ?? 'online',
        ...(b.spendMinor === undefined ? {} : { spendMinor: b.spendMinor }),
      } as never,
      context: { seeding: true },
    })
    // When the booking was made, as the booking site would have stamped it.
    if (b.bookedAt) await payload.db.updateOne({ collection: 'reservations', id: doc.id, data: { createdAt: at(...b.bookedAt).toISOString() } })
  }
  // This year (Monday 23 March – Sunday 5 April 2026)
  await make({ date: '2026-03-24', time: '20:00', minutes: 150, party: 6, status: 'completed', tables: ['T3'], spendMinor: 12_000, bookedAt: ['2026-03-20', '12:00'] }) // 3–7 days
  await make({ date: '2026-03-25', time: '20:00', minutes: 90, party: 2, status: 'cancelled', tables: ['T2'], bookedAt: ['2026-03-25', '09:00'] })
  await make({ date: '2026-03-26', time: '20:00', minutes: 200, party: 3, status: 'confirmed', tables: ['T1', 'T2'], bookedAt: ['2026-03-01', '12:00'] }) // 25 days
  await make({ date: '2026-03-28', time: '20:00', minutes: 120, party: 8, status: 'no_show', tables: ['T3'], bookedAt: ['2026-01-01', '12:00'] }) // 86 days
  // The night the clocks go forward: 00:30 is still UTC+1 (23:30 UTC on the 28th), 23:30 is UTC+2.
  await make({ date: '2026-03-29', time: '00:30', minutes: 60, party: 4, status: 'completed', tables: ['T1'], bookedAt: ['2026-03-27', '12:00'] }) // 2 days, no spend
  await make({ date: '2026-03-29', time: '23:30', minutes: 120, party: 2, status: 'completed', tables: ['T1'], spendMinor: 5_000, bookedAt: ['2026-03-29', '10:00'] }) // same day
  // 00:30 on Monday the 30th is 22:30 UTC on Sunday: the 30th's, the second week's.
  await make({ date: '2026-03-30', time: '00:30', minutes: 30, party: 1, status: 'completed', tables: ['T2'], source: 'walk_in' })
  // Last year: Monday 24 March, Saturday 29 March and Sunday 30 March 2025 (52 weeks before the 23rd, 28th and 29th).
  await make({ date: '2025-03-24', time: '20:00', minutes: 90, party: 2, status: 'completed', tables: ['T1'] })
  await make({ date: '2025-03-29', time: '20:00', minutes: 90, party: 7, status: 'completed', tables: ['T3'] })
  await make({ date: '2025-03-30', time: '20:00', minutes: 90, party: 5, status: 'confirmed', tables: ['T3'] })
  tokens = {
    manager: await signedInStaff(payload, 'manager@tendances.test', 'manager', restaurant.id),
    host: await signedInStaff(payload, 'host@tendances.test', 'host', restaurant.id),
    neighbour: await signedInStaff(payload, 'manager@tendances-voisin.test', 'manager', neighbour.restaurant.id),
  }
})

afterAll(async () => {
  const { docs } = await payload.find({ collection: 'restaurants', where: { slug: { in: BUILT } }, depth: 0, pagination: false })
  const ids = docs.map((r) => r.id)
  await payload.delete({ collection: 'users', where: { email: { like: 'tendances' } } })
  if (!ids.length) return
  await payload.delete({ collection: 'reservations', where: { restaurant: { in: ids } }, context: { seeding: true } })
  await payload.delete({ collection: 'tables', where: { restaurant: { in: ids } } })
  await payload.delete({ collection: 'restaurants', where: { id: { in: ids } } })
})

const trends = (query: string, token = tokens.manager) => api('GET', `/restaurants/tendances/trends?${query}`, { token })
type Point = { start: string; covers: number; bookings: number; lastYearStart: string; coversLastYear: number; bookingsLastYear: number }

describe('trends: covers and bookings over time, beside last year', () => {
  it('by day: each local day, the clock-change night on its own days, beside the same weekday 52 weeks earlier', async () => {
    const { status, json } = await trends('granularity=day&from=2026-03-23&to=2026-04-05')
    expect(status).toBe(200)
    expect(json.lastYear).toEqual({ from: '2025-03-24', to: '2025-04-06' })
    const days = json.series as Point[]
    expect(days).toHaveLength(14)
    const day = (date: string) => days.find((p) => p.start === date)!
    expect(day('2026-03-23')).toMatchObject({ covers: 0, bookings: 0, lastYearStart: '2025-03-24', coversLastYear: 2, bookingsLastYear: 1 })
    expect(day('2026-03-24')).toMatchObject({ covers: 6, bookings: 1 })
    expect(day('2026-03-25')).toMatchObject({ covers: 0, bookings: 1 }) // cancelled: a booking, no covers
    expect(day('2026-03-28')).toMatchObject({ covers: 0, bookings: 1, lastYearStart: '2025-03-29', coversLastYear: 7 }) // no-show; a Saturday beside a Saturday
    expect(day('2026-03-29')).toMatchObject({ covers: 6, bookings: 2, lastYearStart: '2025-03-30', coversLastYear: 5 }) // 00:30 and 23:30 of the short day
    expect(day('2026-03-30')).toMatchObject({ covers: 1, bookings: 1 })
    expect(json.totals).toEqual({ covers: 16, bookings: 7, coversLastYear: 14, bookingsLastYear: 3 })
  })

  it('by ISO week from Monday, and by month beside the same month last year', async () => {
    const weeks = (await trends('granularity=week&from=2026-03-23&to=2026-04-05')).json
    expect(weeks.series.map((p: Point) => [p.start, p.covers, p.bookings, p.lastYearStart, p.coversLastYear])).toEqual([
      ['2026-03-23', 15, 6, '2025-03-24', 14],
      ['2026-03-30', 1, 1, '2025-03-31', 0],
    ])
    const months = (await trends('granularity=month&from=2026-03-01&to=2026-04-30')).json
    expect(months.lastYear).toEqual({ from: '2025-03-01', to: '2025-04-30' })
    expect(months.series.map((p: Point) => [p.start, p.covers, p.bookings, p.lastYearStart, p.coversLastYear, p.bookingsLastYear])).toEqual([
      ['2026-03-01', 16, 7, '2025-03-01', 14, 3],
      ['2026-04-01', 0, 0, '2025-04-01', 0, 0],
    ])
  })

  it('ranks tables by covers and by minutes booked (a party on pushed-together tables counts at each)', async () => {
    const { json } = await trends('from=2026-03-23&to=2026-04-05')
    const rank = (list: Array<{ label: string; covers: number; seatMinutes: number; bookings: number }>) => list.map((t) => [t.label, t.covers, t.seatMinutes, t.bookings])
    // T1: 4 + 2 + 3 covers, 60 + 120 + 200 minutes; T2: 3 + 1, 200 + 30; T3: 6, 150 (its no-show left out).
    expect(rank(json.topTables.byCovers)).toEqual([
      ['T1', 9, 380, 3],
      ['T3', 6, 150, 1],
      ['T2', 4, 230, 2],
    ])
    expect(rank(json.topTables.bySeatTime).map((t) => t[0])).toEqual(['T1', 'T2', 'T3'])
  })

  it('groups how far ahead guests booked, without walk-ins and cancellations', async () => {
    const { json } = await trends('from=2026-03-23&to=2026-04-05')
    expect(json.leadTime).toEqual([
      { group: 'sameDay', bookings: 1, percent: 20 },
      { group: 'days1to2', bookings: 1, percent: 20 },
      { group: 'days3to7', bookings: 1, percent: 20 },
      { group: 'days8to30', bookings: 1, percent: 20 },
      { group: 'over30', bookings: 1, percent: 20 },
    ])
  })

  it('gives the party-size mix of the bookings that came or are expected', async () => {
    const { json } = await trends('from=2026-03-23&to=2026-04-05')
    expect(json.partyMix).toEqual([
      { group: '1', bookings: 1, covers: 1, percent: 20 },
      { group: '2', bookings: 1, covers: 2, percent: 20 },
      { group: '3-4', bookings: 2, covers: 7, percent: 40 },
      { group: '5-6', bookings: 1, covers: 6, percent: 20 },
      { group: '7+', bookings: 0, covers: 0, percent: 0 },
    ])
  })

  it('adds up the spends entered at checkout: revenue, spend per cover over the bookings with one, and how many have one', async () => {
    const { json } = await trends('from=2026-03-23&to=2026-04-05')
    // 120.00 + 50.00 over 6 + 2 covers; 2 of the 4 completed bookings have a spend.
    expect(json.revenue).toEqual({ revenue: 17_000, spendPerCover: 2_125, completed: 4, completedWithSpend: 2, withSpendPercent: 50 })
    expect(json.currency).toBe('EUR')
  })

  it('is for the restaurant’s managers and owners only, and names a bad query', async () => {
    expect((await trends('from=2026-03-23&to=2026-04-05', tokens.host)).status).toBe(404)
    expect((await trends('from=2026-03-23&to=2026-04-05', tokens.neighbour)).json.errors[0].code).toBe('restaurant_not_found')
    expect((await api('GET', '/restaurants/tendances/trends?from=2026-03-23&to=2026-04-05')).status).toBe(401)
    const bad = await trends('granularity=year&from=2026-03-23&to=2026-04-05')
    expect(bad.status).toBe(422)
    expect(bad.json.errors[0]).toMatchObject({ code: 'not_an_option', field: 'granularity' })
    expect((await trends('from=2026-04-05&to=2026-03-23')).json.errors[0]).toMatchObject({ code: 'range_reversed', field: 'from' })
  })
})

describe('spend at checkout', () => {
  const seatedBooking = async (slug = 'tendances') => {
    const restaurant = (await payload.find({ collection: 'restaurants', where: { slug: { equals: slug } }, depth: 0 })).docs[0]!
    const startsAt = at('2026-03-31', '20:00')
    return payload.create({
      collection: 'reservations',
      data: { restaurant: restaurant.id, startsAt: startsAt.toISOString(), partySize: 2, guestName: 'Checkout', status: 'seated', source: 'phone' } as never,
      context: { seeding: true },
    })
  }
  const complete = (id: number, body: unknown, token = tokens.host) => api('POST', `/reservations/${id}/status`, { token, body })

  it('a host completes a booking with what the table spent, and analytics counts it', async () => {
    const booking = await seatedBooking()
    const { status, json } = await complete(booking.id, { status: 'completed', spendMinor: 4_550 })
    expect(status).toBe(200)
    expect(json.status).toBe('completed')
    expect((await payload.findByID({ collection: 'reservations', id: booking.id, depth: 0 })).spendMinor).toBe(4_550)
    const { json: week } = await trends('from=2026-03-30&to=2026-04-05')
    expect(week.revenue).toMatchObject({ revenue: 4_550, completed: 2, completedWithSpend: 1 })
  })

  it('refuses a spend that is not a whole, non-negative number of cents, with a code on the field', async () => {
    const booking = await seatedBooking()
    for (const [spendMinor, code] of [
      [12.5, 'invalid_amount'],
      [-100, 'invalid_amount'],
      ['45,50', 'not_a_number'],
      [100_000_000, 'amount_too_large'],
    ] as const) {
      const { status, json } = await complete(booking.id, { status: 'completed', spendMinor })
      expect(status, String(spendMinor)).toBe(422)
      expect(json.errors[0], String(spendMinor)).toMatchObject({ code, field: 'spendMinor' })
    }
    const seat = await complete(booking.id, { status: 'no_show', spendMinor: 1_000 })
    expect(seat.json.errors[0]).toMatchObject({ code: 'spend_needs_completion', field: 'spendMinor' })
    const after = await payload.findByID({ collection: 'reservations', id: booking.id, depth: 0 })
    expect(after.status).toBe('seated')
    expect(after.spendMinor ?? null).toBeNull()
  })

  it('staff of another restaurant cannot complete the booking or set its spend', async () => {
    const booking = await seatedBooking()
    const { status, json } = await complete(booking.id, { status: 'completed', spendMinor: 9_900 }, tokens.neighbour)
    expect(status).toBe(404)
    expect(json.errors[0].code).toBe('reservation_not_found')
    const edit = await api('PATCH', `/reservations/${booking.id}`, { token: tokens.neighbour, body: { spendMinor: 9_900 } })
    expect(edit.status).toBeGreaterThanOrEqual(400)
    const after = await payload.findByID({ collection: 'reservations', id: booking.id, depth: 0 })
    expect([after.status, after.spendMinor ?? null]).toEqual(['seated', null])
  })

  it('the edit form refuses a spend in decimals and keeps a valid one', async () => {
    const booking = await seatedBooking()
    const bad = await api('PATCH', `/reservations/${booking.id}`, { token: tokens.host, body: { status: 'completed', spendMinor: 12.5 } })
    expect(bad.status).toBe(400)
    expect(bad.json.errors[0].data.errors[0].path).toBe('spendMinor')
    const good = await api('PATCH', `/reservations/${booking.id}`, { token: tokens.host, body: { status: 'completed', spendMinor: 3_000 } })
    expect(good.status).toBe(200)
    expect(good.json.doc.spendMinor).toBe(3_000)
  })
})
