import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, signedInStaff } from '../support/restaurants'

let payload: Payload
let restaurantId: number
let tables: Map<string, number>
let host: string
let cantineHost: string

beforeAll(async () => {
  payload = await testPayload()
  const created = await createTestRestaurant(payload, 'a-la-porte', [
    { label: 'P1', min: 1, max: 2 },
    { label: 'P2', min: 2, max: 4 },
  ])
  restaurantId = created.restaurant.id
  tables = created.tableIds
  host = await signedInStaff(payload, 'host@porte.test', 'host', restaurantId)
  cantineHost = await login('host@cantine.test', 'techplus-host')
})

const count = async () => (await payload.count({ collection: 'reservations', where: { restaurant: { equals: restaurantId } } })).totalDocs
const walkIn = (body: unknown, token: string | undefined = host) => api('POST', '/restaurants/a-la-porte/walk-in', { token, body })

describe('seating a walk-in from the floor plan', () => {
  it('seats the guests at the door now, at the table the host chose, whatever the opening hours say', async () => {
    const { status, json } = await walkIn({ table: tables.get('P2'), partySize: 3 })
    expect(status).toBe(201)
    const doc = await payload.findByID({ collection: 'reservations', id: json.id, depth: 0 })
    expect(doc).toMatchObject({ status: 'seated', source: 'walk_in', guestName: 'Walk-in', partySize: 3, tables: [tables.get('P2')] })
    expect(Math.abs(new Date(doc.startsAt).getTime() - Date.now())).toBeLessThan(60_000)
  })

  it('refuses a table that is taken or too small, saying why, and writes nothing', async () => {
    const before = await count()
    const taken = await walkIn({ table: tables.get('P2'), partySize: 2 })
    expect(taken.status).toBe(422)
    expect(taken.json.errors[0].message).toMatch(/taken at that time/)
    const small = await walkIn({ table: tables.get('P1'), partySize: 4, guestName: 'Famille Martin' })
    expect(small.status).toBe(422)
    expect(small.json.errors[0].message).toMatch(/do not seat this party/)
    expect(await count()).toBe(before)
  })

  it('is for staff of that restaurant, with input checked', async () => {
    const before = await count()
    expect((await walkIn({ table: tables.get('P1'), partySize: 1 }, '')).status).toBe(401)
    expect((await walkIn({ table: tables.get('P1'), partySize: 1 }, cantineHost)).status).toBe(404)
    const bad = await walkIn({ table: 'P1', partySize: 0 })
    expect(bad.status).toBe(422)
    expect(bad.json.errors.map((e: { field: string }) => e.field).sort()).toEqual(['partySize', 'table'])
    expect((await api('POST', '/restaurants/a-la-porte/walk-in', { token: host, body: '{not json' })).status).toBe(400)
    expect(await count()).toBe(before)
  })
})
