import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { api } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, parisTime } from '../support/restaurants'

let payload: Payload

const guest = { name: 'Paul Martin', email: 'paul.martin@example.fr' }

async function bookAt(time: string, days = 20, partySize = 2) {
  const { json, status } = await api('POST', '/reservations/book', {
    body: { restaurant: 'gerer', startsAt: parisTime(days, time).iso, partySize, guest, locale: 'en' },
  })
  expect(status).toBe(201)
  return json as { manageToken: string; reference: string }
}

const slot = async (days: number, time: string, party = 2) => {
  const { json } = await api('GET', `/restaurants/gerer/availability?date=${parisTime(days, time).date}&party=${party}`)
  return json.slots.find((s: { time: string }) => s.time === time)
}

beforeAll(async () => {
  payload = await testPayload()
  await createTestRestaurant(payload, 'gerer', [{ label: 'Seule', min: 1, max: 4 }])
})

describe('a guest with their management link', () => {
  it('sees their booking in the restaurant’s local time, with what cancelling would cost', async () => {
    const { manageToken, reference } = await bookAt('19:00')
    const { status, json } = await api('GET', `/reservations/manage/${manageToken}`)
    expect(status).toBe(200)
    expect(json).toMatchObject({ reference, status: 'confirmed', time: '19:00', timeZone: 'Europe/Paris', canCancel: true, canChange: true })
    expect(json.cancellation).toMatchObject({ free: true, refundPercent: 100 })
    expect(json).not.toHaveProperty('manageTokenHash')
  })

  it('moves the booking to another free time; the old time is offered again', async () => {
    const { manageToken } = await bookAt('12:00')
    expect((await slot(20, '12:00')).available).toBe(false)
    const { status, json } = await api('PATCH', `/reservations/manage/${manageToken}`, { body: { startsAt: parisTime(20, '15:00').iso } })
    expect(status).toBe(200)
    expect(json.time).toBe('15:00')
    expect((await slot(20, '12:00')).available).toBe(true)
    expect((await slot(20, '15:00')).available).toBe(false)
  })

  it('cannot move onto a time that is taken, and keeps the booking it had', async () => {
    await bookAt('10:00', 21)
    const { manageToken } = await bookAt('13:00', 21)
    const res = await api('PUT', `/reservations/manage/${manageToken}`, { body: { startsAt: parisTime(21, '10:30').iso } })
    expect(res.status).toBe(409)
    expect(res.json.errors[0]).toMatchObject({ code: 'no_table', field: 'startsAt' })
    expect((await api('GET', `/reservations/manage/${manageToken}`)).json.time).toBe('13:00')
  })

  it('gets clear errors for an impossible change', async () => {
    const { manageToken } = await bookAt('17:00', 22)
    expect((await api('PATCH', `/reservations/manage/${manageToken}`, { body: { partySize: 0 } })).status).toBe(422)
    expect((await api('PATCH', `/reservations/manage/${manageToken}`, { body: {} })).status).toBe(422)
    expect((await api('PATCH', `/reservations/manage/${manageToken}`, { body: { startsAt: 'tomorrow' } })).status).toBe(422)
    expect((await api('PATCH', `/reservations/manage/${manageToken}`, { body: { partySize: 40 } })).status).toBe(422)
  })

  it('cancels: the table is freed, and a cancelled booking cannot be cancelled or changed again', async () => {
    const { manageToken } = await bookAt('20:00', 23)
    const res = await api('DELETE', `/reservations/manage/${manageToken}`)
    expect(res.status).toBe(200)
    expect(res.json.status).toBe('cancelled')
    expect(res.json.cancellation.free).toBe(true)
    expect((await slot(23, '20:00')).available).toBe(true)
    expect((await api('DELETE', `/reservations/manage/${manageToken}`)).status).toBe(409)
    expect((await api('PATCH', `/reservations/manage/${manageToken}`, { body: { partySize: 3 } })).status).toBe(409)
  })

  it.each([
    ['a token that does not exist', 'A'.repeat(43)],
    ['junk', 'not-a-token'],
    ['an injection attempt', "x' OR '1'='1"],
  ])('gets a friendly 404 for %s', async (_, token) => {
    const res = await api('GET', `/reservations/manage/${encodeURIComponent(token)}`)
    expect(res.status).toBe(404)
    expect(res.json.errors[0].message).toMatch(/not valid/)
  })
})

describe('a management link after the visit', () => {
  it('still opens the week after, then answers 410: an old email is not a key forever', async () => {
    const { manageToken, reference } = await bookAt('12:00', 25)
    const { docs } = await payload.find({ collection: 'reservations', where: { reference: { equals: reference } }, depth: 0 })
    const move = (daysAgo: number) =>
      payload.update({
        collection: 'reservations',
        id: docs[0]!.id,
        data: { startsAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(), endsAt: new Date(Date.now() - daysAgo * 86_400_000 + 90 * 60_000).toISOString(), status: 'completed' },
        context: { seeding: true },
      })
    await move(6)
    expect((await api('GET', `/reservations/manage/${manageToken}`)).status).toBe(200)
    await move(9)
    const expired = await api('GET', `/reservations/manage/${manageToken}`)
    expect(expired.status).toBe(410)
    expect(expired.json.errors[0]).toMatchObject({ code: 'booking_link_expired', message: expect.stringMatching(/expired/) })
    expect((await api('DELETE', `/reservations/manage/${manageToken}`)).status).toBe(410)
  })

  it('is 256 bits from the server secret and 128 random bits, and only its hash is stored', async () => {
    const { manageToken, reference } = await bookAt('13:00', 26)
    expect(manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/) // base64url of 32 bytes
    const stored = (await payload.find({ collection: 'reservations', where: { reference: { equals: reference } }, depth: 0, showHiddenFields: true })).docs[0]!
    expect(stored.manageTokenSalt).toMatch(/^[0-9a-f]{32}$/)
    expect(JSON.stringify(stored)).not.toContain(manageToken)
  })
})
