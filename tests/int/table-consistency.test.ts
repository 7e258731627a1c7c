import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Reservation } from '../../src/payload-types'
import { existingBooking } from '../support/bookings'
import { api, gql, login } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, signedInStaff } from '../support/restaurants'

let payload: Payload
let restaurantId: number
/** A second floor for the moves, so the engine's choice among its tables is known. */
let moveRestaurantId: number
let moveManager: string
let manager: string
let host: string
let otherManager: string
let counter = 0

beforeAll(async () => {
  payload = await testPayload()
  const created = await createTestRestaurant(payload, 'tables-keep', [{ label: 'K0', min: 1, max: 2 }])
  restaurantId = created.restaurant.id
  manager = await signedInStaff(payload, 'manager@tables-keep.test', 'manager', restaurantId)
  host = await signedInStaff(payload, 'host@tables-keep.test', 'host', restaurantId)
  otherManager = await login('manager@techplus.test', 'techplus-manager')
  moveRestaurantId = (await createTestRestaurant(payload, 'tables-move', [])).restaurant.id
  moveManager = await signedInStaff(payload, 'manager@tables-move.test', 'manager', moveRestaurantId)
})

/** A fresh table of the test restaurant, so each story starts from an empty one. */
async function table(min = 2, max = 4, at = restaurantId) {
  return payload.create({
    collection: 'tables',
    data: { restaurant: at, label: `K${++counter}`, area: 'dining_room', minCapacity: min, maxCapacity: max, bookableOnline: true, active: true } as never,
  })
}

/** A booking as it stands, holding `tableIds`, `days` from today at 19:00 (Paris). */
const booking = (tableIds: number[], days: number, extra: Partial<Reservation> = {}, at = restaurantId) =>
  existingBooking(payload, at, days, '19:00', 'confirmed', { tables: tableIds, guestName: 'Camille Roux', ...extra } as Partial<Reservation>)

async function occupancyRows(tableId: number): Promise<number[]> {
  const db = (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Array<{ reservation_id: number }> }> } }).drizzle
  const { rows } = await db.execute(sql`SELECT reservation_id FROM reservation_occupancy WHERE table_id = ${tableId} ORDER BY reservation_id`)
  return rows.map((r) => Number(r.reservation_id))
}

const refusal = (error: unknown) => ({ status: (error as { status?: number }).status, code: (error as { data?: { code?: string } }).data?.code })

