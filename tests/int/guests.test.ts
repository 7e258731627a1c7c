import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Guest } from '../../src/payload-types'
import { existingBooking } from '../support/bookings'
import { api, login } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, signedInStaff } from '../support/restaurants'

let payload: Payload
let restaurantId: number
let tokens: Record<'manager' | 'host' | 'cantineHost', string>
let managerId: number

beforeAll(async () => {
  payload = await testPayload()
  restaurantId = (await createTestRestaurant(payload, 'bistrot-des-habitues', [{ label: 'H1', min: 1, max: 4 }])).restaurant.id
  const manager = await payload.create({
    collection: 'users',
    data: { email: 'manager@habitues.test', password: 'manager-password', name: 'Gérante', roles: ['manager'], restaurants: [restaurantId] },
  })
  managerId = manager.id
  tokens = {
    manager: await login('manager@habitues.test', 'manager-password'),
    host: await signedInStaff(payload, 'host@habitues.test', 'host', restaurantId),
    cantineHost: await login('host@cantine.test', 'techplus-host'),
  }
})

let sequence = 0
const guest = (data: Partial<Guest> & { name: string }) =>
  payload.create({ collection: 'guests', data: { email: `guest-${Date.now()}-${++sequence}@example.fr`, restaurants: [restaurantId], ...data } as never })

const bookingsOf = async (guestId: number) =>
  (await payload.find({ collection: 'reservations', where: { guest: { equals: guestId } }, depth: 0, limit: 100, sort: 'id' })).docs.map((r) => r.id)

/** Two profiles of one diner: the kept one with a visit, the duplicate with a visit, a no-show, a booking ahead and a waitlist entry. */
async function twoProfiles(name = 'Jeanne Moreau', phone = '06 11 22 33 44') {
  const kept = await guest({ name, phone, tags: ['vip'], notes: 'Table by the window' })
  const duplicate = await guest({ name: `${name} (2)`, phone: `+33 ${phone.slice(1)}`, tags: ['regular'], allergies: 'Peanuts', notes: 'Table by the window' })
  const keptVisit = await existingBooking(payload, restaurantId, -20, '19:00', 'completed', { guest: kept.id })
  const visit = await existingBooking(payload, restaurantId, -10, '19:00', 'completed', { guest: duplicate.id })
  const noShow = await existingBooking(payload, restaurantId, -5, '19:00', 'no_show', { guest: duplicate.id })
  const ahead = await existingBooking(payload, restaurantId, 10, '19:00', 'confirmed', { guest: duplicate.id })
  const waiting = await payload.create({
    collection: 'waitlist',
    data: { restaurant: restaurantId, date: '2030-01-15', windowStart: '19:00', windowEnd: '21:00', partySize: 2, guestName: 'Jeanne', guestEmail: duplicate.email, guest: duplicate.id } as never,
  })
  return { kept, duplicate, bookings: [keptVisit.id, visit.id, noShow.id, ahead.id], waiting }
}

