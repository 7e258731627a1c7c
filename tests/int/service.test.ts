import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

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
    const { status, json } = await api('GET', `/restaurants/le-petit-zinc/service?date=${date}`, { token: tokens.host })
    expect(status).toBe(200)
    expect(json.date).toBe(date)
    expect(json.bookings.map((b: { reference: string }) => b.reference)).toContain(booking.reference)
    const live = json.bookings.filter((b: { status: string }) => b.status !== 'cancelled' && b.status !== 'no_show')
    expect(json.coversToday).toBe(live.reduce((sum: number, b: { partySize: number }) => sum + b.partySize, 0))
    expect(json.services.reduce((sum: number, s: { covers: number }) => sum + s.covers, 0)).toBe(json.coversToday)
    for (const key of ['late', 'arrivingSoon', 'seated', 'pendingDeposits', 'largeParties', 'flagged']) expect(Array.isArray(json[key])).toBe(true)
    expect((await api('GET', '/restaurants/le-petit-zinc/service?date=2026-13-40', { token: tokens.host })).status).toBe(422)
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
