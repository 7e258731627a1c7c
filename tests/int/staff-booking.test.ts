import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, parisTime, signedInStaff } from '../support/restaurants'

let payload: Payload
let restaurantId: number
let otherId: number
let tables: Map<string, number>
let host: string
let manager: string
let otherHost: string
let returning: number

const SLUG = 'au-telephone'
const OTHER = 'autre-maison'

beforeAll(async () => {
  payload = await testPayload()
  const created = await createTestRestaurant(payload, SLUG, [
    { label: 'T1', min: 1, max: 2 },
    { label: 'T2', min: 2, max: 4 },
    { label: 'T3', min: 2, max: 4 },
  ])
  restaurantId = created.restaurant.id
  tables = created.tableIds
  const other = await createTestRestaurant(payload, OTHER, [{ label: 'X1', min: 1, max: 4 }])
  otherId = other.restaurant.id
  host = await signedInStaff(payload, 'host@telephone.test', 'host', restaurantId)
  manager = await signedInStaff(payload, 'manager@telephone.test', 'manager', restaurantId)
  otherHost = await signedInStaff(payload, 'host@autre.test', 'host', otherId)
  const guest = await payload.create({
    collection: 'guests',
    data: { name: 'Hélène Marchand', email: 'helene.marchand@example.fr', phone: '+33612345678', restaurants: [restaurantId], allergies: 'Arachides', notes: 'Aime la banquette', locale: 'fr' },
  })
  returning = guest.id
  await payload.create({ collection: 'guests', data: { name: 'Hélène Autrelieu', email: 'helene.autre@example.fr', phone: '+33698765432', restaurants: [otherId] } })
})

async function activeOccupancy(reservationId: number): Promise<number> {
  const db = (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Array<{ n: string }> }> } }).drizzle
  const { rows } = await db.execute(sql`SELECT count(*)::int AS n FROM reservation_occupancy WHERE reservation_id = ${reservationId} AND active`)
  return Number(rows[0]!.n)
}

const messagesAbout = async (reservation: number) =>
  (await payload.find({ collection: 'message-log', where: { reservation: { equals: reservation } }, depth: 0, limit: 20 })).docs
const count = async (collection: 'reservations' | 'guests') =>
  (await payload.count({ collection, where: collection === 'guests' ? { restaurants: { contains: restaurantId } } : { restaurant: { equals: restaurantId } } })).totalDocs
const book = (body: Record<string, unknown>, token = host, slug = SLUG) => api('POST', `/restaurants/${slug}/staff-bookings`, { token, body, headers: { 'Accept-Language': 'fr' } })
const search = (q: string, token = host, slug = SLUG) => api('GET', `/restaurants/${slug}/guests?q=${encodeURIComponent(q)}`, { token })

describe("the new-booking drawer's times", () => {
  it("offers every time of the day in staff mode with the table it would give, and says why it refuses one", async () => {
    const day = parisTime(20, '19:00').date
    const full = await book({ date: day, time: '19:00', partySize: 4, tables: [tables.get('T2'), tables.get('T3')], guest: { name: 'Grande tablée' } })
    expect(full.status).toBe(201)
    const { status, json } = await api('GET', `/restaurants/${SLUG}/staff-availability?date=${day}&party=4`, { token: host })
    expect(status).toBe(200)
    expect(json.canOverride).toBe(false)
    const at = (time: string) => json.slots.find((s: { time: string }) => s.time === time)
    expect(at('19:00')).toMatchObject({ available: false, reason: 'no_table', fitting: [], free: [tables.get('T1')] })
    expect(at('12:00')).toMatchObject({ available: true, tableIds: [tables.get('T2')], fitting: [[tables.get('T2')], [tables.get('T3')]] })
    expect(json.tables.map((t: { label: string }) => t.label)).toEqual(['T1', 'T2', 'T3'])
  })

  it('says a time earlier today has passed', async () => {
    const today = parisTime(0, '10:00')
    const { json } = await api('GET', `/restaurants/${SLUG}/staff-availability?date=${today.date}&party=2`, { token: manager })
    expect(json.canOverride).toBe(true)
    const past = json.slots.filter((s: { startsAt: string }) => new Date(s.startsAt).getTime() < Date.now() - 20 * 60_000)
    for (const slot of past) expect(slot).toMatchObject({ available: false, reason: 'time_passed' })
  })

  it('answers bad input with a code and strangers with a 404', async () => {
    const bad = await api('GET', `/restaurants/${SLUG}/staff-availability?date=2026-02-30&party=0`, { token: host })
    expect(bad.status).toBe(422)
    expect(bad.json.errors.map((e: { code: string }) => e.code).sort()).toEqual(['invalid_date', 'too_small'])
    expect((await api('GET', `/restaurants/${SLUG}/staff-availability?date=2026-12-24&party=2`)).status).toBe(401)
    expect((await api('GET', `/restaurants/${SLUG}/staff-availability?date=2026-12-24&party=2`, { token: otherHost })).status).toBe(404)
  })
})

