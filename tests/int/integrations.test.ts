import config from '@payload-config'
import { REST_GET } from '@payloadcms/next/routes'
import { createHmac, randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { execute, sql } from '../../src/infrastructure/db/execute'
import { apiCaller } from '../../src/security/staffSession'
import { withRateLimits } from '../../src/security/withRateLimits'
import { api, login } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, parisTime, signedInStaff } from '../support/restaurants'

// A key's budget small enough to reach here (read when the limiter is first made, in this file's process).
process.env.RATE_LIMIT_INTEGRATION = '25/900'

let payload: Payload
let bistro: { id: number; slug: string }
let cantine: { id: number; slug: string }
let owner: string
let counter = 0
const unique = () => `${Date.now().toString(36)}${++counter}`
const keyHeader = (key: string) => ({ Authorization: `integrations API-Key ${key}` })
// Scopes as stored on the key: `availability_read` is the scope `availability:read`.
const ALL = ['availability_read', 'bookings_write', 'bookings_manage', 'reservations_read', 'feed_read']

/** The owner makes a key in the admin as Payload's API-key field does: a random key, sent with the form. */
async function ownerMakesKey(scopes: string[], restaurants = [bistro.id], token = owner) {
  const key = randomUUID()
  const res = await api('POST', '/integrations', { token, body: { name: `Concierge ${unique()}`, restaurants, scopes, enableAPIKey: true, apiKey: key } })
  return { res, key, id: res.json?.doc?.id as number }
}

const booking = (key: string, restaurant = bistro.slug, day = 10) =>
  api('POST', '/reservations/book', {
    headers: keyHeader(key),
    body: { restaurant, startsAt: parisTime(day, '19:00').iso, partySize: 2, guest: { name: 'Hotel Guest', email: `guest-${unique()}@example.com` }, locale: 'en' },
  })

const auditOf = async (entity: string, entityId: number | string) =>
  (await payload.find({ collection: 'audit-log', where: { and: [{ entity: { equals: entity } }, { entityId: { equals: String(entityId) } }] }, sort: 'createdAt', depth: 0, limit: 50 })).docs

beforeAll(async () => {
  payload = await testPayload()
  const made = await createTestRestaurant(payload, `partner-bistro-${unique()}`, [
    { label: 'P1', min: 1, max: 4 },
    { label: 'P2', min: 1, max: 4 },
  ])
  bistro = { id: made.restaurant.id, slug: made.restaurant.slug! }
  const found = (await payload.find({ collection: 'restaurants', where: { slug: { equals: 'la-cantine-du-port' } }, depth: 0 })).docs[0]!
  cantine = { id: found.id, slug: found.slug! }
  owner = await signedInStaff(payload, `partner-owner-${unique()}@techplus.test`, 'owner', bistro.id)
})

describe('an owner gives a partner an API key', () => {
  it('stores it encrypted and finds it by its HMAC, audits its creation, and never shows it to a manager', async () => {
    const { res, key, id } = await ownerMakesKey(ALL)
    expect(res.status).toBe(201)
    const [row] = await execute({ payload } as never, sql`SELECT api_key, api_key_index FROM integrations WHERE id = ${id}`)
    expect(row!.api_key).not.toContain(key)
    expect(row!.api_key_index).toBe(createHmac('sha256', payload.secret).update(key).digest('hex'))
    const [created] = await auditOf('integrations', id)
    expect(created).toMatchObject({ action: 'create', restaurant: bistro.id })
    // The owner reads the key back; a manager of the restaurant sees the key exists, not its value.
    expect((await api('GET', `/integrations/${id}`, { token: owner })).json.apiKey).toBe(key)
    const manager = await signedInStaff(payload, `partner-manager-${unique()}@techplus.test`, 'manager', bistro.id)
    const seen = await api('GET', `/integrations/${id}`, { token: manager })
    expect(seen.status).toBe(200)
    expect(seen.json.apiKey).toBeUndefined()
  })

  it('refuses a manager who tries to create a key, and a host sees no keys at all', async () => {
    const manager = await signedInStaff(payload, `partner-manager-${unique()}@techplus.test`, 'manager', bistro.id)
    expect((await ownerMakesKey(ALL, [bistro.id], manager)).res.status).toBe(403)
    await ownerMakesKey(ALL)
    const host = await signedInStaff(payload, `partner-host-${unique()}@techplus.test`, 'host', bistro.id)
    expect((await api('GET', '/integrations', { token: host })).status).toBe(403)
  })

  it("refuses an owner a key for a restaurant they do not own", async () => {
    expect((await ownerMakesKey(ALL, [cantine.id])).res.status).toBe(403)
    expect((await ownerMakesKey(ALL, [bistro.id, cantine.id])).res.status).toBe(403)
  })
})

