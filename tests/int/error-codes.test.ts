import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { api } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, parisTime, signedInStaff } from '../support/restaurants'

let payload: Payload
let restaurantId: number
let tableId: number
let manager: string

const FR = { 'Accept-Language': 'fr-FR,fr;q=0.9,en;q=0.5' }
const guest = { name: 'Élodie Marchand', email: 'elodie@example.fr' }

const book = (startsAt: string, extra: Record<string, unknown> = {}, query = '', headers: Record<string, string> = FR) =>
  api('POST', `/reservations/book${query}`, { headers, body: { restaurant: 'codes', startsAt, partySize: 2, guest, locale: 'fr', ...extra } })

beforeAll(async () => {
  payload = await testPayload()
  const created = await createTestRestaurant(payload, 'codes', [{ label: 'Unique', min: 1, max: 4 }])
  restaurantId = created.restaurant.id
  tableId = created.tableIds.get('Unique')!
  manager = await signedInStaff(payload, 'manager@codes.test', 'manager', restaurantId)
})

describe('a French diner refused by the booking API', () => {
  it('is told in French that the last table was taken: code no_table, on startsAt', async () => {
    const { iso } = parisTime(30, '19:00')
    expect((await book(iso)).status).toBe(201)
    const { status, json } = await book(iso)
    expect(status).toBe(409)
    expect(json.errors).toEqual([{ code: 'no_table', field: 'startsAt', message: 'Plus aucune table n’est libre pour votre groupe à cette heure. Choisissez une autre heure.' }])
  })

  it('gets English when ?locale=en asks for it, whatever the browser says', async () => {
    const { iso } = parisTime(30, '19:00')
    const { status, json } = await book(iso, {}, '?locale=en')
    expect(status).toBe(409)
    expect(json.errors[0]).toMatchObject({ code: 'no_table', message: 'No table is free for your party at that time any more. Please choose another time.' })
  })

  it('gets English from an API client that names no language', async () => {
    const { json } = await book(parisTime(30, '19:00').iso, {}, '', {})
    expect(json.errors[0].message).toMatch(/^No table is free/)
  })

  it('is told in French which field is wrong: a bad email is invalid_email on guest.email', async () => {
    const { status, json } = await book(parisTime(31, '19:00').iso, { guest: { name: 'Élodie', email: 'elodie@' } })
    expect(status).toBe(422)
    expect(json.errors).toEqual([{ code: 'invalid_email', field: 'guest.email', message: 'Saisissez une adresse e-mail valide' }])
  })

  it('is told the party limit with its number, in French, and the number is given apart', async () => {
    const { status, json } = await book(parisTime(31, '19:00').iso, { partySize: 12 })
    expect(status).toBe(422)
    expect(json.errors[0]).toEqual({ code: 'party_too_large', field: 'partySize', params: { max: 8 }, message: 'Au-delà de 8 convives, appelez le restaurant' })
  })

  it('is told in French that a time is too soon to book online', async () => {
    await payload.update({ collection: 'restaurants', id: restaurantId, data: { bookingRules: { minNoticeMinutes: 7 * 24 * 60 } } as never })
    try {
      const { status, json } = await book(parisTime(5, '19:00').iso)
      expect(status).toBe(422)
      expect(json.errors[0]).toMatchObject({ code: 'too_soon', field: 'startsAt', message: 'Cette heure est trop proche pour réserver en ligne' })
    } finally {
      await payload.update({ collection: 'restaurants', id: restaurantId, data: { bookingRules: { minNoticeMinutes: 60 } } as never })
    }
  })

  it('is told in French that too many guests already arrive at that time (pacing)', async () => {
    await payload.update({ collection: 'restaurants', id: restaurantId, data: { bookingRules: { maxCoversPerSlot: 3 } } as never })
    try {
      const { iso } = parisTime(33, '12:00')
      expect((await book(iso)).status).toBe(201)
      const { status, json } = await book(iso)
      expect(status).toBe(409)
      expect(json.errors[0]).toMatchObject({ code: 'pacing', field: 'startsAt', message: 'Trop de convives arrivent déjà à cette heure. Choisissez une autre heure.' })
    } finally {
      await payload.update({ collection: 'restaurants', id: restaurantId, data: { bookingRules: { maxCoversPerSlot: null } } as never })
    }
  })

  it('is told in French that the request was not JSON', async () => {
    const { status, json } = await api('POST', '/reservations/book', { headers: FR, body: '{"restaurant":' })
    expect(status).toBe(400)
    expect(json.errors).toEqual([{ code: 'invalid_json', message: 'Le corps de la requête doit être du JSON valide' }])
  })
})