describe('merging two profiles of the same guest', () => {
  it('a manager merges the duplicate: bookings and waitlist move over, counts recounted, tags and allergies kept', async () => {
    const { kept, duplicate, bookings, waiting } = await twoProfiles()
    const { status, json } = await api('POST', `/guests/${kept.id}/merge`, { token: tokens.manager, body: { duplicate: duplicate.id } })
    expect(status).toBe(200)
    expect(json).toMatchObject({ id: kept.id, email: kept.email, visitCount: 2, noShowCount: 1, allergies: 'Peanuts', notes: 'Table by the window' })
    expect([...json.tags].sort()).toEqual(['regular', 'vip'])
    expect(await bookingsOf(kept.id)).toEqual(bookings)
    expect((await payload.findByID({ collection: 'waitlist', id: waiting.id, depth: 0 })).guest).toBe(kept.id)
  })

  it('the duplicate profile is gone afterwards', async () => {
    const { kept, duplicate } = await twoProfiles()
    await api('POST', `/guests/${kept.id}/merge`, { token: tokens.manager, body: { duplicate: duplicate.id } })
    expect(await payload.findByID({ collection: 'guests', id: duplicate.id, disableErrors: true })).toBeNull()
    expect((await api('GET', `/guests/${duplicate.id}`, { token: tokens.manager })).status).toBe(404)
  })

  it('the merge is in the audit log: who, which guest was kept, which was merged', async () => {
    const { kept, duplicate } = await twoProfiles()
    await api('POST', `/guests/${kept.id}/merge`, { token: tokens.manager, body: { duplicate: duplicate.id } })
    const { docs } = await payload.find({ collection: 'audit-log', where: { action: { equals: 'merge' }, entityId: { equals: String(kept.id) } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ entity: 'guests', actor: managerId, restaurant: restaurantId, changes: { kept: kept.id, merged: duplicate.id } })
  })

  describe('refused merges change nothing', () => {
    const cases: Array<[string, 'host' | 'cantineHost' | 'manager' | null, (ids: { kept: number; duplicate: number }) => unknown, number]> = [
      ['a host is not allowed (403)', 'host', ({ duplicate }) => ({ duplicate }), 403],
      ['a host of another restaurant learns nothing (404)', 'cantineHost', ({ duplicate }) => ({ duplicate }), 404],
      ['a guest cannot be merged into itself (422)', 'manager', ({ kept }) => ({ duplicate: kept }), 422],
      ['a body without a guest id is refused (400)', 'manager', () => ({ duplicate: 'the other one' }), 400],
      ['a body that is not JSON is refused (400)', 'manager', () => '{duplicate:', 400],
      ['an anonymous caller must sign in (401)', null, ({ duplicate }) => ({ duplicate }), 401],
    ]
    it.each(cases)('%s', async (_name, who, body, expected) => {
      const { kept, duplicate, bookings } = await twoProfiles()
      const before = await payload.findByID({ collection: 'guests', id: kept.id, depth: 0 })
      const { status, json } = await api('POST', `/guests/${kept.id}/merge`, { token: who ? tokens[who] : undefined, body: body({ kept: kept.id, duplicate: duplicate.id }) })
      expect(status).toBe(expected)
      expect(json.errors[0].message).toBeTruthy()
      expect(await payload.findByID({ collection: 'guests', id: duplicate.id, depth: 0, disableErrors: true })).not.toBeNull()
      expect(await payload.findByID({ collection: 'guests', id: kept.id, depth: 0 })).toMatchObject({ tags: before.tags, visitCount: before.visitCount, noShowCount: before.noShowCount })
      expect([...(await bookingsOf(kept.id)), ...(await bookingsOf(duplicate.id))].sort((a, b) => a - b)).toEqual(bookings)
      expect(await bookingsOf(duplicate.id)).toHaveLength(3)
    })
  })

  it('the guest page lists the possible duplicates: same phone written differently, or same name', async () => {
    const { kept, duplicate } = await twoProfiles('Hélène Séguin', '07 98 76 54 32')
    const namesake = await guest({ name: 'HELENE  SEGUIN' })
    const elsewhere = await payload.create({ collection: 'guests', data: { name: 'Hélène Séguin', email: `elsewhere-${Date.now()}@example.fr`, restaurants: [] } })
    const { status, json } = await api('GET', `/guests/${kept.id}/duplicates`, { token: tokens.host })
    expect(status).toBe(200)
    const ids = json.duplicates.map((d: { id: number }) => d.id)
    expect(ids).toEqual(expect.arrayContaining([duplicate.id, namesake.id]))
    expect(ids).not.toContain(elsewhere.id)
    expect(json.duplicates.find((d: { id: number }) => d.id === duplicate.id).reason).toBe('phone')
    expect((await api('GET', `/guests/${kept.id}/duplicates`, { token: tokens.cantineHost })).status).toBe(404)
  })
})

describe('the guest profile', () => {
  it('shows spend from deposits and the last visit exactly as the bookings have them', async () => {
    const diner = await guest({ name: 'Paul Dépôt' })
    const paid = { required: true, amountMinor: 4000, currency: 'EUR', status: 'paid', refundedMinor: 0 }
    await existingBooking(payload, restaurantId, -30, '12:00', 'completed', { guest: diner.id, deposit: paid as never })
    await existingBooking(payload, restaurantId, -15, '20:00', 'completed', { guest: diner.id, deposit: { ...paid, amountMinor: 3000, status: 'partially_refunded', refundedMinor: 1000 } as never })
    await existingBooking(payload, restaurantId, -8, '19:30', 'cancelled', { guest: diner.id, deposit: { ...paid, amountMinor: 2500, status: 'refunded', refundedMinor: 2500 } as never })
    await existingBooking(payload, restaurantId, 5, '19:00', 'pending_payment', { guest: diner.id, deposit: { ...paid, amountMinor: 5000, status: 'pending' } as never })

    const { json } = await api('GET', `/guests/${diner.id}`, { token: tokens.host })
    expect(json.depositSpendMinor).toBe(6000)
    const db = payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Array<{ last: Date }> }> } }
    const { sql } = await import('@payloadcms/db-postgres')
    const { rows } = await db.drizzle.execute(sql`SELECT max(starts_at) AS last FROM reservations WHERE guest_id = ${diner.id} AND status = 'completed'`)
    expect(json.lastVisitAt).toBe(new Date(rows[0]!.last).toISOString())
  })

  it('lists the guest’s bookings with date, party and status', async () => {
    const diner = await guest({ name: 'Léa Liste' })
    const one = await existingBooking(payload, restaurantId, -3, '13:00', 'completed', { guest: diner.id })
    const two = await existingBooking(payload, restaurantId, 3, '13:00', 'confirmed', { guest: diner.id, partySize: 4 })
    const { json } = await api('GET', `/guests/${diner.id}`, { token: tokens.host })
    expect(json.reservations.docs.map((r: { id: number }) => r.id)).toEqual([two.id, one.id])
    expect(json.reservations.docs[0]).toMatchObject({ partySize: 4, status: 'confirmed', startsAt: two.startsAt })
  })
})

describe('the reservation detail', () => {
  it('reads the guest at a glance: tags, allergies and figures, without loading their bookings', async () => {
    const diner = await guest({ name: 'Anna Allergique', tags: ['vip'], allergies: 'Shellfish' })
    await existingBooking(payload, restaurantId, -2, '20:00', 'completed', { guest: diner.id })
    const { status, json } = await api('GET', `/guests/${diner.id}?depth=0&joins[reservations]=false`, { token: tokens.host })
    expect(status).toBe(200)
    expect(json).toMatchObject({ tags: ['vip'], allergies: 'Shellfish', depositSpendMinor: 0 })
    expect(json.lastVisitAt).toBeTruthy()
    expect(json.reservations).toBeUndefined()
  })

  it('shows the emails and SMS sent about the booking', async () => {
    const booking = await existingBooking(payload, restaurantId, 12, '20:00', 'confirmed')
    const sent = await payload.create({
      collection: 'message-log',
      data: { restaurant: restaurantId, channel: 'email', kind: 'confirmation', to: 'diner@example.fr', reservation: booking.id, status: 'sent' },
    })
    const { json } = await api('GET', `/reservations/${booking.id}`, { token: tokens.manager })
    expect(json.messages.docs.map((m: { id: number }) => m.id)).toEqual([sent.id])
  })
})
