import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { existingBooking } from '../support/bookings'
import { api, gql, login } from '../support/http'
import { testPayload } from '../support/payload'

let payload: Payload
let zincId: number
let cantineId: number
const tokens: Record<string, string> = {}

beforeAll(async () => {
  payload = await testPayload()
  // By slug: other test files add restaurants of their own, so the first page may not hold the demo ones.
  const { docs } = await payload.find({ collection: 'restaurants', depth: 0, where: { slug: { in: ['le-petit-zinc', 'la-cantine-du-port'] } } })
  zincId = docs.find((r) => r.slug === 'le-petit-zinc')!.id
  cantineId = docs.find((r) => r.slug === 'la-cantine-du-port')!.id
  tokens.admin = await login('admin@techplus.test', 'techplus-admin')
  tokens.owner = await login('owner@techplus.test', 'techplus-owner')
  tokens.manager = await login('manager@techplus.test', 'techplus-manager')
  tokens.host = await login('host@techplus.test', 'techplus-host')
  tokens.cantineHost = await login('host@cantine.test', 'techplus-host')
})

async function firstTable(restaurant: number) {
  const { docs } = await payload.find({ collection: 'tables', where: { restaurant: { equals: restaurant } }, limit: 1, depth: 0 })
  return docs[0]!
}

async function aCantineReservation() {
  return payload.create({
    collection: 'reservations',
    data: {
      restaurant: cantineId,
      startsAt: '2030-06-01T10:00:00.000Z',
      endsAt: '2030-06-01T11:30:00.000Z',
      partySize: 2,
      guestName: 'Marius Cantine',
      guestEmail: 'marius@example.fr',
    } as never,
  })
}

describe('a host', () => {
  it("of Le Petit Zinc sees only that restaurant's reservations", async () => {
    await aCantineReservation()
    const { status, json } = await api('GET', '/reservations?limit=200&depth=0', { token: tokens.host })
    expect(status).toBe(200)
    expect(json.totalDocs).toBeGreaterThan(10)
    expect(new Set(json.docs.map((r: { restaurant: number }) => r.restaurant))).toEqual(new Set([zincId]))
  })

  it("of La Cantine cannot read Le Petit Zinc's reservations, even by id", async () => {
    const zincBooking = (await payload.find({ collection: 'reservations', where: { restaurant: { equals: zincId } }, limit: 1 })).docs[0]!
    const list = await api('GET', `/reservations?where[restaurant][equals]=${zincId}`, { token: tokens.cantineHost })
    expect(list.json.totalDocs).toBe(0)
    const byId = await api('GET', `/reservations/${zincBooking.id}`, { token: tokens.cantineHost })
    expect(byId.status).toBe(404)
  })

  it('sees the same scope through GraphQL', async () => {
    const { json } = await gql('{ Reservations(limit: 100) { docs { restaurant { slug } } } }', { token: tokens.cantineHost })
    const slugs = new Set(json.data.Reservations.docs.map((r: { restaurant: { slug: string } }) => r.restaurant.slug))
    expect(slugs).toEqual(new Set(['la-cantine-du-port']))
  })

  it('marks a guest seated at their restaurant', async () => {
    const booking = (await payload.find({ collection: 'reservations', where: { restaurant: { equals: zincId }, status: { equals: 'confirmed' } }, limit: 1 })).docs[0]!
    const { status, json } = await api('PATCH', `/reservations/${booking.id}`, { token: tokens.host, body: { status: 'seated' } })
    expect(status).toBe(200)
    expect(json.doc.status).toBe('seated')
  })

  it("cannot change another restaurant's reservation", async () => {
    const other = await aCantineReservation()
    const { status } = await api('PATCH', `/reservations/${other.id}`, { token: tokens.host, body: { status: 'cancelled' } })
    expect(status).toBe(403)
    const unchanged = await payload.findByID({ collection: 'reservations', id: other.id })
    expect(unchanged.status).toBe('confirmed')
  })

  it('cannot move a reservation into a restaurant they do not work for', async () => {
    const booking = (await payload.find({ collection: 'reservations', where: { restaurant: { equals: zincId } }, limit: 1 })).docs[0]!
    const { status, json } = await api('PATCH', `/reservations/${booking.id}`, { token: tokens.host, body: { restaurant: cantineId } })
    expect(status).toBe(400)
    expect(json.errors[0].data.errors.map((e: { path: string }) => e.path)).toContain('restaurant')
  })

  it('cannot edit tables, the menu or booking rules', async () => {
    const table = await firstTable(zincId)
    expect((await api('PATCH', `/tables/${table.id}`, { token: tokens.host, body: { maxCapacity: 8 } })).status).toBe(403)
    expect((await api('PATCH', `/restaurants/${zincId}`, { token: tokens.host, body: { bookingRules: { bufferMinutes: 0 } } })).status).toBe(403)
    const dish = (await payload.find({ collection: 'menu-items', limit: 1 })).docs[0]!
    expect((await api('PATCH', `/menu-items/${dish.id}`, { token: tokens.host, body: { priceMinor: 100 } })).status).toBe(403)
  })

  it('cannot promote themselves or add restaurants to their account', async () => {
    const me = await api('GET', '/users/me', { token: tokens.host })
    await api('PATCH', `/users/${me.json.user.id}`, { token: tokens.host, body: { roles: ['admin'], restaurants: [zincId, cantineId] } })
    const after = await payload.findByID({ collection: 'users', id: me.json.user.id, depth: 0 })
    expect(after.roles).toEqual(['host'])
    expect(after.restaurants).toEqual([zincId])
  })

  it('cannot list other staff accounts', async () => {
    const { json } = await api('GET', '/users?limit=50', { token: tokens.host })
    expect(json.docs.map((u: { email: string }) => u.email)).toEqual(['host@techplus.test'])
  })
})

