import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../support/http'
import { testPayload } from '../support/payload'

/**
 * A site of two restaurants: each restaurant's pages are its own staff's to write (as its menu is),
 * the group's pages its owners', a slug is unique within its restaurant, and a restaurant cannot take
 * a slug the site's own addresses use.
 */
let payload: Payload
let zinc: number
let cantine: number
let owner: string
let manager: string
let admin: string
const made: number[] = []
let counter = 0
const unique = () => `gs-${Date.now().toString(36)}-${++counter}`

beforeAll(async () => {
  payload = await testPayload()
  const { docs } = await payload.find({ collection: 'restaurants', depth: 0, limit: 100 })
  zinc = docs.find((r) => r.slug === 'le-petit-zinc')!.id
  cantine = docs.find((r) => r.slug === 'la-cantine-du-port')!.id
  owner = await login('owner@techplus.test', 'techplus-owner')
  manager = await login('manager@techplus.test', 'techplus-manager')
  admin = await login('admin@techplus.test', 'techplus-admin')
})

afterAll(async () => {
  if (made.length) await payload.delete({ collection: 'pages', where: { id: { in: made } }, overrideAccess: true })
  await payload.delete({ collection: 'restaurants', where: { slug: { like: 'gs-' } }, overrideAccess: true })
})

async function createPage(token: string, data: Record<string, unknown>) {
  const response = await api('POST', '/pages', { token, body: { title: 'A page', _status: 'published', ...data } })
  if (response.status === 201) made.push(response.json.doc.id)
  return response
}

describe('the demo group', () => {
  it('has La Cantine du Port with its own home, about and contact pages, a menu and a cuisine in both languages', async () => {
    const pages = await payload.find({ collection: 'pages', where: { restaurant: { equals: cantine } }, depth: 0, limit: 20 })
    expect(pages.docs.map((p) => p.slug).sort()).toEqual(['about', 'contact', 'home'])
    const dishes = await payload.count({ collection: 'menu-items', where: { restaurant: { equals: cantine } } })
    expect(dishes.totalDocs).toBeGreaterThanOrEqual(4)
    for (const locale of ['fr', 'en'] as const) {
      const r = await payload.findByID({ collection: 'restaurants', id: cantine, locale, fallbackLocale: false })
      expect(r.cuisine, locale).toBeTruthy()
    }
    const en = await payload.findByID({ collection: 'restaurants', id: cantine, locale: 'en' })
    expect(en.cuisine).toBe('Fish and seafood')
  })

  it('keeps Le Petit Zinc’s pages attached to it, and the group’s home belongs to no restaurant', async () => {
    const zincPages = await payload.find({ collection: 'pages', where: { restaurant: { equals: zinc } }, depth: 0, limit: 20 })
    expect(zincPages.docs.map((p) => p.slug).sort()).toEqual(['about', 'contact', 'home'])
    const group = await payload.find({ collection: 'pages', where: { and: [{ restaurant: { exists: false } }, { slug: { equals: 'home' } }] }, depth: 0 })
    expect(group.totalDocs).toBe(1)
  })
})

describe('who writes which pages', () => {
  it('the manager of Le Petit Zinc adds a page to it', async () => {
    const { status, json } = await createPage(manager, { slug: unique(), restaurant: zinc })
    expect(status).toBe(201)
    expect(json.doc.restaurant.id ?? json.doc.restaurant).toBe(zinc)
  })

  it('the manager of Le Petit Zinc cannot add a page to La Cantine du Port', async () => {
    const { status } = await createPage(manager, { slug: unique(), restaurant: cantine })
    expect(status).toBe(403)
  })

  it('a manager cannot write a page of the whole group; the owner can', async () => {
    expect((await createPage(manager, { slug: unique() })).status).toBe(403)
    expect((await createPage(owner, { slug: unique() })).status).toBe(201)
  })

  it('the owner of Le Petit Zinc cannot edit La Cantine du Port’s about page', async () => {
    const about = (await payload.find({ collection: 'pages', where: { and: [{ restaurant: { equals: cantine } }, { slug: { equals: 'about' } }] }, depth: 0 })).docs[0]!
    const { status } = await api('PATCH', `/pages/${about.id}`, { token: owner, body: { title: 'Taken over' } })
    expect(status).toBe(403)
    const unchanged = await payload.findByID({ collection: 'pages', id: about.id, locale: 'fr' })
    expect(unchanged.title).toBe('Notre histoire')
  })

  it('a manager cannot move their restaurant’s page out to the group', async () => {
    const { json } = await createPage(manager, { slug: unique(), restaurant: zinc })
    const { status } = await api('PATCH', `/pages/${json.doc.id}`, { token: manager, body: { restaurant: null } })
    expect(status).toBe(400)
    const page = await payload.findByID({ collection: 'pages', id: json.doc.id, depth: 0 })
    expect(page.restaurant).toBe(zinc)
  })

  it('anyone reads published pages of every restaurant', async () => {
    const { status, json } = await api('GET', `/pages?where[restaurant][equals]=${cantine}&depth=0`)
    expect(status).toBe(200)
    expect(json.docs.length).toBe(3)
  })
})

describe('page slugs', () => {
  it('"about" serves both restaurants, once each', async () => {
    const { status, json } = await createPage(owner, { slug: 'about', restaurant: zinc })
    expect(status).toBe(400)
    expect(json.errors[0].data.errors[0]).toMatchObject({ path: 'slug', code: 'slug_taken' })
  })

  it('a group page’s slug is unique among the group’s pages too', async () => {
    const slug = unique()
    expect((await createPage(owner, { slug })).status).toBe(201)
    const again = await createPage(owner, { slug })
    expect(again.status).toBe(400)
    expect(again.json.errors[0].data.errors[0].code).toBe('slug_taken')
    // The same slug is free for a restaurant.
    expect((await createPage(owner, { slug, restaurant: zinc })).status).toBe(201)
  })

  it('a page keeps its own slug when saved again', async () => {
    const { json } = await createPage(owner, { slug: unique(), restaurant: zinc })
    const { status } = await api('PATCH', `/pages/${json.doc.id}`, { token: owner, body: { title: 'Renamed' } })
    expect(status).toBe(200)
  })
})

describe('restaurant slugs', () => {
  it('a restaurant cannot be called "menu": the site’s menu lives there', async () => {
    const { status, json } = await api('POST', '/restaurants?locale=en', {
      token: admin,
      body: { name: 'Menu', slug: 'menu', timeZone: 'Europe/Paris', currency: 'EUR', deposit: { mode: 'none' } },
    })
    expect(status).toBe(400)
    expect(json.errors[0].data.errors[0]).toMatchObject({ path: 'slug', code: 'slug_reserved' })
    expect(json.errors[0].data.errors[0].message).toMatch(/already uses this word/)
  })

  it('an existing restaurant cannot be renamed to "book", in French either', async () => {
    const { status, json } = await api('PATCH', `/restaurants/${cantine}?locale=fr`, { token: admin, body: { slug: 'book' }, headers: { 'Accept-Language': 'fr' } })
    expect(status).toBe(400)
    expect(json.errors[0].data.errors[0].code).toBe('slug_reserved')
    const still = await payload.findByID({ collection: 'restaurants', id: cantine, depth: 0 })
    expect(still.slug).toBe('la-cantine-du-port')
  })

  it('any other slug is fine', async () => {
    const { status } = await api('POST', '/restaurants', {
      token: admin,
      body: { name: 'Gs Bistro', slug: unique(), timeZone: 'Europe/Paris', currency: 'EUR', deposit: { mode: 'none' } },
    })
    expect(status).toBe(201)
  })
})