describe('a table cannot vanish from under its upcoming bookings', () => {
  it('refuses deleting it over REST with 409, the code and the bookings, and keeps every occupancy row', async () => {
    const t = await table()
    const soon = await booking([t.id], 3, { partySize: 3 })
    const later = await booking([t.id], 5)
    const rowsBefore = await occupancyRows(t.id)

    const res = await api('DELETE', `/tables/${t.id}`, { token: manager })
    expect(res.status).toBe(409)
    expect(res.json.errors[0].data.code).toBe('table_has_bookings')
    expect(res.json.errors[0].data.bookings).toEqual([
      { id: soon.id, reference: soon.reference, startsAt: new Date(soon.startsAt).toISOString(), partySize: 3, guestName: 'Camille Roux', conflict: 'deleted' },
      { id: later.id, reference: later.reference, startsAt: new Date(later.startsAt).toISOString(), partySize: 2, guestName: 'Camille Roux', conflict: 'deleted' },
    ])
    expect(await payload.findByID({ collection: 'tables', id: t.id, depth: 0 })).toMatchObject({ id: t.id })
    expect(await occupancyRows(t.id)).toEqual(rowsBefore)
    expect(rowsBefore).toEqual([soon.id, later.id].sort((a, b) => a - b))
  })

  it('refuses deactivating it over GraphQL, with the code and the status in the error’s extensions', async () => {
    const t = await table()
    const held = await booking([t.id], 4)
    const { json } = await gql(`mutation { updateTable(id: ${t.id}, data: { active: false }) { id active } }`, { token: manager })
    expect(json.data?.updateTable ?? null).toBeNull()
    expect(json.errors[0].extensions).toMatchObject({ statusCode: 409, data: { code: 'table_has_bookings', bookings: [{ id: held.id, conflict: 'deactivated' }] } })
    expect((await payload.findByID({ collection: 'tables', id: t.id, depth: 0 })).active).toBe(true)
    expect(await occupancyRows(t.id)).toEqual([held.id])
  })

  it('refuses deleting it over GraphQL too', async () => {
    const t = await table()
    await booking([t.id], 6)
    const { json } = await gql(`mutation { deleteTable(id: ${t.id}) { id } }`, { token: manager })
    expect(json.errors[0].extensions).toMatchObject({ statusCode: 409, data: { code: 'table_has_bookings' } })
  })

  it('refuses taking it off the site under a booking made online, and lets it go under a phone booking (Local API)', async () => {
    const online = await table()
    await booking([online.id], 3, { source: 'online' })
    const error = await payload.update({ collection: 'tables', id: online.id, data: { bookableOnline: false } }).catch((e: unknown) => e)
    expect(refusal(error)).toEqual({ status: 409, code: 'table_has_bookings' })
    expect((error as { data: { bookings: Array<{ conflict: string }> } }).data.bookings.map((b) => b.conflict)).toEqual(['not_online'])

    const phone = await table()
    await booking([phone.id], 3, { source: 'phone' })
    const kept = await payload.update({ collection: 'tables', id: phone.id, data: { bookableOnline: false } })
    expect(kept.bookableOnline).toBe(false)
  })

  it('refuses a capacity below a party that holds it, and accepts one that still seats every party (Local API)', async () => {
    const t = await table(1, 6)
    await booking([t.id], 3, { partySize: 5 })
    await booking([t.id], 4, { partySize: 2 })
    const error = await payload.update({ collection: 'tables', id: t.id, data: { maxCapacity: 4 } }).catch((e: unknown) => e)
    expect(refusal(error)).toEqual({ status: 409, code: 'table_has_bookings' })
    expect((error as { data: { bookings: Array<{ partySize: number; conflict: string }> } }).data.bookings).toMatchObject([{ partySize: 5, conflict: 'too_small' }])
    expect((await payload.update({ collection: 'tables', id: t.id, data: { maxCapacity: 5 } })).maxCapacity).toBe(5)
  })

  it('counts the seats of joined tables: a party of six on two joined fours may lose two seats', async () => {
    const a = await table(2, 4)
    const b = await table(2, 4)
    await booking([a.id, b.id], 3, { partySize: 6 })
    expect((await payload.update({ collection: 'tables', id: a.id, data: { maxCapacity: 2 } })).maxCapacity).toBe(2)
    const error = await payload.update({ collection: 'tables', id: b.id, data: { maxCapacity: 3 } }).catch((e: unknown) => e)
    expect(refusal(error)).toEqual({ status: 409, code: 'table_has_bookings' })
  })

  it('accepts every change when no upcoming booking holds it: cancelled and past ones do not count', async () => {
    const t = await table()
    await booking([t.id], 3, { status: 'cancelled' })
    await existingBooking(payload, restaurantId, -3, '19:00', 'completed', { tables: [t.id], guestName: 'Past' } as Partial<Reservation>)
    const patched = await api('PATCH', `/tables/${t.id}`, { token: manager, body: { bookableOnline: false, maxCapacity: 2, active: false } })
    expect(patched.status).toBe(200)
    expect(patched.json.doc).toMatchObject({ bookableOnline: false, maxCapacity: 2, active: false })
  })

  it('keeps past bookings’ record: deleting a table they sat at is refused (deactivate instead), an unused table goes', async () => {
    const t = await table()
    const past = await existingBooking(payload, restaurantId, -2, '19:00', 'completed', { tables: [t.id], guestName: 'Past' } as Partial<Reservation>)
    const res = await api('DELETE', `/tables/${t.id}`, { token: manager })
    expect(res.status).toBe(409)
    expect(res.json.errors[0].data.code).toBe('table_has_history')
    expect((await payload.findByID({ collection: 'reservations', id: past.id, depth: 0 })).tables).toEqual([t.id])

    const unused = await table()
    expect((await api('DELETE', `/tables/${unused.id}`, { token: manager })).status).toBe(200)
  })
})

