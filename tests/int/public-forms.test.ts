import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { api } from '../support/http'
import { testPayload } from '../support/payload'
import { parisTime } from '../support/restaurants'

let payload: Payload
let zincId: number

beforeAll(async () => {
  payload = await testPayload()
  zincId = (await payload.find({ collection: 'restaurants', where: { slug: { equals: 'le-petit-zinc' } } })).docs[0]!.id
})

describe('the waitlist', () => {
  it('stores a diner waiting for a table on a full day, linked to their guest profile', async () => {
    const { date } = parisTime(5, '19:00')
    const { status, json } = await api('POST', '/waitlist/join', {
      body: { restaurant: 'le-petit-zinc', date, windowStart: '19:00', windowEnd: '21:30', partySize: 4, locale: 'en', guest: { name: 'Emma Stone', email: 'Emma.Stone@example.com' } },
    })
    expect(status).toBe(201)
    const entry = await payload.findByID({ collection: 'waitlist', id: json.id, depth: 1 })
    expect(entry).toMatchObject({ status: 'waiting', date, windowStart: '19:00', windowEnd: '21:30', partySize: 4 })
    expect((entry.guest as { email: string }).email).toBe('emma.stone@example.com')
  })

  it.each([
    ['a window that ends before it starts', { windowStart: '21:00', windowEnd: '19:00' }, 422],
    ['a date in the past', { date: '2020-01-01' }, 422],
    ['an unknown restaurant', { restaurant: 'nowhere' }, 404],
  ])('refuses %s', async (_, override, status) => {
    const body = { restaurant: 'le-petit-zinc', date: parisTime(5, '19:00').date, windowStart: '19:00', windowEnd: '21:00', partySize: 2, guest: { name: 'X Y', email: 'xy@example.com' }, ...override }
    expect((await api('POST', '/waitlist/join', { body })).status).toBe(status)
  })
})

describe('the contact form', () => {
  it('lets a visitor leave a message, but not mark it answered', async () => {
    const { status, json } = await api('POST', '/contact-messages', {
      body: { restaurant: zincId, name: 'Julie', email: 'julie@example.fr', subject: 'Privatisation', message: 'Bonjour, pour 30 personnes en mars ?', status: 'answered' },
    })
    expect(status).toBe(201)
    const stored = await payload.findByID({ collection: 'contact-messages', id: json.doc.id })
    expect(stored.status).toBe('new')
  })

  it('refuses a message that is too short, with the field named', async () => {
    const { status, json } = await api('POST', '/contact-messages', { body: { restaurant: zincId, name: 'J', email: 'j@example.fr', subject: 'Hi', message: 'short' } })
    expect(status).toBe(400)
    expect(json.errors[0].data.errors[0].path).toBe('message')
  })
})
