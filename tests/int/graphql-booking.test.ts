import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { api, gql } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, parisTime } from '../support/restaurants'

let payload: Payload

const BOOKING = 'reference status startsAt time partySize guestName restaurant { slug } canChange canCancel cancellation { free }'
const BOOK = `mutation Book($input: BookInput!) { book(input: $input) { ${BOOKING} manageToken manageUrl } }`
const CHANGE = `mutation Change($token: String!, $startsAt: String, $partySize: Int) { changeBooking(token: $token, startsAt: $startsAt, partySize: $partySize) { ${BOOKING} } }`
const CANCEL = `mutation Cancel($token: String!) { cancelBooking(token: $token) { ${BOOKING} } }`
const AVAILABILITY = 'query Day($restaurant: String!, $date: String, $from: String, $to: String, $party: Int!) { availability(restaurant: $restaurant, date: $date, from: $from, to: $to, party: $party) { closed date slots { time startsAt available reason } days { date available slots } } }'

const guest = { name: 'Jeanne Moreau', email: 'jeanne.moreau@example.fr' }
const book = (input: Record<string, unknown>, headers?: Record<string, string>) => gql(BOOK, { variables: { input: { guest, locale: 'fr', ...input } }, headers })

async function overlappingOccupancy(): Promise<number> {
  const db = (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Array<{ n: string }> }> } }).drizzle
  const { rows } = await db.execute(sql`
    SELECT count(*)::int AS n FROM reservation_occupancy a JOIN reservation_occupancy b
      ON a.table_id = b.table_id AND a.reservation_id < b.reservation_id AND a.active AND b.active AND a.period && b.period`)
  return Number(rows[0]!.n)
}

beforeAll(async () => {
  payload = await testPayload()
  await createTestRestaurant(payload, 'graphql-bistro', [{ label: 'G1', min: 1, max: 4 }])
})