describe('a manager', () => {
  it('edits the tables, menu and booking rules of their restaurant', async () => {
    // A table of their own making: the seeded ones hold online bookings, which the table rules protect
    // (tests/int/table-consistency.test.ts).
    const table = await payload.create({ collection: 'tables', data: { restaurant: zincId, label: 'SA1', area: 'bar', minCapacity: 1, maxCapacity: 2 } })
    const t = await api('PATCH', `/tables/${table.id}`, { token: tokens.manager, body: { bookableOnline: false } })
    expect(t.status).toBe(200)
    const r = await api('PATCH', `/restaurants/${zincId}`, { token: tokens.manager, body: { bookingRules: { bufferMinutes: 20 } } })
    expect(r.status).toBe(200)
    expect(r.json.doc.bookingRules.bufferMinutes).toBe(20)
    await payload.delete({ collection: 'tables', id: table.id })
  })

  it("cannot touch another restaurant's tables", async () => {
    const table = await firstTable(cantineId)
    expect((await api('PATCH', `/tables/${table.id}`, { token: tokens.manager, body: { maxCapacity: 9 } })).status).toBe(403)
    expect((await api('POST', '/tables', { token: tokens.manager, body: { restaurant: cantineId, label: 'Z9', minCapacity: 1, maxCapacity: 2 } })).status).toBe(403)
  })

  it("cannot edit the group's pages (owners do) nor another restaurant's", async () => {
    const group = (await payload.find({ collection: 'pages', where: { restaurant: { exists: false } }, limit: 1 })).docs[0]!
    expect((await api('PATCH', `/pages/${group.id}`, { token: tokens.manager, body: { title: 'Nope' } })).status).toBe(403)
    const theirs = (await payload.find({ collection: 'pages', where: { restaurant: { equals: cantineId } }, limit: 1 })).docs[0]!
    expect((await api('PATCH', `/pages/${theirs.id}`, { token: tokens.manager, body: { title: 'Nope' } })).status).toBe(403)
  })
})

