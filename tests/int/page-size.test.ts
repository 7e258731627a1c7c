import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { GET, POST } from '../../src/app/(payload)/api/[...slug]/route'
import { POST as GRAPHQL } from '../../src/app/(payload)/api/graphql/route'
import { MAX_PAGE_SIZE } from '../../src/security/pageSize'
import { testPayload } from '../support/payload'
import { createTestRestaurant, parisTime } from '../support/restaurants'

/** Through the very handlers Next mounts (src/app/(payload)/api/[...slug]/route.ts), wrappers included. */
async function call(handler: typeof GET, method: string, pathAndQuery: string, init: { headers?: Record<string, string>; body?: string } = {}) {
  const url = new URL(`/api${pathAndQuery}`, 'http://localhost:3000')
  const request = new Request(url, { method, headers: new Headers(init.headers), body: init.body })
  const response = await handler(request, { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) })
  return { status: response.status, json: JSON.parse(await response.text()) }
}

const DISHES = 130
let payload: Payload
let restaurantId: number
let ofThisRestaurant: string

/**
 * A restaurant with 130 dishes on its public menu: more than one page can hold. Whoever asks over
 * REST for all of them, however they ask, gets 100 and the means to page through the rest.
 */
beforeAll(async () => {
  payload = await testPayload()
  const { restaurant } = await createTestRestaurant(payload, 'big-menu', [{ label: 'T1', min: 1, max: 4 }])
  restaurantId = restaurant.id
  const category = await payload.create({ collection: 'menu-categories', data: { restaurant: restaurant.id, name: 'Tout' } as never })
  for (let i = 1; i <= DISHES; i++) {
    await payload.create({ collection: 'menu-items', data: { restaurant: restaurant.id, name: `Plat ${i}`, priceMinor: 900 + i, category: category.id, order: i } as never })
  }
  ofThisRestaurant = `where[restaurant][equals]=${restaurant.id}&depth=0`
}, 180_000)

describe('REST lists are capped at 100 documents a page', () => {
  it('?limit=1000000 on a public collection answers 200 with 100 dishes, and says there are more', async () => {
    const { status, json } = await call(GET, 'GET', `/menu-items?${ofThisRestaurant}&limit=1000000`)
    expect(status).toBe(200)
    expect(json.docs).toHaveLength(MAX_PAGE_SIZE)
    expect(json).toMatchObject({ totalDocs: DISHES, limit: MAX_PAGE_SIZE, hasNextPage: true, totalPages: 2 })
  })

  it('?limit=0 and ?pagination=false, which mean "everything" to Payload, give a page of 100 too', async () => {
    for (const query of ['limit=0', 'pagination=false', 'pagination=false&limit=0', 'limit=-1', 'limit=5&limit=1000000']) {
      const { status, json } = await call(GET, 'GET', `/menu-items?${ofThisRestaurant}&${query}`)
      expect(status, query).toBe(200)
      expect(json.docs.length, query).toBeLessThanOrEqual(MAX_PAGE_SIZE)
      expect(json.docs.length, query).toBeGreaterThan(0)
    }
  })

  it('the same through Payload\'s GET-by-POST (a form body), which the admin\'s relationship fields use', async () => {
    const { status, json } = await call(POST, 'POST', '/menu-items', {
      headers: { 'X-Payload-HTTP-Method-Override': 'GET', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `${ofThisRestaurant}&limit=0`,
    })
    expect(status).toBe(200)
    expect(json.docs).toHaveLength(MAX_PAGE_SIZE)
  })

  it('a client pages through everything: 100, then the last 30, nothing lost', async () => {
    const first = await call(GET, 'GET', `/menu-items?${ofThisRestaurant}&limit=500&sort=order`)
    const second = await call(GET, 'GET', `/menu-items?${ofThisRestaurant}&limit=500&sort=order&page=2`)
    expect(second.json.docs).toHaveLength(DISHES - MAX_PAGE_SIZE)
    const names = [...first.json.docs, ...second.json.docs].map((dish: { name: string }) => dish.name)
    expect(new Set(names).size).toBe(DISHES)
  })

  it('an ordinary page size is left as asked', async () => {
    const { json } = await call(GET, 'GET', `/menu-items?${ofThisRestaurant}&limit=20&page=3`)
    expect(json).toMatchObject({ limit: 20, page: 3 })
    expect(json.docs).toHaveLength(20)
  })
})

describe('GraphQL lists are capped the same way', () => {
  const graphql = async (query: string, variables?: Record<string, unknown>) => {
    const response = await GRAPHQL(
      new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }) }),
    )
    return { status: response.status, json: await response.json() }
  }
  const where = () => `where: { restaurant: { equals: ${restaurantId} } }`

  it('refuses limit: 1000000, limit: 0 and pagination: false, literal or in a variable, saying to page', async () => {
    for (const [query, variables] of [
      [`{ MenuItems(${where()}, limit: 1000000) { docs { id } } }`, undefined],
      [`{ MenuItems(${where()}, limit: 0) { docs { id } } }`, undefined],
      [`{ MenuItems(${where()}, pagination: false) { docs { id } } }`, undefined],
      [`query ($n: Int) { MenuItems(${where()}, limit: $n) { docs { id } } }`, { n: 1000000 }],
    ] as const) {
      const { json } = await graphql(query, variables)
      expect(json.data?.MenuItems, query).toBeFalsy()
      expect(JSON.stringify(json), query).toMatch(/limit must be from 1 to 100|pagination cannot be turned off/)
    }
  })

  it('answers a page of 100 or less as before', async () => {
    const { json } = await graphql(`{ MenuItems(${where()}, limit: 100) { docs { id } totalDocs } }`)
    expect(json.errors).toBeUndefined()
    expect(json.data.MenuItems.docs).toHaveLength(100)
    expect(json.data.MenuItems.totalDocs).toBe(DISHES)
  })
})

describe('reads that need more than a page are not capped', () => {
  it('the Local API (the site\'s menu, the server\'s own reads) still gets all 130 dishes', async () => {
    const { docs } = await payload.find({ collection: 'menu-items', where: { restaurant: { equals: restaurantId } }, limit: 500, depth: 0 })
    expect(docs).toHaveLength(DISHES)
    const unpaginated = await payload.find({ collection: 'menu-items', where: { restaurant: { equals: restaurantId } }, pagination: false, depth: 0 })
    expect(unpaginated.docs).toHaveLength(DISHES)
  })

  it('our own endpoints behind the same route still answer (availability reads every table with limit: 0)', async () => {
    const { date } = parisTime(3, '19:00')
    const { status, json } = await call(GET, 'GET', `/restaurants/big-menu/availability?date=${date}&party=2&limit=0`)
    expect(status).toBe(200)
    expect(json.slots.length).toBeGreaterThan(0)
  })
})
