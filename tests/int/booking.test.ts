import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { api } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, parisTime } from '../support/restaurants'

let payload: Payload

const guest = { name: 'Claire Fontaine', email: 'Claire.Fontaine@example.fr', phone: '+33 6 11 22 33 44' }
const book = (body: Record<string, unknown>) => api('POST', '/reservations/book', { body: { guest, locale: 'fr', ...body } })

async function overlappingOccupancy(): Promise<number> {
  const db = (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Array<{ n: string }> }> } }).drizzle
  const { rows } = await db.execute(sql`
    SELECT count(*)::int AS n FROM reservation_occupancy a JOIN reservation_occupancy b
      ON a.table_id = b.table_id AND a.reservation_id < b.reservation_id AND a.active AND b.active AND a.period && b.period`)
  return Number(rows[0]!.n)
}

beforeAll(async () => {
  payload = await testPayload()
  await createTestRestaurant(payload, 'chez-test', [
    { label: 'A', min: 1, max: 2 },
    { label: 'B', min: 2, max: 4 },
  ])
  await createTestRestaurant(payload, 'une-table', [{ label: 'Solo', min: 1, max: 4 }])
})

describe('availability', () => {
  it('lists a day of slots with local times and UTC instants', async () => {
    const { date } = parisTime(10, '12:00')
    const { status, json } = await api('GET', `/restaurants/chez-test/availability?date=${date}&party=2`)
    expect(status).toBe(200)
    expect(json.timeZone).toBe('Europe/Paris')
    expect(json.slots[0]).toMatchObject({ time: '10:00', available: true, service: 'Service' })
    expect(json.slots.at(-1).time).toBe('22:00')
    expect(json.slots[0].startsAt).toBe(parisTime(10, '10:00').iso)
  })

  it('summarises a range of days for the date picker', async () => {
    const from = parisTime(3, '12:00').date
    const to = parisTime(9, '12:00').date
    const { status, json } = await api('GET', `/restaurants/chez-test/availability?from=${from}&to=${to}&party=2`)
    expect(status).toBe(200)
    expect(json.days).toHaveLength(7)
    expect(json.days.every((d: { available: boolean }) => d.available)).toBe(true)
  })

  it('marks the seeded closure day of Le Petit Zinc as closed', async () => {
    const { date } = parisTime(9, '12:00')
    const { json } = await api('GET', `/restaurants/le-petit-zinc/availability?date=${date}&party=2`)
    expect(json).toMatchObject({ closed: true, slots: [] })
  })

  it.each([
    ['a malformed date', 'date=2026-02-30&party=2', 422, 'invalid_date', /real date/],
    ['no party size', 'date=2030-01-01', 422, 'not_a_number', /number/i],
    ['a party of 0', 'date=2030-01-01&party=0', 422, 'too_small', /at least 1/],
    ['a party of 1000', 'date=2030-01-01&party=1000', 422, 'too_big', /at most 100/],
    ['a party above the online limit', 'date=2030-01-01&party=12', 422, 'party_too_large', /call the restaurant/],
    ['both date and range', 'date=2030-01-01&from=2030-01-01&to=2030-01-02&party=2', 422, 'date_or_range', /either/],
    ['a range of a year', 'from=2030-01-01&to=2030-12-31&party=2', 422, 'range_too_long', /92 days/],
  ])('answers %s with a clear 4xx', async (_, query, status, code, message) => {
    const res = await api('GET', `/restaurants/chez-test/availability?${query}`)
    expect(res.status).toBe(status)
    expect(res.json.errors[0].code).toBe(code)
    expect(res.json.errors[0].message).toMatch(message)
  })

  it('answers an unknown restaurant with 404', async () => {
    const res = await api('GET', '/restaurants/nowhere/availability?date=2030-01-01&party=2')
    expect(res.status).toBe(404)
    expect(res.json.errors[0].code).toBe('restaurant_not_found')
  })
})