describe('finding a returning guest as the host types', () => {
  it('finds them by their phone number written another way, with visits, no-shows, allergies and notes', async () => {
    for (const typed of ['06 12 34 56 78', '0612345678', '+33 6 12 34 56 78', '06 12 34']) {
      const { status, json } = await search(typed)
      expect(status, typed).toBe(200)
      expect(json.guests.map((g: { id: number }) => g.id), typed).toEqual([returning])
    }
    const { json } = await search('0612345678')
    expect(json.guests[0]).toMatchObject({ name: 'Hélène Marchand', phone: '+33612345678', visitCount: 0, noShowCount: 0, allergies: 'Arachides', notes: 'Aime la banquette' })
  })

  it('finds them by the start of their email or name', async () => {
    expect((await search('helene.mar')).json.guests.map((g: { id: number }) => g.id)).toEqual([returning])
    expect((await search('Hélène')).json.guests.map((g: { id: number }) => g.id)).toEqual([returning])
  })

  it("never shows another restaurant's guest", async () => {
    expect((await search('Hélène')).json.guests.map((g: { name: string }) => g.name)).not.toContain('Hélène Autrelieu')
    expect((await search('06 98 76 54 32')).json.guests).toEqual([])
    expect((await search('Hélène', otherHost, OTHER)).json.guests.map((g: { name: string }) => g.name)).toEqual(['Hélène Autrelieu'])
  })

  it("is refused under two characters, signed out, and to a host of another restaurant", async () => {
    expect((await search('h')).status).toBe(422)
    expect((await api('GET', `/restaurants/${SLUG}/guests?q=helene`)).status).toBe(401)
    expect((await search('Hélène', otherHost)).status).toBe(404)
    const cantine = await login('host@cantine.test', 'techplus-host')
    expect((await search('Hélène', cantine)).status).toBe(404)
  })
})

