import config from '@payload-config'
import { GRAPHQL_POST, REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { FUNNEL_MARKER } from '../../src/domain/funnel'
import { staffSession } from '../../src/security/staffSession'
import { reserveTokenGuess } from '../../src/security/tokenGuesses'
import { withRateLimits } from '../../src/security/withRateLimits'
import { login } from '../support/http'
import { testPayload } from '../support/payload'

// The handlers exactly as src/app/(payload)/api routes export them (the route files also load CSS).
const signedIn = staffSession(config)
const GET = withRateLimits(REST_GET(config), { signedIn })
const POST = withRateLimits(REST_POST(config), { signedIn })
const GRAPHQL = withRateLimits(GRAPHQL_POST(config), { signedIn })

let payload: Payload
let zincId: number
let ipCounter = 0
/** Each test is a different client, so budgets never leak from one test into another. */
const newClient = () => `198.51.100.${++ipCounter}`

async function call(method: 'GET' | 'POST', path: string, ip: string, options: { body?: unknown; token?: string; cookie?: string } = {}) {
  const headers = new Headers({ 'x-forwarded-for': ip })
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  if (options.cookie) headers.set('Cookie', options.cookie)
  if (options.body !== undefined) headers.set('Content-Type', 'application/json')
  const request = new Request(`http://localhost:3000/api${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) })
  const slug = path.split('?')[0]!.replace(/^\//, '').split('/')
  const response = await (method === 'GET' ? GET : POST)(request, { params: Promise.resolve({ slug }) })
  return { status: response.status, retryAfter: response.headers.get('retry-after'), json: await response.json().catch(() => null) }
}

beforeAll(async () => {
  payload = await testPayload()
  const zinc = (await payload.find({ collection: 'restaurants', where: { slug: { equals: 'le-petit-zinc' } }, depth: 0 })).docs[0]!
  zincId = zinc.id
  await payload.create({ collection: 'users', data: { email: 'limits@techplus.test', password: 'right-password', name: 'Limites', roles: ['host'], restaurants: [zinc.id] } })
})

describe('rate limits at the plan numbers', () => {
  it('lets an anonymous client make 100 API calls per 15 minutes, then answers 429 with Retry-After', async () => {
    const ip = newClient()
    for (let i = 0; i < 100; i++) expect((await call('GET', '/menu-categories?limit=1&depth=0', ip)).status).toBe(200)
    const refused = await call('GET', '/menu-categories?limit=1&depth=0', ip)
    expect(refused.status).toBe(429)
    expect(Number(refused.retryAfter)).toBeGreaterThan(800)
    expect(refused.json.errors[0]).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/Try again in \d+ seconds/) })
    // GraphQL shares the budget; another client is not affected; probes are never limited.
    const gql = await GRAPHQL(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'x-forwarded-for': ip, 'Content-Type': 'application/json' }, body: '{"query":"{ Restaurants { totalDocs } }"}' }))
    expect(gql.status).toBe(429)
    expect((await call('GET', '/menu-categories?limit=1&depth=0', newClient())).status).toBe(200)
    expect((await call('GET', '/health', ip)).status).toBe(200)
  })

  it("counts the booking wizard's steps on their own budget, 120 per 15 minutes, never on the API's", async () => {
    const ip = newClient()
    const event = { marker: FUNNEL_MARKER, source: 'site', steps: ['seen'] }
    const answers = await Promise.all(Array.from({ length: 120 }, () => call('POST', '/restaurants/le-petit-zinc/funnel-events', ip, { body: event })))
    expect(answers.map((a) => a.status)).toEqual(Array(120).fill(202))
    const refused = await call('POST', '/restaurants/le-petit-zinc/funnel-events', ip, { body: event })
    expect(refused.status).toBe(429)
    expect(refused.json.errors[0].code).toBe('rate_limited')
    // The same diner's calls to the API still have their whole budget.
    for (let i = 0; i < 100; i++) expect((await call('GET', '/menu-categories?limit=1&depth=0', ip)).status).toBe(200)
  })

  it('gives signed-in staff a working day of calls, beyond the anonymous budget', async () => {
    const ip = newClient()
    const token = await login('host@techplus.test', 'techplus-host')
    for (let i = 0; i < 150; i++) expect((await call('GET', '/reservations?limit=1&depth=0', ip, { token })).status).toBe(200)
  })

  it('gives a credential Payload does not accept only the anonymous budget', async () => {
    const ip = newClient()
    // Well-formed but signed with another secret, then plain garbage, in the header and the cookie.
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MSwiY29sbGVjdGlvbiI6InVzZXJzIiwiZW1haWwiOiJob3N0QHRlY2hwbHVzLnRlc3QifQ.c2lnbmF0dXJl'
    const attempts = [{ token: forged }, { token: 'not-a-token' }, { cookie: 'payload-token=not-a-token' }]
    for (let i = 0; i < 100; i++) expect((await call('GET', '/menu-categories?limit=1&depth=0', ip, attempts[i % 3])).status).toBe(200)
    for (const attempt of attempts) expect((await call('GET', '/menu-categories?limit=1&depth=0', ip, attempt)).status).toBe(429)
    // A real staff token from the same address still gets the staff budget.
    const token = await login('host@techplus.test', 'techplus-host')
    expect((await call('GET', '/reservations?limit=1&depth=0', ip, { token })).status).toBe(200)
  })

  it('evaluates at most 5 of 100 concurrent wrong passwords for one account', async () => {
    const ip = newClient()
    const email = 'limits-burst@techplus.test'
    await payload.create({ collection: 'users', data: { email, password: 'right-password', name: 'Rafale', roles: ['host'], restaurants: [zincId] } })
    const burst = await Promise.all(Array.from({ length: 100 }, (_, i) => call('POST', '/users/login', ip, { body: { email, password: `guess-${i}` } })))
    const statuses = burst.map((r) => r.status)
    expect(statuses.filter((s) => s === 401)).toHaveLength(5)
    expect(statuses.filter((s) => s === 429)).toHaveLength(95)
    // Payload checked the password exactly five times: one audit entry per failure it saw.
    const audited = await payload.count({ collection: 'audit-log', where: { and: [{ action: { equals: 'login_failed' } }, { summary: { contains: email } }] }, overrideAccess: true })
    expect(audited.totalDocs).toBe(5)
  })

  it('lets at most 10 of 100 concurrent management-link guesses reach the lookup, on the API and on the page', async () => {
    const ip = newClient()
    const burst = await Promise.all(Array.from({ length: 100 }, (_, i) => call('GET', `/reservations/manage/${String(i).padStart(43, 'c')}`, ip)))
    expect(burst.filter((r) => r.status === 404)).toHaveLength(10)
    expect(burst.filter((r) => r.status === 429)).toHaveLength(90)
    const page = new Headers({ 'x-forwarded-for': newClient() })
    const lookups = await Promise.all(Array.from({ length: 100 }, () => reserveTokenGuess(page)))
    expect(lookups.filter(Boolean)).toHaveLength(10)
  })

  it('stops a password guesser after 5 failed sign-ins in 15 minutes, even with the right password, from any address', async () => {
    const ip = newClient()
    for (let i = 0; i < 5; i++) expect((await call('POST', '/users/login', ip, { body: { email: 'limits@techplus.test', password: `guess-${i}` } })).status).toBe(401)
    const blocked = await call('POST', '/users/login', ip, { body: { email: 'limits@techplus.test', password: 'right-password' } })
    expect(blocked.status).toBe(429)
    expect(Number(blocked.retryAfter)).toBeGreaterThan(0)
    // The account is protected wherever the guesses come from.
    expect((await call('POST', '/users/login', newClient(), { body: { email: 'limits@techplus.test', password: 'right-password' } })).status).toBe(429)
  })

  it('never locks out a host who signs in successfully all day', async () => {
    const ip = newClient()
    for (let i = 0; i < 8; i++) expect((await call('POST', '/users/login', ip, { body: { email: 'host@techplus.test', password: 'techplus-host' } })).status).toBe(200)
  })

  it('allows 3 password-reset requests an hour', async () => {
    const ip = newClient()
    for (let i = 0; i < 3; i++) expect((await call('POST', '/users/forgot-password', ip, { body: { email: 'nobody@techplus.test' } })).status).toBe(200)
    expect((await call('POST', '/users/forgot-password', ip, { body: { email: 'nobody@techplus.test' } })).status).toBe(429)
  })

  it('limits bookings per guest email, whatever address they come from, so one bot cannot hoard tables', async () => {
    const attempt = (ip: string) =>
      call('POST', '/reservations/book', ip, { body: { restaurant: 'le-petit-zinc', startsAt: 'not-a-date', partySize: 2, guest: { name: 'Robot', email: 'hoarder@example.com' } } })
    for (let i = 0; i < 5; i++) expect((await attempt(newClient())).status).toBe(422)
    const refused = await attempt(newClient())
    expect(refused.status).toBe(429)
  })

  it('stops management-link guessing after 10 misses from one address', async () => {
    const ip = newClient()
    for (let i = 0; i < 10; i++) expect((await call('GET', `/reservations/manage/${'a'.repeat(40)}${i}`, ip)).status).toBe(404)
    expect((await call('GET', `/reservations/manage/${'b'.repeat(43)}`, ip)).status).toBe(429)
    expect((await call('GET', `/reservations/manage/${'b'.repeat(43)}`, newClient())).status).toBe(404)
  })
})