describe('an owner', () => {
  it('edits pages and deletes a reservation of their restaurant', async () => {
    const page = (await payload.find({ collection: 'pages', where: { slug: { equals: 'contact' }, restaurant: { equals: zincId } }, limit: 1 })).docs[0]!
    expect((await api('PATCH', `/pages/${page.id}`, { token: tokens.owner, body: { hero: { subheading: 'À bientôt' } } })).status).toBe(200)
    // A cancelled booking of their restaurant, made here: the assertion never depends on what the seed left.
    const booking = await existingBooking(payload, zincId, 40, '12:00', 'cancelled', { guestName: 'Annulé Exprès' })
    expect((await api('DELETE', `/reservations/${booking.id}`, { token: tokens.owner })).status).toBe(200)
    expect((await payload.find({ collection: 'reservations', where: { id: { equals: booking.id } }, depth: 0 })).totalDocs).toBe(0)
  })

  it("cannot read La Cantine's audit trail", async () => {
    const { json } = await api('GET', '/audit-log?limit=200&depth=0', { token: tokens.owner })
    expect(json.docs.length).toBeGreaterThan(0)
    for (const entry of json.docs) expect(entry.restaurant).toBe(zincId)
  })

  it('cannot create restaurants (admins do)', async () => {
    expect((await api('POST', '/restaurants', { token: tokens.owner, body: { name: 'Mine', timeZone: 'Europe/Paris' } })).status).toBe(403)
  })
})

describe('an admin', () => {
  it('sees every restaurant\'s reservations and every account', async () => {
    const r = await api('GET', '/reservations?limit=0&depth=0', { token: tokens.admin })
    const restaurants = new Set(r.json.docs.map((d: { restaurant: number }) => d.restaurant))
    expect(restaurants.has(zincId) && restaurants.has(cantineId)).toBe(true)
    const u = await api('GET', '/users?limit=100', { token: tokens.admin })
    expect(u.json.docs.map((d: { email: string }) => d.email)).toEqual(
      expect.arrayContaining(['admin@techplus.test', 'owner@techplus.test', 'manager@techplus.test', 'host@techplus.test', 'host@cantine.test']),
    )
  })
})

describe('the manage-token hash', () => {
  it('never leaves the server, not even for an admin', async () => {
    const booking = await payload.create({
      collection: 'reservations',
      data: {
        restaurant: zincId,
        startsAt: '2030-07-02T18:00:00.000Z',
        endsAt: '2030-07-02T19:30:00.000Z',
        partySize: 2,
        guestName: 'Token Holder',
      } as never,
    })
    const rest = await api('GET', `/reservations/${booking.id}`, { token: tokens.admin })
    expect(rest.status).toBe(200)
    expect(rest.json.reference).toBe(booking.reference)
    expect(rest.json).not.toHaveProperty('manageTokenHash')
    expect(rest.json).not.toHaveProperty('manageTokenSalt')
    const graph = await gql(`{ Reservation(id: ${booking.id}) { reference manageTokenHash manageTokenSalt } }`, { token: tokens.admin })
    expect(graph.json.data.Reservation).toMatchObject({ reference: booking.reference, manageTokenHash: null, manageTokenSalt: null })
    // A booking taken by staff gets its private link too (for the guest's emails).
    const stored = await payload.findByID({ collection: 'reservations', id: booking.id, showHiddenFields: true })
    expect(stored.manageTokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored.manageTokenSalt).toMatch(/^[0-9a-f]{32}$/)
  })
})

describe('the audit trail', () => {
  it('records who changed a reservation and what changed', async () => {
    const booking = (await payload.find({ collection: 'reservations', where: { restaurant: { equals: zincId }, status: { equals: 'confirmed' } }, limit: 1 })).docs[0]!
    const res = await api('PATCH', `/reservations/${booking.id}`, { token: tokens.host, body: { internalNotes: 'Allergie aux noix' } })
    expect(res.status).toBe(200)
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: { entity: { equals: 'reservations' }, entityId: { equals: String(booking.id) }, action: { equals: 'update' } },
      sort: '-createdAt',
      limit: 1,
      depth: 1,
    })
    expect((docs[0]?.actor as { email: string }).email).toBe('host@techplus.test')
    expect((docs[0]?.changes as Record<string, unknown>).internalNotes).toEqual([booking.internalNotes ?? null, 'Allergie aux noix'])
  })
})
