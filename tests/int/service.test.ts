import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { addLocalDays, wallClockToInstant } from '../../src/domain/availability'
import { api, login } from '../support/http'
import { testPayload } from '../support/payload'

let payload: Payload
let tokens: Record<'host' | 'cantineHost' | 'admin', string>

beforeAll(async () => {
  payload = await testPayload()
  tokens = {
    host: await login('host@techplus.test', 'techplus-host'),
    cantineHost: await login('host@cantine.test', 'techplus-host'),
    admin: await login('admin@techplus.test', 'techplus-admin'),
  }
})

/** A seeded Petit Zinc booking still ahead and confirmed (the seed books up to a week ahead). */
async function upcomingZincBooking() {
  const zinc = (await payload.find({ collection: 'restaurants', where: { slug: { equals: 'le-petit-zinc' } }, depth: 0 })).docs[0]!
  const { docs } = await payload.find({
    collection: 'reservations',
    where: { restaurant: { equals: zinc.id }, status: { equals: 'confirmed' }, startsAt: { greater_than: new Date().toISOString() } },
    sort: 'startsAt',
    limit: 1,
    depth: 0,
  })
  return docs[0]!
}

describe('the service day endpoint', () => {
  it('is for signed-in staff of that restaurant only', async () => {
    expect((await api('GET', '/restaurants/le-petit-zinc/service')).status).toBe(401)
    // A host of La Cantine du Port learns nothing about Le Petit Zinc, not even that it has bookings.
    expect((await api('GET', '/restaurants/le-petit-zinc/service', { token: tokens.cantineHost })).status).toBe(404)
    expect((await api('GET', '/restaurants/la-cantine-du-port/service', { token: tokens.cantineHost })).status).toBe(200)
  })

  it('gives a host the day: bookings, covers by service and the lists to watch', async () => {
    const booking = await upcomingZincBooking()
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(booking.startsAt))
    // The host warns the kitchen from the board: each booking carries its guest's allergies.
    await payload.update({ collection: 'guests', id: booking.guest as number, data: { allergies: 'Sésame' } })
    const { status, json } = await api('GET', `/restaurants/le-petit-zinc/service?date=${date}`, { token: tokens.host })
    expect(status).toBe(200)
    expect(json.date).toBe(date)
    expect(json.bookings.find((b: { id: number }) => b.id === booking.id).allergies).toBe('Sésame')
    expect(json.bookings.map((b: { reference: string }) => b.reference)).toContain(booking.reference)
    const live = json.bookings.filter((b: { status: string }) => b.status !== 'cancelled' && b.status !== 'no_show')
    expect(json.coversToday).toBe(live.reduce((sum: number, b: { partySize: number }) => sum + b.partySize, 0))
    expect(json.services.reduce((sum: number, s: { covers: number }) => sum + s.covers, 0)).toBe(json.coversToday)
    for (const key of ['late', 'arrivingSoon', 'seated', 'pendingDeposits', 'largeParties', 'flagged']) expect(Array.isArray(json[key])).toBe(true)
    // The day timeline's rows and blocks: every table, every booking with its end and its tables.
    expect(json.tables.length).toBe(16)
    const mine = json.bookings.find((b: { reference: string }) => b.reference === booking.reference)
    expect(mine).toMatchObject({ endsAt: booking.endsAt, tableIds: booking.tables })
    // The timeline snaps moves to the restaurant's own slot interval.
    const zinc = (await payload.find({ collection: 'restaurants', where: { slug: { equals: 'le-petit-zinc' } }, depth: 0 })).docs[0]!
    expect(json.slotIntervalMinutes).toBe(zinc.bookingRules?.slotIntervalMinutes ?? 15)
    expect((await api('GET', '/restaurants/le-petit-zinc/service?date=2026-13-40', { token: tokens.host })).status).toBe(422)
  })
})

