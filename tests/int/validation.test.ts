import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../support/http'
import { testPayload } from '../support/payload'

let payload: Payload
let admin: string
let zincId: number

beforeAll(async () => {
  payload = await testPayload()
  admin = await login('admin@techplus.test', 'techplus-admin')
  zincId = (await payload.find({ collection: 'restaurants', where: { slug: { equals: 'le-petit-zinc' } } })).docs[0]!.id
})

function fieldErrors(json: any): Record<string, string> {
  const errors = json.errors?.[0]?.data?.errors ?? []
  return Object.fromEntries(errors.map((e: { path: string; message: string }) => [e.path, e.message]))
}

describe('invalid input through REST gets field errors, never a 500', () => {
  it('refuses a table whose max guests is below its min', async () => {
    const { status, json } = await api('POST', '/tables', {
      token: admin,
      body: { restaurant: zincId, label: 'BAD', minCapacity: 6, maxCapacity: 2 },
    })
    expect(status).toBe(400)
    expect(fieldErrors(json).maxCapacity).toMatch(/min/i)
  })

  it('refuses a second table with the same label in one restaurant', async () => {
    const { status } = await api('POST', '/tables', { token: admin, body: { restaurant: zincId, label: 'T1', minCapacity: 1, maxCapacity: 2 } })
    expect(status).toBe(400)
  })

  it('refuses a restaurant in a time zone that does not exist', async () => {
    const { status, json } = await api('PATCH', `/restaurants/${zincId}`, { token: admin, body: { timeZone: 'Mars/Olympus' } })
    expect(status).toBe(400)
    expect(fieldErrors(json).timeZone).toMatch(/IANA/)
  })

  it('refuses a service whose last seating is after closing', async () => {
    const zinc = await payload.findByID({ collection: 'restaurants', id: zincId })
    const services = zinc.services!.map((s, i) => (i === 0 ? { ...s, lastSeating: '16:00' } : s))
    const { status, json } = await api('PATCH', `/restaurants/${zincId}`, { token: admin, body: { services } })
    expect(status).toBe(400)
    expect(Object.keys(fieldErrors(json))[0]).toMatch(/services\.0\.lastSeating/)
  })

  it('accepts a dinner service that runs past midnight', async () => {
    const zinc = await payload.findByID({ collection: 'restaurants', id: zincId })
    const services = [...zinc.services!, { name: 'Late', days: ['fri'], start: '22:00', end: '02:00', lastSeating: '00:30' }]
    const { status } = await api('PATCH', `/restaurants/${zincId}`, { token: admin, body: { services } })
    expect(status).toBe(200)
    await payload.update({ collection: 'restaurants', id: zincId, data: { services: zinc.services } })
  })

  it('refuses a reservation that ends before it starts', async () => {
    const { status, json } = await api('POST', '/reservations', {
      token: admin,
      body: { restaurant: zincId, startsAt: '2030-01-01T20:00:00Z', endsAt: '2030-01-01T19:00:00Z', partySize: 2, guestName: 'Test' },
    })
    expect(status).toBe(400)
    expect(fieldErrors(json).endsAt).toBeTruthy()
  })

  it('refuses a dish with a price in fractions of a cent (priceMinor counts cents) or an unknown allergen', async () => {
    const category = (await payload.find({ collection: 'menu-categories', where: { restaurant: { equals: zincId } }, limit: 1 })).docs[0]!
    const { status, json } = await api('POST', '/menu-items', {
      token: admin,
      body: { restaurant: zincId, category: category.id, name: 'Soupe', priceMinor: 999.9, allergens: ['kryptonite'] },
    })
    expect(status).toBe(400)
    expect(Object.keys(fieldErrors(json))).toEqual(expect.arrayContaining(['priceMinor', 'allergens']))
  })

  it('refuses a dish filed under another restaurant’s category', async () => {
    const cantine = (await payload.find({ collection: 'restaurants', where: { slug: { equals: 'la-cantine-du-port' } } })).docs[0]!
    const category = (await payload.find({ collection: 'menu-categories', where: { restaurant: { equals: zincId } }, limit: 1 })).docs[0]!
    const { status, json } = await api('POST', '/menu-items', {
      token: admin,
      body: { restaurant: cantine.id, category: category.id, name: 'Bouillabaisse', priceMinor: 3200 },
    })
    expect(status).toBe(400)
    expect(fieldErrors(json).category).toMatch(/another restaurant/)
  })

  it('answers malformed JSON with a 4xx, not a crash', async () => {
    const { status } = await api('POST', '/tables', { token: admin, body: '{"label": ' })
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
  })

  it('gives every reservation a spoken reference that never changes', async () => {
    const created = await api('POST', '/reservations', {
      token: admin,
      body: { restaurant: zincId, startsAt: '2030-01-02T19:00:00Z', endsAt: '2030-01-02T20:30:00Z', partySize: 2, guestName: 'Ref Test', reference: 'AAA-AAA' },
    })
    expect(created.status).toBe(201)
    const reference = created.json.doc.reference
    expect(reference).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/)
    const patched = await api('PATCH', `/reservations/${created.json.doc.id}`, { token: admin, body: { reference: 'ZZZ-ZZZ' } })
    expect(patched.json.doc.reference).toBe(reference)
  })

  it('stores guest emails lowercase so one person is one profile', async () => {
    const { json } = await api('POST', '/guests', { token: admin, body: { name: 'Anne', email: '  Anne.Dupont@Example.FR ' } })
    expect(json.doc.email).toBe('anne.dupont@example.fr')
    const dup = await api('POST', '/guests', { token: admin, body: { name: 'Anne D', email: 'anne.dupont@example.fr' } })
    expect(dup.status).toBe(400)
  })
})