describe('GraphQL booking operations', () => {
  it('reads the same day of times as the REST endpoint', async () => {
    const { date } = parisTime(12, '12:00')
    const { json } = await gql(AVAILABILITY, { variables: { restaurant: 'graphql-bistro', date, party: 2 } })
    const rest = await api('GET', `/restaurants/graphql-bistro/availability?date=${date}&party=2`)
    expect(json.errors).toBeUndefined()
    expect(json.data.availability.closed).toBe(false)
    expect(json.data.availability.slots).toEqual(rest.json.slots.map(({ service: _, ...slot }: Record<string, unknown>) => ({ reason: null, ...slot })))
  })

  it('summarises a range of days', async () => {
    const { json } = await gql(AVAILABILITY, { variables: { restaurant: 'graphql-bistro', from: parisTime(3, '12:00').date, to: parisTime(9, '12:00').date, party: 2 } })
    expect(json.data.availability.days).toHaveLength(7)
  })

  it('books, changes and cancels a booking, as the REST endpoints do', async () => {
    const { iso } = parisTime(20, '19:00')
    const booked = await book({ restaurant: 'graphql-bistro', startsAt: iso, partySize: 2, guest: { ...guest, phone: null } })
    expect(booked.json.errors).toBeUndefined()
    const made = booked.json.data.book
    expect(made).toMatchObject({ status: 'confirmed', startsAt: iso, time: '19:00', partySize: 2, guestName: 'Jeanne Moreau', restaurant: { slug: 'graphql-bistro' } })
    expect(made.manageUrl).toContain(`/fr/reservation/${made.manageToken}`)
    // The same booking through REST's secret link.
    expect((await api('GET', `/reservations/manage/${made.manageToken}`)).json.reference).toBe(made.reference)

    const later = parisTime(20, '20:30').iso
    const changed = await gql(CHANGE, { variables: { token: made.manageToken, startsAt: later, partySize: 3 } })
    expect(changed.json.errors).toBeUndefined()
    expect(changed.json.data.changeBooking).toMatchObject({ reference: made.reference, startsAt: later, partySize: 3 })

    const cancelled = await gql(CANCEL, { variables: { token: made.manageToken } })
    expect(cancelled.json.data.cancelBooking).toMatchObject({ reference: made.reference, status: 'cancelled', canCancel: false, cancellation: { free: true } })
    const stored = await payload.find({ collection: 'reservations', where: { reference: { equals: made.reference } }, depth: 0 })
    expect(stored.docs[0]).toMatchObject({ status: 'cancelled', partySize: 3, source: 'online' })
  })

  it('refuses with the code, field and params REST gives, in the language asked for', async () => {
    const tooMany = await book({ restaurant: 'graphql-bistro', startsAt: parisTime(21, '19:00').iso, partySize: 12 }, { 'Accept-Language': 'fr' })
    expect(tooMany.json.data).toBeNull()
    expect(tooMany.json.errors[0]).toMatchObject({ message: expect.stringContaining('8'), extensions: { code: 'party_too_large', field: 'partySize', params: { max: 8 }, statusCode: 422 } })
    expect(tooMany.json.errors[0].message).toMatch(/convives/)

    const english = await book({ restaurant: 'graphql-bistro', startsAt: parisTime(21, '19:00').iso, partySize: 2, guest: { name: 'J', email: 'not-an-email' } })
    expect(english.json.errors[0].extensions).toMatchObject({ code: 'name_required', field: 'guest.name', statusCode: 422 })
    expect(english.json.errors[0].extensions.data.errors.map((e: { code: string }) => e.code)).toEqual(['name_required', 'invalid_email'])

    const unknown = await gql(AVAILABILITY, { variables: { restaurant: 'nowhere', date: parisTime(3, '12:00').date, party: 2 } })
    expect(unknown.json.errors[0].extensions).toMatchObject({ code: 'restaurant_not_found', statusCode: 404 })

    const noLink = await gql(CANCEL, { variables: { token: 'not-a-token' } })
    expect(noLink.json.errors[0].extensions).toMatchObject({ code: 'booking_not_found', statusCode: 404 })

    // The input is checked first, as REST parses the body before looking the link up.
    const nothing = await gql(CHANGE, { variables: { token: 'x'.repeat(43) } })
    expect(nothing.json.errors[0].extensions).toMatchObject({ code: 'nothing_to_change', statusCode: 422 })
  })

  it('gives a time taken meanwhile the same 409 code as REST', async () => {
    const { iso } = parisTime(22, '13:00')
    expect((await book({ restaurant: 'graphql-bistro', startsAt: iso, partySize: 2 })).json.errors).toBeUndefined()
    const second = await book({ restaurant: 'graphql-bistro', startsAt: iso, partySize: 2, guest: { ...guest, email: 'second@example.fr' } })
    expect(second.json.errors[0].extensions).toMatchObject({ code: 'no_table', field: 'startsAt', statusCode: 409 })
  })

  it('never double-books: 200 concurrent book mutations for the last table give exactly one booking, three times over', async () => {
    for (let round = 0; round < 3; round++) {
      const { iso } = parisTime(60 + round, '13:00')
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) => book({ restaurant: 'graphql-bistro', startsAt: iso, partySize: 2, guest: { ...guest, email: `gql-racer${round}-${i}@example.fr` } })),
      )
      const booked = results.filter((r) => r.json.data?.book)
      const refusals = results.flatMap((r) => (r.json.errors ?? []).map((e: { extensions: { code: string; statusCode: number } }) => `${e.extensions.statusCode} ${e.extensions.code}`))
      expect(booked, `round ${round}`).toHaveLength(1)
      expect(refusals, `round ${round}`).toHaveLength(199)
      // The engine sees the committed booking (no_table); the database's constraint would be the last word (table_taken).
      expect(refusals.every((r) => r === '409 no_table' || r === '409 table_taken'), `round ${round}`).toBe(true)
      const stored = await payload.count({ collection: 'reservations', where: { startsAt: { equals: iso }, status: { not_equals: 'cancelled' } } })
      expect(stored.totalDocs, `round ${round}`).toBe(1)
    }
    expect(await overlappingOccupancy()).toBe(0)
  })
})