describe('booking', () => {
  it('books a free slot: 201 with a reference and a private management link, guest profile attached', async () => {
    const { iso } = parisTime(12, '19:30')
    const { status, json } = await book({ restaurant: 'chez-test', startsAt: iso, partySize: 2, specialRequests: 'Près de la fenêtre' })
    expect(status).toBe(201)
    expect(json.reference).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/)
    expect(json.status).toBe('confirmed')
    expect(json.time).toBe('19:30')
    expect(json.manageUrl).toMatch(/\/fr\/reservation\/[A-Za-z0-9_-]{43}$/)
    const stored = await payload.find({ collection: 'reservations', where: { reference: { equals: json.reference } }, showHiddenFields: true, depth: 1 })
    const reservation = stored.docs[0]!
    // Only the hash of the token is stored.
    expect(reservation.manageTokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(reservation)).not.toContain(json.manageToken)
    expect(reservation.source).toBe('online')
    expect((reservation.guest as { email: string }).email).toBe('claire.fontaine@example.fr')
    expect((reservation.tables as Array<{ label: string }>).map((t) => t.label)).toEqual(['A'])
  })

  it('reuses the guest profile for the same email, whatever its case', async () => {
    await book({ restaurant: 'chez-test', startsAt: parisTime(13, '12:00').iso, partySize: 2, guest: { ...guest, email: 'CLAIRE.fontaine@EXAMPLE.fr' } })
    const { totalDocs } = await payload.count({ collection: 'guests', where: { email: { equals: 'claire.fontaine@example.fr' } } })
    expect(totalDocs).toBe(1)
  })

  it('asks for a deposit when the policy says so, and holds the table meanwhile', async () => {
    // The next evening at least two weeks out when Le Petit Zinc serves dinner at 20:00.
    let iso: string | undefined
    for (let days = 17; days < 30 && !iso; days++) {
      const { date } = parisTime(days, '20:00')
      const { json } = await api('GET', `/restaurants/le-petit-zinc/availability?date=${date}&party=6`)
      iso = json.slots.find((s: { time: string; available: boolean }) => s.time === '20:00' && s.available)?.startsAt
    }
    const { status, json } = await book({ restaurant: 'le-petit-zinc', startsAt: iso, partySize: 6 })
    expect(status).toBe(201)
    expect(json.status).toBe('pending_payment')
    expect(json.deposit).toMatchObject({ amountMinor: 9000, currency: 'EUR', status: 'pending' })
    expect(new Date(json.holdExpiresAt).getTime()).toBeGreaterThan(Date.now())
  })

  it.each([
    ['an empty body', {}, 422],
    ['a bad email', { restaurant: 'chez-test', startsAt: '2030-01-01T12:00:00Z', partySize: 2, guest: { ...guest, email: 'nope' } }, 422],
    ['a party of 0', { restaurant: 'chez-test', startsAt: '2030-01-01T12:00:00Z', partySize: 0 }, 422],
    ['a party of 1000', { restaurant: 'chez-test', startsAt: '2030-01-01T12:00:00Z', partySize: 1000 }, 422],
    ['a malformed date', { restaurant: 'chez-test', startsAt: '1 January', partySize: 2 }, 422],
    ['a time in the past', { restaurant: 'chez-test', startsAt: parisTime(-1, '12:00').iso, partySize: 2 }, 422],
    ['a time off the slot grid', { restaurant: 'chez-test', startsAt: parisTime(12, '12:07').iso, partySize: 2 }, 422],
    ['a time when closed', { restaurant: 'chez-test', startsAt: parisTime(12, '08:00').iso, partySize: 2 }, 422],
    ['an unknown restaurant', { restaurant: 'nowhere', startsAt: parisTime(12, '12:00').iso, partySize: 2 }, 404],
  ])('refuses %s with a clear 4xx and writes nothing', async (_, body, status) => {
    const before = await payload.count({ collection: 'reservations' })
    const res = await book(body as Record<string, unknown>)
    expect(res.status).toBe(status)
    expect(res.json.errors[0].message).toBeTruthy()
    expect((await payload.count({ collection: 'reservations' })).totalDocs).toBe(before.totalDocs)
  })

  it('answers malformed JSON with 400', async () => {
    const res = await api('POST', '/reservations/book', { body: '{"restaurant":' })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].code).toBe('invalid_json')
  })

  it('gives 409 when the slot was taken meanwhile', async () => {
    const { iso } = parisTime(15, '21:00')
    expect((await book({ restaurant: 'une-table', startsAt: iso, partySize: 2 })).status).toBe(201)
    const second = await book({ restaurant: 'une-table', startsAt: iso, partySize: 2 })
    expect(second.status).toBe(409)
    expect(second.json.errors[0]).toMatchObject({ code: 'no_table', field: 'startsAt' })
  })

  it('never double-books: 200 guests racing for the last table get exactly one 201, ten times over', async () => {
    for (let round = 0; round < 10; round++) {
      const { iso } = parisTime(40 + round, '13:00')
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          book({ restaurant: 'une-table', startsAt: iso, partySize: 2, guest: { ...guest, email: `racer${round}-${i}@example.fr` } }),
        ),
      )
      const statuses = results.map((r) => r.status)
      expect(statuses.filter((s) => s === 201), `round ${round}`).toHaveLength(1)
      expect(statuses.filter((s) => s === 409), `round ${round}`).toHaveLength(199)
    }
    expect(await overlappingOccupancy()).toBe(0)
  })
})
