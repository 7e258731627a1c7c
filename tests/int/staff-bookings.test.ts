import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { api } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, parisTime, signedInStaff } from '../support/restaurants'

let payload: Payload
let restaurantId: number
let tables: Map<string, number>
let host: string
let manager: string

beforeAll(async () => {
  payload = await testPayload()
  const created = await createTestRestaurant(payload, 'salle-du-personnel', [
    { label: 'S1', min: 1, max: 2 },
    { label: 'S2', min: 2, max: 4 },
  ])
  restaurantId = created.restaurant.id
  tables = created.tableIds
  host = await signedInStaff(payload, 'host@salle.test', 'host', restaurantId)
  manager = await signedInStaff(payload, 'manager@salle.test', 'manager', restaurantId)
})

const phoneBooking = (time: string, days: number, extra: Record<string, unknown> = {}, token = host) =>
  api('POST', '/reservations', {
    token,
    body: { restaurant: restaurantId, startsAt: parisTime(days, time).iso, partySize: 2, guestName: 'Appel téléphonique', source: 'phone', ...extra },
  })

describe('staff bookings from the admin', () => {
  it('a phone booking gets its table and end time from the engine', async () => {
    const { status, json } = await phoneBooking('19:00', 30)
    expect(status).toBe(201)
    expect(json.doc.tables.map((t: { id: number }) => t.id)).toEqual([tables.get('S1')])
    expect(new Date(json.doc.endsAt).getTime() - new Date(json.doc.startsAt).getTime()).toBe(90 * 60_000)
  })

  it('is refused when the restaurant is closed; a manager is told how to override', async () => {
    const { status, json } = await phoneBooking('08:00', 30, {}, manager)
    expect(status).toBe(400)
    expect(json.errors[0].data.errors[0]).toMatchObject({ code: 'closed', remedy: 'override', path: 'startsAt' })
    expect(json.errors[0].data.errors[0].message).toMatch(/closed.*Tick "Override booking rules"/)
  })

  it('a host cannot force the rules: the refusal says a manager can', async () => {
    const before = await payload.count({ collection: 'reservations', where: { restaurant: { equals: restaurantId } } })
    const { status, json } = await phoneBooking('08:00', 31, { overrideRules: true, overrideReason: 'Petit-déjeuner privé' })
    expect(status).toBe(400)
    expect(json.errors[0].data.errors[0]).toMatchObject({ code: 'closed', remedy: 'manager_only' })
    expect(json.errors[0].data.errors[0].message).toMatch(/closed.*Only a manager can override/)
    expect((await payload.count({ collection: 'reservations', where: { restaurant: { equals: restaurantId } } })).totalDocs).toBe(before.totalDocs)
  })

  it("a manager's override goes through and is written to the audit log with who and why", async () => {
    const { status, json } = await phoneBooking('08:00', 31, { overrideRules: true, overrideReason: 'Petit-déjeuner privé' }, manager)
    expect(status).toBe(201)
    const audit = await payload.find({ collection: 'audit-log', where: { action: { equals: 'override' }, entityId: { equals: String(json.doc.id) } }, depth: 1 })
    expect(audit.docs[0]?.summary).toMatch(/closed.*Petit-déjeuner privé/)
    expect((audit.docs[0]?.actor as { email: string }).email).toBe('manager@salle.test')
  })

  it('even an override never puts two bookings on one table at once: 409, nothing written', async () => {
    const first = await phoneBooking('20:00', 32, { tables: [tables.get('S2')] })
    expect(first.status).toBe(201)
    const before = await payload.count({ collection: 'reservations', where: { restaurant: { equals: restaurantId } } })
    const second = await phoneBooking('20:30', 32, { tables: [tables.get('S2')], overrideRules: true }, manager)
    expect(second.status).toBe(409)
    expect(second.json.errors[0].data).toMatchObject({ code: 'table_taken' })
    expect(second.json.errors[0].message).toMatch(/already taken at that time/)
    expect((await payload.count({ collection: 'reservations', where: { restaurant: { equals: restaurantId } } })).totalDocs).toBe(before.totalDocs)
  })

  it('choosing a taken table without override is refused with the reason', async () => {
    await phoneBooking('12:00', 33, { tables: [tables.get('S1')] })
    const { status, json } = await phoneBooking('12:30', 33, { tables: [tables.get('S1')] })
    expect(status).toBe(400)
    expect(json.errors[0].data.errors[0]).toMatchObject({ path: 'tables' })
  })

  it('dragging a booking to a later time keeps its length and follows the rules', async () => {
    const { json } = await phoneBooking('13:00', 34)
    const moved = await api('PATCH', `/reservations/${json.doc.id}`, { token: host, body: { startsAt: parisTime(34, '14:00').iso } })
    expect(moved.status).toBe(200)
    expect(new Date(moved.json.doc.endsAt).toISOString()).toBe(new Date(Date.parse(parisTime(34, '14:00').iso) + 90 * 60_000).toISOString())
    const closed = await api('PATCH', `/reservations/${json.doc.id}`, { token: host, body: { startsAt: parisTime(34, '23:30').iso } })
    expect(closed.status).toBe(400)
  })

  it('a cancellation frees the table for the next guest', async () => {
    const { json } = await phoneBooking('18:00', 35, { tables: [tables.get('S1'), tables.get('S2')] })
    expect((await phoneBooking('18:00', 35)).status).toBe(400)
    await api('PATCH', `/reservations/${json.doc.id}`, { token: host, body: { status: 'cancelled' } })
    expect((await phoneBooking('18:00', 35)).status).toBe(201)
  })

  it('marking a visit completed or a no-show updates the guest profile', async () => {
    const guest = await payload.create({ collection: 'guests', data: { name: 'Fidèle', email: 'fidele@example.fr', restaurants: [restaurantId] } })
    const a = await phoneBooking('11:00', 36, { guest: guest.id })
    const b = await phoneBooking('11:00', 37, { guest: guest.id })
    await api('PATCH', `/reservations/${a.json.doc.id}`, { token: host, body: { status: 'completed' } })
    await api('PATCH', `/reservations/${b.json.doc.id}`, { token: host, body: { status: 'no_show' } })
    const profile = await payload.findByID({ collection: 'guests', id: guest.id })
    expect(profile).toMatchObject({ visitCount: 1, noShowCount: 1 })
  })
})