describe('the week and month views', () => {
  it('give covers per day and service that add up to the bookings in the database', async () => {
    const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + offset * 86_400_000))
    const [from, to] = [day(0), day(6)]
    const path = `/restaurants/le-petit-zinc/calendar?from=${from}&to=${to}`
    expect((await api('GET', path)).status).toBe(401)
    expect((await api('GET', path, { token: tokens.cantineHost })).status).toBe(404)
    const { status, json } = await api('GET', path, { token: tokens.host })
    expect(status).toBe(200)
    expect(json.days.map((d: { date: string }) => d.date)).toEqual([0, 1, 2, 3, 4, 5, 6].map(day))

    const zinc = (await payload.find({ collection: 'restaurants', where: { slug: { equals: 'le-petit-zinc' } }, depth: 0 })).docs[0]!
    const live = await payload.find({
      collection: 'reservations',
      where: {
        restaurant: { equals: zinc.id },
        status: { not_in: ['cancelled', 'no_show'] },
        startsAt: {
          greater_than_equal: wallClockToInstant(from, 0, 'Europe/Paris')!.toISOString(),
          less_than: wallClockToInstant(addLocalDays(to, 1), 0, 'Europe/Paris')!.toISOString(),
        },
      },
      limit: 10_000,
      depth: 0,
      pagination: false,
    })
    const total = (key: 'covers' | 'bookings') => json.days.reduce((n: number, d: Record<string, number>) => n + d[key]!, 0)
    expect(total('bookings')).toBe(live.docs.length)
    expect(total('covers')).toBe(live.docs.reduce((n, r) => n + r.partySize, 0))
    expect(total('covers')).toBeGreaterThan(0)
    for (const d of json.days) expect(d.services.reduce((n: number, s: { covers: number }) => n + s.covers, 0)).toBe(d.covers)
    expect((await api('GET', `/restaurants/le-petit-zinc/calendar?from=${from}&to=${day(60)}`, { token: tokens.host })).status).toBe(422)
  })
})

describe('service moves', () => {
  it('seat then complete a booking; a move that makes no sense is refused with the reason', async () => {
    const booking = await upcomingZincBooking()
    expect((await api('POST', `/reservations/${booking.id}/status`, { body: { status: 'seated' } })).status).toBe(401)
    expect((await api('POST', `/reservations/${booking.id}/status`, { body: { status: 'seated' }, token: tokens.cantineHost })).status).toBe(404)
    expect((await api('POST', `/reservations/${booking.id}/status`, { body: { status: 'completed' }, token: tokens.host })).json.errors[0]).toMatchObject({
      code: 'invalid_transition',
      message: 'A confirmed booking cannot become completed',
    })
    expect((await api('POST', `/reservations/${booking.id}/status`, { body: { status: 'gone' }, token: tokens.host })).status).toBe(422)

    const seated = await api('POST', `/reservations/${booking.id}/status`, { body: { status: 'seated' }, token: tokens.host })
    expect(seated.json).toMatchObject({ status: 'seated', reference: booking.reference })
    expect((await api('POST', `/reservations/${booking.id}/status`, { body: { status: 'completed' }, token: tokens.host })).json.status).toBe('completed')
    // Recorded like any edit: who did it.
    const audit = await payload.find({ collection: 'audit-log', where: { entityId: { equals: String(booking.id) }, entity: { equals: 'reservations' } }, sort: '-createdAt', limit: 1, depth: 0 })
    expect(JSON.stringify(audit.docs[0]?.changes)).toContain('completed')
  })
})

describe('the CSV export', () => {
  const range = () => {
    const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + offset * 86_400_000))
    return { from: day(-7), to: day(14) }
  }

  it('gives staff of the restaurant every booking of the period, as the database has them', async () => {
    const { from, to } = range()
    const res = await api('GET', `/reservations/export?restaurant=le-petit-zinc&from=${from}&to=${to}`, { token: tokens.host })
    expect(res.status).toBe(200)
    const rows: Record<string, string>[] = parse(res.text, { columns: true, bom: true, skip_empty_lines: true })
    const zinc = (await payload.find({ collection: 'restaurants', where: { slug: { equals: 'le-petit-zinc' } }, depth: 0 })).docs[0]!
    const inDb = await payload.find({
      collection: 'reservations',
      where: {
        restaurant: { equals: zinc.id },
        startsAt: {
          greater_than_equal: wallClockToInstant(from, 0, 'Europe/Paris')!.toISOString(),
          less_than: wallClockToInstant(addLocalDays(to, 1), 0, 'Europe/Paris')!.toISOString(),
        },
      },
      limit: 10_000,
      depth: 1,
      pagination: false,
    })
    expect(rows.length).toBe(inDb.docs.length)
    expect(rows.length).toBeGreaterThan(10)
    const byRef = new Map(rows.map((r) => [r.reference, r]))
    for (const doc of inDb.docs) {
      const row = byRef.get(doc.reference)!
      expect(row).toBeDefined()
      expect(row.party_size).toBe(String(doc.partySize))
      expect(row.status).toBe(doc.status)
      expect(row.guest_name).toBe(doc.guestName)
      const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' }).format(new Date(doc.startsAt))
      expect(`${row.date} ${row.time}`).toBe(local)
      expect(row.tables).toBe((doc.tables ?? []).map((t) => (typeof t === 'object' ? t.label : '')).sort().join('+'))
    }
  })

  it('shows nothing of another restaurant, and names what is wrong with a request', async () => {
    const { from, to } = range()
    expect((await api('GET', `/reservations/export?restaurant=le-petit-zinc&from=${from}&to=${to}`)).status).toBe(401)
    expect((await api('GET', `/reservations/export?restaurant=le-petit-zinc&from=${from}&to=${to}`, { token: tokens.cantineHost })).status).toBe(404)
    const backwards = await api('GET', `/reservations/export?restaurant=le-petit-zinc&from=${to}&to=${from}`, { token: tokens.host })
    expect(backwards.status).toBe(422)
    expect(backwards.json.errors[0].message).toBe('"from" must not be after "to"')
  })
})