describe('a partner with a key', () => {
  it('reads availability exactly as the site does', async () => {
    const { key } = await ownerMakesKey(['availability_read'])
    const path = `/restaurants/${bistro.slug}/availability?date=${parisTime(9, '12:00').date}&party=2`
    const withKey = await api('GET', path, { headers: keyHeader(key) })
    expect(withKey.status).toBe(200)
    expect(withKey.json).toEqual((await api('GET', path)).json)
  })

  it('books: the booking says source api, names the key, and the audit log says which key made it', async () => {
    const { key, id } = await ownerMakesKey(ALL)
    const res = await booking(key)
    expect(res.status).toBe(201)
    const stored = (await payload.find({ collection: 'reservations', where: { reference: { equals: res.json.reference } }, depth: 0 })).docs[0]!
    expect(stored).toMatchObject({ source: 'api', integration: id, restaurant: bistro.id })
    const [entry] = await auditOf('reservations', stored.id)
    expect(entry).toMatchObject({ action: 'create', restaurant: bistro.id })
    expect(entry!.summary).toContain(`(#${id})`)
  })

  it('changes and cancels the bookings it made, by reference, audited under its name', async () => {
    const { key, id } = await ownerMakesKey(ALL)
    const made = await booking(key, bistro.slug, 11)
    const reference = made.json.reference as string
    const changed = await api('PATCH', `/integrations/bookings/${reference}`, { headers: keyHeader(key), body: { partySize: 3, startsAt: parisTime(11, '20:00').iso } })
    expect(changed.status).toBe(200)
    expect(changed.json).toMatchObject({ reference, partySize: 3, time: '20:00', status: 'confirmed' })
    expect((await api('GET', `/integrations/bookings/${reference.toLowerCase().replace('-', ' ')}`, { headers: keyHeader(key) })).json.partySize).toBe(3)
    const cancelled = await api('DELETE', `/integrations/bookings/${reference}`, { headers: keyHeader(key) })
    expect(cancelled.status).toBe(200)
    expect(cancelled.json.status).toBe('cancelled')
    const stored = (await payload.find({ collection: 'reservations', where: { reference: { equals: reference } }, depth: 0 })).docs[0]!
    const updates = (await auditOf('reservations', stored.id)).filter((e) => e.action === 'update')
    expect(updates.length).toBeGreaterThanOrEqual(2)
    for (const entry of updates) expect(entry.summary).toContain(`(#${id})`)
  })

  it("cannot touch a booking another key or a diner made: not found", async () => {
    const { key: mine } = await ownerMakesKey(ALL)
    const { key: theirs } = await ownerMakesKey(ALL)
    const reference = (await booking(theirs, bistro.slug, 12)).json.reference
    const site = await api('POST', '/reservations/book', {
      body: { restaurant: bistro.slug, startsAt: parisTime(12, '20:00').iso, partySize: 2, guest: { name: 'Site Diner', email: `diner-${unique()}@example.com` }, locale: 'en' },
    })
    for (const ref of [reference, site.json.reference]) {
      const res = await api('DELETE', `/integrations/bookings/${ref}`, { headers: keyHeader(mine) })
      expect(res.status).toBe(404)
      expect(res.json.errors[0].code).toBe('booking_not_found')
    }
  })

  it('reads the reservations of its restaurants only, with reservations:read', async () => {
    const { key } = await ownerMakesKey(ALL)
    await booking(key, bistro.slug, 13)
    const list = await api('GET', '/reservations?limit=100&depth=0', { headers: keyHeader(key) })
    expect(list.status).toBe(200)
    expect(list.json.totalDocs).toBeGreaterThan(0)
    expect(new Set(list.json.docs.map((d: { restaurant: number }) => d.restaurant))).toEqual(new Set([bistro.id]))
    const { key: noRead } = await ownerMakesKey(['availability_read', 'bookings_write'])
    expect((await api('GET', '/reservations?limit=1', { headers: keyHeader(noRead) })).status).toBe(403)
  })

  it('is refused for a restaurant outside its list: 403 integration_restaurant', async () => {
    const { key } = await ownerMakesKey(ALL)
    const availability = await api('GET', `/restaurants/${cantine.slug}/availability?date=${parisTime(9, '12:00').date}&party=2`, { headers: keyHeader(key) })
    expect(availability.status).toBe(403)
    expect(availability.json.errors[0].code).toBe('integration_restaurant')
    const booked = await booking(key, cantine.slug)
    expect(booked.status).toBe(403)
    expect(booked.json.errors[0].code).toBe('integration_restaurant')
  })

  it('is refused an operation outside its scopes: 403 integration_scope', async () => {
    const { key } = await ownerMakesKey(['availability_read'])
    const booked = await booking(key)
    expect(booked.status).toBe(403)
    expect(booked.json.errors[0]).toMatchObject({ code: 'integration_scope', params: { scope: 'bookings:write' } })
    const { key: booker } = await ownerMakesKey(['bookings_write'])
    expect((await booking(booker, bistro.slug, 14)).status).toBe(201)
    const availability = await api('GET', `/restaurants/${bistro.slug}/availability?date=${parisTime(9, '12:00').date}&party=2`, { headers: keyHeader(booker) })
    expect(availability.json.errors[0].code).toBe('integration_scope')
    const reference = (await booking(booker, bistro.slug, 15)).json.reference
    const manage = await api('DELETE', `/integrations/bookings/${reference}`, { headers: keyHeader(booker) })
    expect(manage.status).toBe(403)
    expect(manage.json.errors[0].code).toBe('integration_scope')
  })

  it('is refused once the owner revokes it, and the revocation and a scope change are audited', async () => {
    const { key, id } = await ownerMakesKey(ALL)
    expect((await booking(key, bistro.slug, 16)).status).toBe(201)
    expect((await api('PATCH', `/integrations/${id}`, { token: owner, body: { scopes: ['availability_read', 'bookings_write'] } })).status).toBe(200)
    expect((await api('PATCH', `/integrations/${id}`, { token: owner, body: { active: false } })).status).toBe(200)
    const entries = await auditOf('integrations', id)
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'disable'])
    expect(entries[1]!.changes).toMatchObject({ scopes: [ALL.slice().sort(), ['availability_read', 'bookings_write']] })
    for (const res of [await booking(key, bistro.slug, 17), await api('GET', `/restaurants/${bistro.slug}/availability?date=${parisTime(9, '12:00').date}&party=2`, { headers: keyHeader(key) })]) {
      expect(res.status).toBe(403)
      expect(res.json.errors[0].code).toBe('integration_inactive')
    }
  })

  it('calls the integration endpoints with a key only: a staff session is 401', async () => {
    const token = await login('owner@techplus.test', 'techplus-owner')
    const res = await api('GET', '/integrations/feed/merchants', { token })
    expect(res.status).toBe(401)
    expect(res.json.errors[0].code).toBe('unauthorized')
  })
})

describe("a key's rate budget", () => {
  // The route as src/app/(payload)/api mounts it: Payload's REST handler behind the rate limits.
  const GET = withRateLimits(REST_GET(config), { caller: apiCaller(config) })

  it('answers 429 with Retry-After past its own budget, while diners at the same address go on', async () => {
    const { key } = await ownerMakesKey(['availability_read'])
    const ip = '192.0.2.201'
    const path = `/restaurants/${bistro.slug}/availability?date=${parisTime(9, '12:00').date}&party=2`
    const call = (headers: Record<string, string>) => {
      const url = new URL(`/api${path}`, 'http://localhost:3000')
      return GET(new Request(url, { headers: { 'x-forwarded-for': ip, ...headers } }), { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) })
    }
    for (let i = 0; i < 25; i++) expect((await call(keyHeader(key))).status).toBe(200)
    const refused = await call(keyHeader(key))
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(800)
    expect((await refused.json()).errors[0].code).toBe('rate_limited')
    expect((await call({})).status).toBe(200)
  })
})