describe('booking from the drawer', () => {
  it('books a returning guest: reservation, tables held, listed on their profile, the confirmation queued in their language', async () => {
    const { date } = parisTime(21, '20:00')
    const { status, json } = await book({ date, time: '20:00', partySize: 2, guest: { id: returning }, source: 'phone', occasion: 'birthday', notes: 'Gâteau à 21 h' })
    expect(status).toBe(201)
    expect(json.reference).toMatch(/\w+/)
    const doc = await payload.findByID({ collection: 'reservations', id: json.id, depth: 0 })
    expect(doc).toMatchObject({ status: 'confirmed', source: 'phone', guest: returning, guestName: 'Hélène Marchand', guestEmail: 'helene.marchand@example.fr', guestPhone: '+33612345678', guestLocale: 'fr', occasion: 'birthday', internalNotes: 'Gâteau à 21 h', tables: [tables.get('T1')] })
    expect(await activeOccupancy(json.id)).toBe(1)
    const profile = await payload.findByID({ collection: 'guests', id: returning, depth: 0 })
    expect((profile.reservations?.docs ?? []).map((r) => (typeof r === 'object' ? r.id : r))).toContain(json.id)
    const messages = await messagesAbout(json.id)
    expect(messages.filter((m) => m.kind === 'confirmation')).toMatchObject([{ channel: 'email', to: 'helene.marchand@example.fr', locale: 'fr' }])
  })

  it('creates a new guest with the booking, and sends no confirmation when the host unticks it', async () => {
    const guestsBefore = await count('guests')
    const { date } = parisTime(21, '12:30')
    const { status, json } = await book({
      date,
      time: '12:30',
      partySize: 3,
      tables: [tables.get('T3')],
      guest: { name: 'Tom Baker', email: 'Tom.Baker@example.co.uk', phone: '+44 7911 123456', locale: 'en' },
      source: 'staff',
      sendConfirmation: false,
    })
    expect(status).toBe(201)
    expect(await count('guests')).toBe(guestsBefore + 1)
    const doc = await payload.findByID({ collection: 'reservations', id: json.id, depth: 1 })
    expect(doc.guest).toMatchObject({ name: 'Tom Baker', email: 'tom.baker@example.co.uk' })
    expect(doc.guestLocale).toBe('en')
    expect((doc.tables as Array<{ id: number }>).map((t) => t.id)).toEqual([tables.get('T3')])
    expect((await messagesAbout(json.id)).filter((m) => m.kind === 'confirmation')).toEqual([])
  })

  it('gives a guest who left only a name and a number a profile the search finds by that number, and reuses it', async () => {
    const guestsBefore = await count('guests')
    const first = parisTime(22, '13:00')
    const { status, json } = await book({ date: first.date, time: '13:00', partySize: 2, guest: { name: 'M. Durand', phone: '01 42 00 00 00' } })
    expect(status).toBe(201)
    expect(await count('guests')).toBe(guestsBefore + 1)
    const booking = await payload.findByID({ collection: 'reservations', id: json.id, depth: 0 })
    expect(booking).toMatchObject({ guestName: 'M. Durand', guestPhone: '+33142000000' })
    const found = await search('0142000000')
    expect(found.json.guests.map((g: { name: string; email: string | null }) => [g.name, g.email ?? null])).toEqual([['M. Durand', null]])
    expect(booking.guest).toBe(found.json.guests[0].id)
    // Called again with the number typed another way: the same profile, not a second one.
    const again = parisTime(29, '13:00')
    const second = await book({ date: again.date, time: '13:00', partySize: 2, guest: { name: 'Monsieur Durand', phone: '+33 1 42 00 00 00' } })
    expect(second.status).toBe(201)
    expect(await count('guests')).toBe(guestsBefore + 1)
    expect((await payload.findByID({ collection: 'reservations', id: second.json.id, depth: 0 })).guest).toBe(booking.guest)
  })

  it("refuses a guest of another restaurant picked by id, and a host of A booking at B", async () => {
    const { date } = parisTime(22, '19:00')
    const stranger = await payload.find({ collection: 'guests', where: { email: { equals: 'helene.autre@example.fr' } }, depth: 0 })
    const before = await count('reservations')
    const picked = await book({ date, time: '19:00', partySize: 2, guest: { id: stranger.docs[0]!.id } })
    expect(picked.status).toBe(404)
    expect(picked.json.errors[0].code).toBe('guest_not_found')
    expect((await book({ date, time: '19:00', partySize: 2, guest: { name: 'Intrus' } }, host, OTHER)).status).toBe(404)
    expect(await count('reservations')).toBe(before)
  })

  it('a refused time comes back with its code, in French; a host may not force it', async () => {
    const { date } = parisTime(23, '08:00')
    const refused = await book({ date, time: '08:00', partySize: 2, guest: { id: returning } })
    expect(refused.status).toBe(422)
    expect(refused.json.errors[0]).toMatchObject({ code: 'closed', remedy: 'manager_only' })
    expect(refused.json.errors[0].message).toMatch(/fermé/i)
    const forced = await book({ date, time: '08:00', partySize: 2, guest: { id: returning }, override: { reason: 'Petit-déjeuner privé' } })
    expect(forced.status).toBe(422)
    expect(forced.json.errors[0]).toMatchObject({ code: 'closed', remedy: 'manager_only' })
  })

  it("a manager forces a refused time with a reason, which the audit log keeps with their name", async () => {
    const { date } = parisTime(23, '08:00')
    const noReason = await book({ date, time: '08:00', partySize: 2, guest: { id: returning }, override: { reason: '' } }, manager)
    expect(noReason.status).toBe(422)
    expect(noReason.json.errors[0]).toMatchObject({ code: 'too_small', field: 'override.reason' })
    const { status, json } = await book({ date, time: '08:00', partySize: 2, tables: [tables.get('T2')], guest: { id: returning }, override: { reason: 'Petit-déjeuner privé' } }, manager)
    expect(status).toBe(201)
    const audit = await payload.find({ collection: 'audit-log', where: { action: { equals: 'override' }, entityId: { equals: String(json.id) } }, depth: 1 })
    expect(audit.docs[0]?.summary).toMatch(/closed.*Petit-déjeuner privé/)
    expect((audit.docs[0]?.actor as { email: string }).email).toBe('manager@telephone.test')
  })

  it('two hosts booking the same table at once: one 201, one 409 table_taken, no orphan guest', async () => {
    const { date } = parisTime(24, '20:00')
    const guestsBefore = await count('guests')
    const reservationsBefore = await count('reservations')
    const [a, b] = await Promise.all([
      book({ date, time: '20:00', partySize: 2, tables: [tables.get('T2')], guest: { name: 'Premier Appel', email: 'premier@example.fr' } }),
      book({ date, time: '20:15', partySize: 2, tables: [tables.get('T2')], guest: { name: 'Second Appel', email: 'second@example.fr' } }, manager),
    ])
    expect([a.status, b.status].sort()).toEqual([201, 409])
    const lost = a.status === 409 ? a : b
    expect(lost.json.errors[0]).toMatchObject({ code: 'table_taken', field: 'tables' })
    expect(await count('reservations')).toBe(reservationsBefore + 1)
    expect(await count('guests')).toBe(guestsBefore + 1)
  })
})
