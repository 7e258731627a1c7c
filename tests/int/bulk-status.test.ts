import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Reservation } from '../../src/payload-types'
import { existingBooking } from '../support/bookings'
import { api, login } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, signedInStaff } from '../support/restaurants'

let payload: Payload
let restaurantId: number
let otherRestaurantId: number
let host: string
let otherHost: string

beforeAll(async () => {
  payload = await testPayload()
  restaurantId = (await createTestRestaurant(payload, 'brasserie-en-liste', [{ label: 'L1', min: 1, max: 4 }])).restaurant.id
  // The neighbour is the seeded Cantine du Port and its host.
  otherRestaurantId = (await payload.find({ collection: 'restaurants', where: { slug: { equals: 'la-cantine-du-port' } }, depth: 0 })).docs[0]!.id
  host = await signedInStaff(payload, 'host@liste.test', 'host', restaurantId)
  otherHost = await login('host@cantine.test', 'techplus-host')
})

let day = 40
/** Each test books its own evening, so statuses from one test never leak into another. */
const booking = (status: Reservation['status'], extra: Partial<Reservation> = {}, restaurant = restaurantId) => existingBooking(payload, restaurant, day, '19:00', status, extra)
const statusOf = async (id: number) => (await payload.findByID({ collection: 'reservations', id, depth: 0 })).status
const bulk = (body: unknown, token: string | undefined = host) => api('POST', '/reservations/bulk-status', { token, body })

describe('bulk status changes from the reservations list', () => {
  it('cancels the selected bookings and reports the ones the rules refuse, leaving them as they were', async () => {
    day++
    const confirmed = await booking('confirmed')
    const completed = await booking('completed')
    const { status, json } = await bulk({ ids: [confirmed.id, completed.id], status: 'cancelled' })
    expect(status).toBe(200)
    expect(json.results).toEqual([
      { id: confirmed.id, ok: true, status: 'cancelled' },
      { id: completed.id, ok: false, code: 'invalid_transition', params: { from: 'completed', to: 'cancelled' }, error: 'A completed booking cannot become cancelled' },
    ])
    expect(await statusOf(confirmed.id)).toBe('cancelled')
    expect(await statusOf(completed.id)).toBe('completed')
  })

  it('confirms a booking still waiting for its deposit, but never a completed one', async () => {
    day++
    const pending = await booking('pending_payment', { holdExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString() })
    const completed = await booking('completed')
    const { json } = await bulk({ ids: [pending.id, completed.id], status: 'confirmed' })
    expect(json.results).toEqual([
      { id: pending.id, ok: true, status: 'confirmed' },
      { id: completed.id, ok: false, code: 'invalid_transition', params: { from: 'completed', to: 'confirmed' }, error: 'A completed booking cannot become confirmed' },
    ])
    expect(await statusOf(pending.id)).toBe('confirmed')
    expect(await statusOf(completed.id)).toBe('completed')
  })

  it('never touches another restaurant’s booking: reported as not found', async () => {
    day++
    const mine = await booking('confirmed')
    const theirs = await booking('confirmed', {}, otherRestaurantId)
    const { json } = await bulk({ ids: [mine.id, theirs.id], status: 'no_show' })
    expect(json.results[1]).toEqual({ id: theirs.id, ok: false, code: 'reservation_not_found', error: 'No such reservation' })
    expect(await statusOf(theirs.id)).toBe('confirmed')
    expect(await statusOf(mine.id)).toBe('no_show')
    // And the neighbour's host cannot reach ours either.
    const back = await bulk({ ids: [mine.id], status: 'cancelled' }, otherHost)
    expect(back.json.results).toEqual([{ id: mine.id, ok: false, code: 'reservation_not_found', error: 'No such reservation' }])
    expect(await statusOf(mine.id)).toBe('no_show')
  })

  it('has the same side effects as the single move: a no-show counts on the guest profile', async () => {
    day++
    const guest = await payload.create({ collection: 'guests', data: { name: 'Absent', email: `absent-${Date.now()}@example.fr`, restaurants: [restaurantId] } })
    const a = await booking('confirmed', { guest: guest.id })
    const b = await booking('confirmed', { guest: guest.id })
    await bulk({ ids: [a.id, b.id], status: 'no_show' })
    expect((await payload.findByID({ collection: 'guests', id: guest.id, depth: 0 })).noShowCount).toBe(2)
  })

  it('is for signed-in staff only', async () => {
    day++
    const confirmed = await booking('confirmed')
    expect((await bulk({ ids: [confirmed.id], status: 'cancelled' }, '')).status).toBe(401)
    expect(await statusOf(confirmed.id)).toBe('confirmed')
  })

  it.each([
    ['no ids', { ids: [], status: 'cancelled' }],
    ['more than 200 ids', { ids: Array.from({ length: 201 }, (_, i) => i + 1), status: 'cancelled' }],
    ['a status the list does not offer', { ids: [1], status: 'seated' }],
    ['ids that are not numbers', { ids: ['K7Q-4MZ'], status: 'cancelled' }],
  ])('refuses %s with the reason (422)', async (_name, body) => {
    const { status, json } = await bulk(body)
    expect(status).toBe(422)
    expect(json.errors[0].message).toBeTruthy()
  })
})
