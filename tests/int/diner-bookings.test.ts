import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { existingBooking } from '../support/bookings'
import { call, signedInDiner } from '../support/diners'
import { api } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, parisTime } from '../support/restaurants'

let payload: Payload
let restaurantId: number

async function book(email: string, days: number, time: string, name = 'Lou Garnier', partySize = 2) {
  const res = await api('POST', '/reservations/book', {
    body: { restaurant: 'compte', startsAt: parisTime(days, time).iso, partySize, guest: { name, email, phone: '06 11 22 33 44' }, locale: 'en', specialRequests: 'Window seat please' },
  })
  expect(res.status, JSON.stringify(res.json)).toBe(201)
  return res.json as { reference: string; manageToken: string }
}

const reservationBy = async (reference: string) =>
  (await payload.find({ collection: 'reservations', where: { reference: { equals: reference } }, depth: 0, limit: 1 })).docs[0]!

beforeAll(async () => {
  payload = await testPayload()
  const { restaurant } = await createTestRestaurant(payload, 'compte', [{ label: 'C1', min: 1, max: 6 }, { label: 'C2', min: 1, max: 6 }])
  restaurantId = restaurant.id
})

describe('my bookings', () => {
  it('shows upcoming bookings soonest first and past ones, with management links that open them', async () => {
    const jar = await signedInDiner(payload, 'lou@example.fr', 'Lou')
    const later = await book('Lou@Example.fr', 12, '20:00')
    const sooner = await book('lou@example.fr', 5, '19:00')
    const past = await existingBooking(payload, restaurantId, -10, '19:30', 'completed', { guestEmail: 'lou@example.fr', guestName: 'Lou' })
    await book('someone.else@example.fr', 5, '12:00', 'Someone Else')

    const res = await call('GET', '/customers/bookings?locale=en', { jar })
    expect(res.status).toBe(200)
    expect(res.json.upcoming.map((b: { reference: string }) => b.reference)).toEqual([sooner.reference, later.reference])
    expect(res.json.past.map((b: { reference: string }) => b.reference)).toEqual([past.reference])
    expect(res.json.upcoming[0]).toMatchObject({ status: 'confirmed', partySize: 2, restaurant: { name: 'Test compte', slug: 'compte', timeZone: 'Europe/Paris' } })
    expect(res.json.upcoming[0].manageUrl).toBe(`http://localhost:3000/en/reservation/${sooner.manageToken}`)
    const opened = await api('GET', `/reservations/manage/${res.json.upcoming[0].manageUrl.split('/').pop()}`)
    expect(opened.json.reference).toBe(sooner.reference)
  })

  it('puts a cancelled booking with the past ones', async () => {
    const jar = await signedInDiner(payload, 'cancel@example.fr')
    const booking = await book('cancel@example.fr', 8, '13:00')
    expect((await api('DELETE', `/reservations/manage/${booking.manageToken}`)).status).toBe(200)
    const res = await call('GET', '/customers/bookings', { jar })
    expect(res.json.upcoming).toEqual([])
    expect(res.json.past[0]).toMatchObject({ reference: booking.reference, status: 'cancelled' })
  })

  it('is closed to visitors who are not signed in', async () => {
    expect((await call('GET', '/customers/bookings')).status).toBe(401)
    expect((await call('GET', '/customers/bookings', { cookie: 'techplus-diner=forged.token.value' })).status).toBe(401)
  })
})

describe('my data', () => {
  it('downloads the account, bookings and guest profile as one JSON file', async () => {
    const jar = await signedInDiner(payload, 'export@example.fr', 'Élise Export')
    const booking = await book('export@example.fr', 15, '19:15', 'Élise Export')
    const res = await call('GET', '/customers/export', { jar })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.json"/)
    expect(res.json.account).toMatchObject({ email: 'export@example.fr', name: 'Élise Export' })
    expect(res.json.account).not.toHaveProperty('hash')
    expect(res.json.guestProfile).toMatchObject({ email: 'export@example.fr', phone: '+33611223344' })
    expect(res.json.reservations).toHaveLength(1)
    expect(res.json.reservations[0]).toMatchObject({ reference: booking.reference, guest_name: 'Élise Export', special_requests: 'Window seat please' })
    expect(JSON.stringify(res.json)).not.toContain('internal_notes')
  })

  it('deleting the account anonymises bookings and guest profile, keeps the figures, and signs out', async () => {
    const email = 'forget.me@example.fr'
    const jar = await signedInDiner(payload, email, 'Forget Me')
    const upcoming = await book(email, 9, '20:30', 'Forget Me', 4)
    const done = await existingBooking(payload, restaurantId, -3, '20:00', 'completed', { guestEmail: email, guestName: 'Forget Me', guestPhone: '0600000000' })
    const guestBefore = (await payload.find({ collection: 'guests', where: { email: { equals: email } }, depth: 0 })).docs[0]!
    const countBefore = (await payload.count({ collection: 'reservations', where: { restaurant: { equals: restaurantId } } })).totalDocs

    const cookieBefore = jar.header()
    const res = await call('DELETE', '/customers/account', { jar, body: { confirm: true } })
    expect(res.status).toBe(200)
    expect(res.json.anonymisedReservations).toBe(2)
    expect(jar.cookies.has('techplus-diner')).toBe(false)

    const kept = await reservationBy(upcoming.reference)
    expect(kept).toMatchObject({ guestName: 'Deleted guest', partySize: 4, status: 'confirmed' })
    expect(kept.guestEmail ?? null).toBeNull()
    expect(kept.guestPhone ?? null).toBeNull()
    expect(kept.specialRequests ?? null).toBeNull()
    expect((await reservationBy(done.reference)).guestName).toBe('Deleted guest')
    expect((await payload.count({ collection: 'reservations', where: { restaurant: { equals: restaurantId } } })).totalDocs).toBe(countBefore)

    const guest = await payload.findByID({ collection: 'guests', id: guestBefore.id, depth: 0 })
    expect(guest.name).toBe('Deleted guest')
    expect(guest.email).not.toContain('forget.me')
    expect(guest.phone ?? null).toBeNull()

    // The bookings' history (staff see it in the admin) forgets them too.
    const history = await payload.findVersions({ collection: 'reservations', where: { parent: { equals: kept.id } }, depth: 0 })
    expect(history.docs.length).toBeGreaterThan(0)
    expect(JSON.stringify(history.docs)).not.toContain('forget.me')
    expect(JSON.stringify(history.docs)).not.toContain('Forget Me')

    expect((await payload.find({ collection: 'customers', where: { email: { equals: email } } })).totalDocs).toBe(0)
    expect((await call('GET', '/customers/me', { cookie: cookieBefore })).status).toBe(401)
  })

  it('asks for an explicit confirmation before deleting', async () => {
    const jar = await signedInDiner(payload, 'careful@example.fr')
    const res = await call('DELETE', '/customers/account', { jar, body: {} })
    expect(res.status).toBe(422)
    expect(res.json.errors[0].field).toBe('confirm')
    expect((await call('GET', '/customers/me', { jar })).status).toBe(200)
  })
})
