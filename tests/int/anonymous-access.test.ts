import { describe, expect, it } from 'vitest'

import { api, gql } from '../support/http'

describe('an anonymous visitor', () => {
  it.each(['restaurants', 'tables', 'menu-categories', 'menu-items', 'pages', 'media'])('reads %s through REST', async (collection) => {
    const { status, json } = await api('GET', `/${collection}?limit=5`)
    expect(status).toBe(200)
    expect(json.docs.length).toBeGreaterThan(0)
  })

  it.each(['reservations', 'guests', 'waitlist', 'contact-messages', 'audit-log', 'users'])(
    'is refused %s through REST',
    async (collection) => {
      const { status, json } = await api('GET', `/${collection}`)
      expect(status).toBe(403)
      expect(json.errors[0].message).toBeTruthy()
    },
  )

  it('cannot open a single reservation by id either', async () => {
    const { status } = await api('GET', '/reservations/1')
    expect(status).toBe(403)
  })

  it('reads content but is refused reservations and guests through GraphQL', async () => {
    const content = await gql('{ Restaurants(limit: 100) { docs { name slug } } Tables(limit: 3) { docs { label } } MenuItems(limit: 3) { docs { name priceMinor } } Pages { docs { slug } } }')
    expect(content.json.errors).toBeUndefined()
    expect(content.json.data.Restaurants.docs.map((r: { slug: string }) => r.slug)).toContain('le-petit-zinc')
    expect(content.json.data.Tables.docs).toHaveLength(3)
    expect(Number.isInteger(content.json.data.MenuItems.docs[0].priceMinor)).toBe(true)
    expect(content.json.data.MenuItems.docs[0].priceMinor).toBeGreaterThan(0)

    const personal = await gql('{ Reservations { docs { guestName guestEmail } } Guests { docs { email } } }')
    expect(personal.json.data.Reservations).toBeNull()
    expect(personal.json.data.Guests).toBeNull()
    expect(personal.json.errors.map((e: { extensions: { statusCode: number } }) => e.extensions.statusCode)).toEqual([403, 403])
  })

  it('sees menu prices and allergens in English when asking for it', async () => {
    const { json } = await api('GET', '/menu-items?locale=en&limit=100&depth=0')
    const names = json.docs.map((d: { name: string }) => d.name)
    expect(names.length).toBeGreaterThanOrEqual(25)
    expect(json.docs.some((d: { allergens: string[] }) => d.allergens.includes('gluten'))).toBe(true)
  })

  it('does not see draft pages', async () => {
    const { json } = await api('GET', '/pages?draft=true&limit=50')
    for (const page of json.docs) expect(page._status).toBe('published')
  })

  it('cannot create, change or delete content', async () => {
    expect((await api('POST', '/tables', { body: { label: 'X1', restaurant: 1, minCapacity: 1, maxCapacity: 2 } })).status).toBe(403)
    expect((await api('PATCH', '/restaurants/1', { body: { name: 'Hacked' } })).status).toBe(403)
    expect((await api('DELETE', '/menu-items/1')).status).toBe(403)
  })
})