describe('moving the bookings to other tables in one step', () => {
  it('moves each booking to a free table that fits, at the same time, and then the change goes through', async () => {
    const leaving = await table(2, 4, moveRestaurantId)
    const free = await table(2, 4, moveRestaurantId)
    const busy = await table(2, 4, moveRestaurantId)
    const big = await table(4, 8, moveRestaurantId)
    const first = await booking([leaving.id], 10, { partySize: 4 }, moveRestaurantId)
    const second = await booking([leaving.id], 11, { partySize: 6 }, moveRestaurantId)
    // On the first day the other four-seat table is taken: the first party goes to the free one.
    await booking([busy.id], 10, { partySize: 2 }, moveRestaurantId)

    const res = await api('POST', `/tables/${leaving.id}/move-bookings`, { token: moveManager, body: { active: false } })
    expect(res.status).toBe(200)
    expect(res.json.notMoved).toEqual([])
    expect(res.json.moved).toEqual([
      { id: first.id, reference: first.reference, ok: true, from: [leaving.id], to: [free.id] },
      { id: second.id, reference: second.reference, ok: true, from: [leaving.id], to: [big.id] },
    ])
    for (const [moved, to] of [[first, free.id], [second, big.id]] as const) {
      const doc = await payload.findByID({ collection: 'reservations', id: moved.id, depth: 0 })
      expect(doc.tables).toEqual([to])
      expect(new Date(doc.startsAt).getTime()).toBe(new Date(moved.startsAt).getTime())
      expect(await occupancyRows(to)).toContain(moved.id)
    }
    expect(await occupancyRows(leaving.id)).toEqual([])
    // The move is an ordinary update: audited like any other.
    const audit = await payload.find({ collection: 'audit-log', where: { entity: { equals: 'reservations' }, entityId: { equals: String(first.id) }, action: { equals: 'update' } } })
    expect(audit.docs[0]?.changes).toHaveProperty('tables')

    const patched = await api('PATCH', `/tables/${leaving.id}`, { token: moveManager, body: { active: false } })
    expect(patched.status).toBe(200)
  })

  it('says which bookings could not move, with a code, and leaves them where they are', async () => {
    const only = await table(9, 10, moveRestaurantId)
    const party = await booking([only.id], 12, { partySize: 10 }, moveRestaurantId)
    const res = await api('POST', `/tables/${only.id}/move-bookings`, { token: moveManager, body: {} })
    expect(res.status).toBe(200)
    expect(res.json).toEqual({ moved: [], notMoved: [{ id: party.id, reference: party.reference, ok: false, code: 'no_table' }] })
    expect((await payload.findByID({ collection: 'reservations', id: party.id, depth: 0 })).tables).toEqual([only.id])
  })

  it('lists what is in the way without moving anything when asked for a dry run', async () => {
    const t = await table(1, 6, moveRestaurantId)
    const party = await booking([t.id], 13, { partySize: 5 }, moveRestaurantId)
    const res = await api('POST', `/tables/${t.id}/move-bookings`, { token: moveManager, body: { maxCapacity: 4, dryRun: true } })
    expect(res.status).toBe(200)
    expect(res.json.bookings).toMatchObject([{ id: party.id, conflict: 'too_small' }])
    expect((await payload.findByID({ collection: 'reservations', id: party.id, depth: 0 })).tables).toEqual([t.id])
  })

  it('is for managers of that restaurant: a host gets 403, another restaurant’s manager 404, nobody signed in 401', async () => {
    const t = await table()
    const held = await booking([t.id], 14)
    expect((await api('POST', `/tables/${t.id}/move-bookings`, { token: host, body: {} })).status).toBe(403)
    expect((await api('POST', `/tables/${t.id}/move-bookings`, { token: otherManager, body: {} })).status).toBe(404)
    expect((await api('POST', `/tables/${t.id}/move-bookings`, { body: {} })).status).toBe(401)
    expect((await api('POST', `/tables/${t.id}/move-bookings`, { token: manager, body: { maxCapacity: 'small' } })).status).toBe(422)
    expect((await payload.findByID({ collection: 'reservations', id: held.id, depth: 0 })).tables).toEqual([t.id])
  })
})