describe('analytics', () => {
  it('sums a period in the database and compares it with the period before, for managers only', async () => {
    const { createTestRestaurant, parisTime } = await import('../support/restaurants')
    const { restaurant } = await createTestRestaurant(payload, 'chiffres', [{ label: 'C1', min: 1, max: 8 }])
    const make = (days: number, partySize: number, status: string, extra: Record<string, unknown> = {}) =>
      payload.create({
        collection: 'reservations',
        data: { restaurant: restaurant.id, startsAt: parisTime(days, '20:00').iso, partySize, guestName: `Guest ${days}`, status, source: 'online', ...extra } as never,
        context: { seeding: true },
      })
    await make(60, 2, 'confirmed')
    await make(61, 4, 'seated', { source: 'phone' })
    await make(62, 6, 'completed', { deposit: { required: true, amountMinor: 6000, currency: 'EUR', status: 'paid' } })
    await make(63, 2, 'no_show')
    await make(64, 3, 'cancelled', { deposit: { required: true, amountMinor: 3000, currency: 'EUR', status: 'refunded', refundedMinor: 3000 } })
    await make(55, 5, 'confirmed') // the week before
    const from = parisTime(60, '00:00').date
    const to = parisTime(66, '00:00').date

    const path = `/restaurants/chiffres/analytics?from=${from}&to=${to}`
    expect((await api('GET', path)).status).toBe(401)
    expect((await api('GET', path, { token: tokens.host })).status).toBe(404)
    const { status, json } = await api('GET', path, { token: tokens.admin })
    expect(status).toBe(200)
    expect(json.period).toEqual({ from, to, days: 7 })
    expect(json.current).toMatchObject({ bookings: 5, covers: 12, noShowRatePercent: 20, cancellationRatePercent: 20, depositsCollected: 9000, depositsRefunded: 3000 })
    expect(json.current.leadTimeHours).toBeGreaterThan(24 * 59)
    expect(json.previous).toMatchObject({ bookings: 1, covers: 5 })
    expect(json.bookingsByPartySize).toEqual({ '2': 2, '3': 1, '4': 1, '6': 1 })
    expect(json.coversBySource).toEqual({ online: 8, phone: 4 })
    expect(Object.values(json.coversByWeekday).reduce((a: number, b) => a + Number(b), 0)).toBe(12)
    expect((await api('GET', `/restaurants/chiffres/analytics?from=${to}&to=${from}`, { token: tokens.admin })).status).toBe(422)
  })

  it('counts how far ahead guests booked without walk-ins, and a visit written down afterwards as booked 0 hours ahead', async () => {
    const { createTestRestaurant, parisTime } = await import('../support/restaurants')
    const { restaurant } = await createTestRestaurant(payload, 'avance', [{ label: 'A1', min: 1, max: 8 }])
    const make = (days: number, time: string, source: string, status: string) =>
      payload.create({
        collection: 'reservations',
        data: { restaurant: restaurant.id, startsAt: parisTime(days, time).iso, partySize: 2, guestName: `Guest ${days} ${time}`, status, source } as never,
        context: { seeding: true },
      })
    await make(-2, '12:00', 'phone', 'completed') // written down two days after the visit
    await make(-2, '13:00', 'walk_in', 'completed')
    const ahead = await make(2, '20:00', 'online', 'confirmed')
    const hoursAhead = (new Date(ahead.startsAt).getTime() - new Date(ahead.createdAt).getTime()) / 3_600_000

    const path = `/restaurants/avance/analytics?from=${parisTime(-3, '00:00').date}&to=${parisTime(3, '00:00').date}`
    const { status, json } = await api('GET', path, { token: tokens.admin })
    expect(status).toBe(200)
    expect(json.current.bookings).toBe(3)
    expect(json.current.leadTimeHours).toBe(Math.round(hoursAhead / 2))
  })
})