describe('a French diner refused on their booking page and the waitlist', () => {
  it('an unknown link is booking_not_found, in French', async () => {
    const { status, json } = await api('GET', `/reservations/manage/${'A'.repeat(43)}`, { headers: FR })
    expect(status).toBe(404)
    expect(json.errors[0]).toMatchObject({ code: 'booking_not_found', message: expect.stringMatching(/^Ce lien de réservation n’est pas valide/) })
  })

  it('a move onto a taken time is no_table, in French, and ?locale=en still wins', async () => {
    const taken = parisTime(34, '20:00').iso
    expect((await book(taken)).status).toBe(201)
    const mine = await book(parisTime(34, '13:00').iso)
    const token = mine.json.manageToken as string
    const fr = await api('PATCH', `/reservations/manage/${token}`, { headers: FR, body: { startsAt: taken } })
    expect(fr.status).toBe(409)
    expect(fr.json.errors[0]).toMatchObject({ code: 'no_table', field: 'startsAt', message: expect.stringMatching(/^Plus aucune table/) })
    const en = await api('PATCH', `/reservations/manage/${token}?locale=en`, { headers: FR, body: { startsAt: taken } })
    expect(en.json.errors[0].message).toMatch(/^No table is free/)
  })

  it('a waitlist window that ends before it starts is window_reversed on windowEnd, in French', async () => {
    const { status, json } = await api('POST', '/waitlist/join', {
      headers: FR,
      body: { restaurant: 'codes', date: parisTime(35, '19:00').date, windowStart: '21:00', windowEnd: '19:00', partySize: 2, guest, locale: 'fr' },
    })
    expect(status).toBe(422)
    expect(json.errors).toEqual([{ code: 'window_reversed', field: 'windowEnd', message: 'La plage horaire doit finir après son début' }])
  })

  it('a waitlist date beyond the window is date_out_of_range, in French', async () => {
    const { json } = await api('POST', '/waitlist/join', {
      headers: FR,
      body: { restaurant: 'codes', date: parisTime(400, '19:00').date, windowStart: '19:00', windowEnd: '21:00', partySize: 2, guest, locale: 'fr' },
    })
    expect(json.errors[0]).toEqual({ code: 'date_out_of_range', field: 'date', message: 'Cette date ne peut pas être réservée' })
  })
})

describe('staff refused by the booking rules through REST', () => {
  const phoneBooking = (time: string, days: number, headers: Record<string, string>, extra: Record<string, unknown> = {}) =>
    api('POST', '/reservations', {
      token: manager,
      headers,
      body: { restaurant: restaurantId, startsAt: parisTime(days, time).iso, partySize: 2, guestName: 'Téléphone', source: 'phone', ...extra },
    })

  it('a closed time carries the code, the remedy and a French message on the field', async () => {
    const { status, json } = await phoneBooking('08:00', 36, FR)
    expect(status).toBe(400)
    expect(json.errors[0].data.errors[0]).toMatchObject({
      path: 'startsAt',
      code: 'closed',
      remedy: 'override',
      message: 'Le restaurant est fermé à cette heure-là. Cochez la case qui force les règles de réservation pour l’imposer.',
    })
  })

  it('a table held twice is table_taken even when forced, worded in French', async () => {
    expect((await phoneBooking('20:00', 37, FR, { tables: [tableId] })).status).toBe(201)
    const { status, json } = await phoneBooking('20:30', 37, FR, { tables: [tableId], overrideRules: true, overrideReason: 'Habitué' })
    expect(status).toBe(409)
    expect(json.errors[0]).toMatchObject({ data: { code: 'table_taken' }, message: 'Une de ces tables est déjà prise à cette heure' })
  })

  it('a refused status move names both statuses in French', async () => {
    const { json: booked } = await book(parisTime(38, '19:00').iso)
    const reservation = await payload.find({ collection: 'reservations', where: { reference: { equals: booked.reference } }, depth: 0 })
    const { status, json } = await api('POST', `/reservations/${reservation.docs[0]!.id}/status`, { token: manager, headers: FR, body: { status: 'completed' } })
    expect(status).toBe(409)
    expect(json.errors[0]).toEqual({
      code: 'invalid_transition',
      field: 'status',
      params: { from: 'confirmed', to: 'completed' },
      message: 'Une réservation confirmée ne peut pas devenir terminée',
    })
  })

  it('a signed-out caller is unauthorized, in French', async () => {
    const { status, json } = await api('GET', '/restaurants/codes/service', { headers: FR })
    expect(status).toBe(401)
    expect(json.errors[0]).toEqual({ code: 'unauthorized', message: 'Connectez-vous d’abord' })
  })
})
