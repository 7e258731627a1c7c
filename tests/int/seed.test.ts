import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { ALLERGENS } from '../../src/domain/menu/allergens'
import { login } from '../support/http'
import { testPayload } from '../support/payload'

let payload: Payload
let zincId: number

beforeAll(async () => {
  payload = await testPayload()
  const { docs } = await payload.find({ collection: 'restaurants', where: { slug: { equals: 'le-petit-zinc' } }, depth: 0 })
  zincId = docs[0]!.id
})

describe('the demo content', () => {
  it('has a Paris bistro with lunch, dinner, a closure day and a deposit for parties of six or more', async () => {
    const zinc = await payload.findByID({ collection: 'restaurants', id: zincId, locale: 'fr' })
    expect(zinc.timeZone).toBe('Europe/Paris')
    expect(zinc.services?.map((s) => s.name)).toEqual(expect.arrayContaining(['Déjeuner', 'Dîner']))
    expect(zinc.exceptions?.some((e) => e.closed)).toBe(true)
    expect(zinc.deposit).toMatchObject({ mode: 'per_person', fromPartySize: 6 })
    expect(zinc.bookingRules?.turnTimes?.length).toBeGreaterThan(1)
    const en = await payload.findByID({ collection: 'restaurants', id: zincId, locale: 'en' })
    expect(en.services?.map((s) => s.name)).toEqual(expect.arrayContaining(['Lunch', 'Dinner']))
  })

  it('has 12 to 20 tables in two areas, with joinable pairs', async () => {
    const { docs } = await payload.find({ collection: 'tables', where: { restaurant: { equals: zincId } }, limit: 100, depth: 0 })
    expect(docs.length).toBeGreaterThanOrEqual(12)
    expect(docs.length).toBeLessThanOrEqual(20)
    expect(new Set(docs.map((t) => t.area))).toEqual(new Set(['dining_room', 'terrace']))
    const joinable = docs.filter((t) => (t.joinableWith ?? []).length > 0)
    expect(joinable.length).toBeGreaterThanOrEqual(4)
    for (const t of docs) expect(t.minCapacity).toBeLessThanOrEqual(t.maxCapacity)
  })

  it('has about thirty dishes in five categories, in French and English, each with a photo and valid allergens', async () => {
    const categories = await payload.find({ collection: 'menu-categories', where: { restaurant: { equals: zincId } }, depth: 0 })
    expect(categories.totalDocs).toBe(5)
    const fr = await payload.find({ collection: 'menu-items', where: { restaurant: { equals: zincId } }, locale: 'fr', limit: 100, depth: 1 })
    const en = await payload.find({ collection: 'menu-items', where: { restaurant: { equals: zincId } }, locale: 'en', limit: 100, depth: 1, fallbackLocale: false })
    expect(fr.totalDocs).toBeGreaterThanOrEqual(28)
    const english = new Map(en.docs.map((d) => [d.id, d]))
    for (const dish of fr.docs) {
      expect(english.get(dish.id)?.name, dish.slug).toBeTruthy()
      expect(english.get(dish.id)?.name).not.toBe(undefined)
      expect(typeof dish.image === 'object' && dish.image?.url).toBeTruthy()
      for (const allergen of dish.allergens ?? []) expect(ALLERGENS).toContain(allergen)
    }
    expect(fr.docs.filter((d) => (d.allergens ?? []).length > 0).length).toBeGreaterThan(20)
  })

  it('ships photos as WebP sizes made by sharp, with alt text in both languages', async () => {
    const { docs } = await payload.find({ collection: 'media', limit: 1, locale: 'en', fallbackLocale: false })
    const media = docs[0]!
    expect(media.alt).toBeTruthy()
    expect(media.sizes?.card?.mimeType).toBe('image/webp')
    expect(media.sizes?.thumbnail?.width).toBe(320)
  })

  it('has published home, about and contact pages of each restaurant in both languages', async () => {
    const cantineId = (await payload.find({ collection: 'restaurants', where: { slug: { equals: 'la-cantine-du-port' } }, depth: 0 })).docs[0]!.id
    for (const [locale, restaurant] of [['fr', zincId], ['en', zincId], ['fr', cantineId], ['en', cantineId]] as const) {
      const { docs } = await payload.find({ collection: 'pages', where: { restaurant: { equals: restaurant } }, locale, fallbackLocale: false, depth: 0, limit: 10 })
      expect(docs.map((p) => p.slug).sort()).toEqual(['about', 'contact', 'home'])
      for (const page of docs) {
        expect(page._status).toBe('published')
        expect(page.title).toBeTruthy()
        expect(page.meta?.description).toBeTruthy()
      }
    }
  })

  it('lets the demo admin and host sign in with the README credentials', async () => {
    await expect(login('admin@techplus.test', 'techplus-admin')).resolves.toBeTruthy()
    await expect(login('host@techplus.test', 'techplus-host')).resolves.toBeTruthy()
  })

  it('has reservations around today that never share a table at the same time', async () => {
    const now = Date.now()
    const { docs } = await payload.find({
      collection: 'reservations',
      where: { restaurant: { equals: zincId }, status: { not_in: ['cancelled'] } },
      limit: 500,
      depth: 0,
    })
    expect(docs.some((r) => new Date(r.startsAt).getTime() < now)).toBe(true)
    expect(docs.some((r) => new Date(r.startsAt).getTime() > now)).toBe(true)
    const byTable = new Map<number, Array<[number, number]>>()
    for (const r of docs) {
      for (const table of (r.tables ?? []) as number[]) {
        const periods = byTable.get(table) ?? []
        const period: [number, number] = [new Date(r.startsAt).getTime(), new Date(r.endsAt).getTime()]
        for (const [s, e] of periods) expect(period[0] < e && s < period[1], `table ${table} double-booked`).toBe(false)
        periods.push(period)
        byTable.set(table, periods)
      }
    }
  })
})
