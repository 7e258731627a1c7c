import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { api } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, parisTime } from '../support/restaurants'

/**
 * The site's booking and contact forms carry a honeypot and a time trap (`form`); a robot that fills
 * the hidden field or posts at once is refused with a stable code, a person never is, and an API
 * client that sends no `form` books as before.
 */
let payload: Payload
let zincId: number

const guest = { name: 'Margaux Leroy', email: 'margaux.leroy@example.fr' }
const human = { website: '', elapsedMs: 14_000 }

async function bookAt(days: number, time: string, extra: Record<string, unknown>, email = guest.email) {
  return api('POST', '/reservations/book?locale=en', {
    body: { restaurant: 'piege-a-robots', startsAt: parisTime(days, time).iso, partySize: 2, locale: 'fr', guest: { ...guest, email }, ...extra },
  })
}

const reservationsOf = async (email: string) =>
  (await payload.find({ collection: 'reservations', where: { guestEmail: { equals: email } }, depth: 0, overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  await createTestRestaurant(payload, 'piege-a-robots', [
    { label: 'T1', min: 1, max: 4 },
    { label: 'T2', min: 1, max: 4 },
    { label: 'T3', min: 1, max: 4 },
  ])
  zincId = (await payload.find({ collection: 'restaurants', where: { slug: { equals: 'le-petit-zinc' } } })).docs[0]!.id
})

describe('the booking form’s traps', () => {
  it('refuses a booking whose hidden field was filled, with the code and nothing booked', async () => {
    const { status, json } = await bookAt(6, '19:00', { form: { website: 'http://cheap-pills.example', elapsedMs: 30_000 } }, 'robot1@example.fr')
    expect(status).toBe(422)
    expect(json.errors[0]).toMatchObject({ code: 'suspected_bot', message: 'Your request could not be sent. Please wait a few seconds and try again.' })
    expect(json.errors[0].field).toBeUndefined()
    expect(await reservationsOf('robot1@example.fr')).toBe(0)
    const left = await api('GET', `/restaurants/piege-a-robots/availability?date=${parisTime(6, '19:00').date}&party=2`)
    expect(left.json.slots.find((s: { time: string }) => s.time === '19:00').available).toBe(true)
  })

  it('refuses a booking sent faster than a person fills the wizard', async () => {
    const { status, json } = await bookAt(6, '19:15', { form: { website: '', elapsedMs: 300 } }, 'robot2@example.fr')
    expect(status).toBe(422)
    expect(json.errors[0].code).toBe('suspected_bot')
    expect(await reservationsOf('robot2@example.fr')).toBe(0)
  })

  it('books a diner who took a few seconds and left the hidden field empty', async () => {
    const { status, json } = await bookAt(6, '19:30', { form: human }, 'margaux.human@example.fr')
    expect(status).toBe(201)
    expect(json.reference).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/)
  })

  it('books an API client’s plain JSON, which carries no form fields at all', async () => {
    const { status, json } = await bookAt(6, '20:00', {}, 'partner.api@example.fr')
    expect(status).toBe(201)
    expect(json.status).toBe('confirmed')
  })

  it('answers a malformed trap as bad input, naming the field', async () => {
    const { status, json } = await bookAt(6, '20:15', { form: { website: '', elapsedMs: 'soon' } }, 'robot3@example.fr')
    expect(status).toBe(422)
    expect(json.errors[0].field).toBe('form.elapsedMs')
  })
})

describe('the contact form’s traps', () => {
  const message = { restaurant: 0, name: 'Julie Martin', email: 'julie@example.fr', subject: 'Privatisation', message: 'Bonjour, pour 30 personnes en mars ?' }
  const stored = async (subject: string) => (await payload.find({ collection: 'contact-messages', where: { subject: { equals: subject } }, overrideAccess: true })).totalDocs

  it('refuses a message whose hidden field was filled, in the language asked, and keeps nothing', async () => {
    const subject = `Robot ${Date.now()}`
    const { status, json } = await api('POST', '/contact-messages?locale=fr', { body: { ...message, restaurant: zincId, subject, form: { website: 'seo-services', elapsedMs: 60_000 } } })
    expect(status).toBe(422)
    expect(json.errors[0].data.code).toBe('suspected_bot')
    expect(json.errors[0].message).toBe('Votre demande n’a pas pu être envoyée. Patientez quelques secondes et réessayez.')
    expect(await stored(subject)).toBe(0)
  })

  it('refuses a message posted the instant the page loaded', async () => {
    const subject = `Hâtif ${Date.now()}`
    const { status, json } = await api('POST', '/contact-messages', { body: { ...message, restaurant: zincId, subject, form: { website: '', elapsedMs: 40 } } })
    expect(status).toBe(422)
    expect(json.errors[0].data.code).toBe('suspected_bot')
    expect(await stored(subject)).toBe(0)
  })

  it('keeps a person’s message, without storing the trap', async () => {
    const subject = `Anniversaire ${Date.now()}`
    const { status, json } = await api('POST', '/contact-messages', { body: { ...message, restaurant: zincId, subject, form: human } })
    expect(status).toBe(201)
    const doc = await payload.findByID({ collection: 'contact-messages', id: json.doc.id, overrideAccess: true })
    expect(doc).toMatchObject({ subject, name: 'Julie Martin', status: 'new' })
    expect(doc).not.toHaveProperty('form')
  })

  it('keeps a message created through the API without the site form’s fields', async () => {
    const subject = `API ${Date.now()}`
    expect((await api('POST', '/contact-messages', { body: { ...message, restaurant: zincId, subject } })).status).toBe(201)
    expect(await stored(subject)).toBe(1)
  })
})
