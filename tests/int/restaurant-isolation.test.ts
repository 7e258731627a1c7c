import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { api, gql, login } from '../support/http'
import { testPayload } from '../support/payload'

/**
 * One restaurant's staff learn nothing of another's: not its bookings, guests, messages or
 * figures, through any staff view's endpoint, export, REST or GraphQL. The answer is the same
 * 404 as for a restaurant that does not exist.
 */
let payload: Payload
let zinc: { id: number }
let zincBooking: { id: number; reference: string }
let zincGuest: { id: number }
let zincTable: { id: number }
let cantineHost: string
const REFUSED = 404
const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + offset * 86_400_000))

beforeAll(async () => {
  payload = await testPayload()
  zinc = (await payload.find({ collection: 'restaurants', where: { slug: { equals: 'le-petit-zinc' } }, depth: 0 })).docs[0]!
  zincBooking = (await payload.find({ collection: 'reservations', where: { restaurant: { equals: zinc.id }, guest: { exists: true } }, limit: 1, depth: 0 })).docs[0]!
  const guestId = (await payload.findByID({ collection: 'reservations', id: zincBooking.id, depth: 0 })).guest
  zincGuest = { id: Number(guestId) }
  zincTable = (await payload.find({ collection: 'tables', where: { restaurant: { equals: zinc.id } }, limit: 1, depth: 0 })).docs[0]!
  cantineHost = await login('host@cantine.test', 'techplus-host')
})

describe('a host of La Cantine, about Le Petit Zinc', () => {
  it('gets 404 from every staff view and export', async () => {
    const token = cantineHost
    const reads = [
      '/restaurants/le-petit-zinc/service',
      `/restaurants/le-petit-zinc/service?date=${day(1)}`,
      `/restaurants/le-petit-zinc/calendar?from=${day(0)}&to=${day(6)}`,
      `/restaurants/le-petit-zinc/analytics?from=${day(-30)}&to=${day(0)}`,
      `/reservations/export?restaurant=le-petit-zinc&from=${day(-7)}&to=${day(7)}`,
      `/reservations/${zincBooking.id}`,
      `/guests/${zincGuest.id}`,
      `/guests/${zincGuest.id}/duplicates`,
    ]
    for (const path of reads) expect([path, (await api('GET', path, { token })).status]).toEqual([path, 404])
  })

  it('changes nothing there: status, walk-in, refund, merge, bulk actions are refused', async () => {
    const token = cantineHost
    const before = await payload.findByID({ collection: 'reservations', id: zincBooking.id, depth: 0 })
    const count = async () => (await payload.count({ collection: 'reservations', where: { restaurant: { equals: zinc.id } } })).totalDocs
    const reservationsBefore = await count()
    expect((await api('POST', `/reservations/${zincBooking.id}/status`, { token, body: { status: 'cancelled' } })).status).toBe(404)
    expect((await api('POST', '/restaurants/le-petit-zinc/walk-in', { token, body: { table: zincTable.id, partySize: 2 } })).status).toBe(404)
    expect((await api('POST', `/reservations/${zincBooking.id}/refund`, { token, body: { amountMinor: 100, reason: 'Goodwill gesture' } })).status).toBe(REFUSED)
    expect((await api('POST', `/guests/${zincGuest.id}/merge`, { token, body: { duplicate: zincGuest.id + 1 } })).status).toBe(REFUSED)
    const bulk = await api('POST', '/reservations/bulk-status', { token, body: { ids: [zincBooking.id], status: 'cancelled' } })
    expect(bulk.json.results?.[0] ?? bulk.json).toMatchObject({ ok: false })
    // Tables are public (the booking widget reads them): changing one is forbidden, not hidden.
    expect((await api('PATCH', `/tables/${zincTable.id}`, { token, body: { floor: { x: 1, y: 1 } } })).status).toBe(403)
    const after = await payload.findByID({ collection: 'reservations', id: zincBooking.id, depth: 0 })
    expect(after.status).toBe(before.status)
    expect(await count()).toBe(reservationsBefore)
  })

  it('finds none of its bookings, guests, messages or waitlist in the REST lists or GraphQL', async () => {
    const token = cantineHost
    for (const collection of ['reservations', 'waitlist']) {
      const { json } = await api('GET', `/${collection}?where[restaurant][equals]=${zinc.id}&limit=1`, { token })
      expect([collection, json.totalDocs]).toEqual([collection, 0])
    }
    const guests = await api('GET', `/guests?where[restaurants][in]=${zinc.id}&limit=100`, { token })
    const cantineId = (await payload.find({ collection: 'restaurants', where: { slug: { equals: 'la-cantine-du-port' } }, depth: 0 })).docs[0]!.id
    for (const guest of guests.json.docs) expect(guest.restaurants.map((r: { id: number } | number) => (typeof r === 'object' ? r.id : r))).toContain(cantineId)
    const messages = await api('GET', `/message-log?where[reservation][equals]=${zincBooking.id}`, { token })
    expect(messages.json?.totalDocs ?? 0).toBe(0)
    const { json } = await gql(`{ Reservations(where: { restaurant: { equals: ${zinc.id} } }) { totalDocs } }`, { token })
    expect(json.data.Reservations.totalDocs).toBe(0)
  })
})
