import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../support/http'
import { testPayload } from '../support/payload'

/**
 * Property-based fuzzing of every custom endpoint and the manage-by-token routes: wrong types,
 * huge strings, unicode, injection strings, impossible dates, negative numbers, missing fields,
 * bodies that are not JSON. Each answer must be a 4xx with a JSON error naming the problem —
 * never a 5xx, never a stack trace — and nothing may be written.
 */
// 14 properties × 440 runs: 6,160 malformed requests per CI run.
const RUNS = Number(process.env.FUZZ_RUNS ?? 440)
const PROPERTIES = 14
let payload: Payload
let owner: string
let sent = 0
let before: Record<string, number>
const WATCHED = ['reservations', 'waitlist', 'guests', 'contact-messages', 'message-log', 'audit-log', 'payment-events'] as const

const nasty = fc.constantFrom(
  "' OR 1=1 --",
  '"; DROP TABLE reservations; --',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '../../etc/passwd',
  '\u0000\u0001\u202e',
  '🍷'.repeat(500),
  'Zoë Ångström 日本語 مرحبا',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '24:61',
  'NaN',
  '-1',
  '1e309',
  '__proto__',
)
const huge = fc.string({ minLength: 5_000, maxLength: 20_000 })
/** Anything a careless or hostile client might send for one value. */
const junk = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), nasty, huge, fc.integer(), fc.double(), fc.constant(null), fc.array(fc.anything(), { maxLength: 4 }), fc.object({ maxDepth: 2 }))
/** Never a valid party size, whatever z.coerce does with it. */
const badParty = fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 101 }), fc.double({ noInteger: true, min: 0.01, max: 99 }), fc.constantFrom('', 'abc', 'two', null, [], {}, '1e309', -3))
const badDate = fc.oneof(nasty, fc.string({ maxLength: 12 }), fc.constantFrom('2026-02-30', '2026-00-10', '26-12-01', '2026/12/01', '', '9999-99-99'))
/** A query value from any junk: fc.object may give a value whose own `toString` is not a function. */
const asText = (value: unknown): string => {
  try {
    return String(value)
  } catch {
    return JSON.stringify(value) ?? ''
  }
}
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
// A path segment that names nothing that exists (no small positive id, which a seeded row may have).
// "." and ".." are not segments a client can send: URLs resolve them away, leaving another route.
const segment = fc
  .oneof(fc.string({ minLength: 1, maxLength: 60 }), nasty, fc.integer({ max: 0 }).map(String))
  .filter((s) => !/^\s*\d{1,6}\s*$/.test(s))
  .map((s) => encodeURIComponent(s) || 'x')
  .filter((s) => s !== '.' && s !== '..')

type Case = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: string; body?: unknown; staff?: boolean }

async function send({ method, path, body, staff }: Case) {
  sent++
  const res = await api(method, path, { body, token: staff ? owner : undefined })
  expect(res.status, `${method} ${path} → ${res.status}: ${res.text.slice(0, 300)}`).toBeGreaterThanOrEqual(400)
  expect(res.status, `${method} ${path} → ${res.status}: ${res.text.slice(0, 300)}`).toBeLessThan(500)
  expect(Array.isArray(res.json?.errors), `${method} ${path}: ${res.text.slice(0, 200)}`).toBe(true)
  expect(typeof res.json.errors[0]?.message).toBe('string')
  expect(res.text).not.toMatch(/\n\s+at |node_modules|stack/)
}

const property = (cases: fc.Arbitrary<Case>) => fc.assert(fc.asyncProperty(cases, send), { numRuns: RUNS })

beforeAll(async () => {
  payload = await testPayload()
  owner = await login('owner@techplus.test', 'techplus-owner')
  before = Object.fromEntries(await Promise.all(WATCHED.map(async (c) => [c, (await payload.count({ collection: c })).totalDocs])))
})

afterAll(async () => {
  // The whole run wrote nothing, anywhere.
  for (const c of WATCHED) expect([c, (await payload.count({ collection: c })).totalDocs]).toEqual([c, before[c]])
  expect(sent).toBe(RUNS * PROPERTIES)
})

describe('malformed input never breaks the public endpoints', () => {
  it('availability', () =>
    property(
      fc.record({ slug: fc.oneof(fc.constant('le-petit-zinc'), segment), party: badParty, date: maybe(badDate), from: maybe(badDate), to: maybe(badDate) }).map(({ slug, ...q }) => ({
        method: 'GET',
        path: `/restaurants/${slug}/availability?${new URLSearchParams(Object.entries(q).filter(([, v]) => v !== undefined).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString()}`,
      })),
    ))

  it('booking', () =>
    property(
      fc
        .record({
          restaurant: fc.oneof(fc.constant('le-petit-zinc'), junk),
          startsAt: fc.oneof(junk, fc.constant(new Date(Date.now() + 7 * 86_400_000).toISOString())),
          partySize: badParty,
          guest: fc.oneof(junk, fc.record({ name: junk, email: junk, phone: maybe(junk) })),
          locale: maybe(junk),
          specialRequests: maybe(junk),
          occasion: maybe(junk),
          smsConsent: maybe(junk),
        }, { requiredKeys: ['partySize'] })
        .map((body) => ({ method: 'POST', path: '/reservations/book', body })),
    ))

  it('booking with a body that is not JSON', () => property(fc.oneof(fc.string(), nasty, huge).map((body) => ({ method: 'POST', path: '/reservations/book', body: body.startsWith('{') ? `${body}}` : `x${body}` }))))

  it('waitlist', () =>
    property(
      fc
        .record({ restaurant: fc.oneof(fc.constant('le-petit-zinc'), junk), date: badDate, windowStart: junk, windowEnd: junk, partySize: badParty, guest: junk, locale: maybe(junk) }, { requiredKeys: ['partySize'] })
        .map((body) => ({ method: 'POST', path: '/waitlist/join', body })),
    ))

  it('contact form', () =>
    property(fc.record({ name: junk, email: fc.oneof(nasty, fc.string({ maxLength: 30 }).filter((s) => !s.includes('@'))), message: junk }, { requiredKeys: ['email'] }).map((body) => ({ method: 'POST', path: '/contact-messages', body }))))

  it('manage-by-token: view, calendar, pay, change, cancel', () =>
    property(
      fc.tuple(segment, fc.constantFrom('GET', 'GET calendar', 'POST pay', 'PATCH', 'DELETE'), junk).map(([token, action, body]) => {
        const [method, sub] = action.split(' ') as ['GET' | 'POST' | 'PATCH' | 'DELETE', string | undefined]
        return { method, path: `/reservations/manage/${token}${sub ? `/${sub}` : ''}`, body: method === 'PATCH' || method === 'POST' ? body : undefined }
      }),
    ))
})

describe('malformed input never breaks the staff endpoints', () => {
  const idLike = fc.oneof(segment, fc.integer({ min: 900_000 }).map(String), fc.integer({ max: 0 }).map(String))

  it('service status', () =>
    property(fc.tuple(idLike, fc.record({ status: fc.oneof(junk, fc.constantFrom('confirmed', 'pending_payment', 'SEATED', '')) })).map(([id, body]) => ({ method: 'POST', path: `/reservations/${id}/status`, body, staff: true }))))

  it('walk-in', () =>
    property(fc.record({ table: junk, partySize: badParty, guestName: maybe(junk) }, { requiredKeys: ['partySize'] }).map((body) => ({ method: 'POST', path: '/restaurants/le-petit-zinc/walk-in', body, staff: true }))))

  it('new-booking drawer: staff bookings', () =>
    property(
      fc
        .record({ date: junk, time: junk, partySize: badParty, guest: fc.oneof(junk, fc.record({ id: junk }), fc.record({ name: junk, email: junk, phone: junk })), tables: junk, source: junk, override: junk }, { requiredKeys: ['partySize'] })
        .map((body) => ({ method: 'POST', path: '/restaurants/le-petit-zinc/staff-bookings', body, staff: true })),
    ))

  it('new-booking drawer: times and guest search', () =>
    property(
      fc.tuple(junk, junk, junk).map(([date, party, q]) => {
        const query = (v: unknown) => encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))
        return { method: 'GET', path: `/restaurants/le-petit-zinc/${asText(q).length % 2 ? `guests?q=${query(q).slice(0, 1)}` : `staff-availability?date=${query(date)}&party=${query(party)}`}`, staff: true }
      }),
    ))

  it('bulk status', () =>
    property(
      fc.record({ ids: fc.oneof(junk, fc.array(junk, { maxLength: 5 }), fc.array(fc.integer({ min: 900_000 }), { minLength: 201, maxLength: 220 })), status: fc.oneof(junk, fc.constantFrom('seated', 'completed', '')) }).map((body) => ({ method: 'POST', path: '/reservations/bulk-status', body, staff: true })),
    ))

  it('refund', () =>
    property(fc.tuple(idLike, fc.record({ amountMinor: fc.oneof(fc.integer({ max: 0 }), fc.double({ min: 0.01, max: 1e6, noInteger: true }), fc.double({ max: -0.01 }), nasty, fc.constant(null)), reason: maybe(junk) })).map(([id, body]) => ({ method: 'POST', path: `/reservations/${id}/refund`, body, staff: true }))))

  it('guest merge and duplicates', () =>
    property(
      fc.tuple(idLike, fc.record({ duplicate: junk }), fc.boolean()).map(([id, body, merge]) => (merge ? { method: 'POST', path: `/guests/${id}/merge`, body, staff: true } : { method: 'GET', path: `/guests/${id}/duplicates`, staff: true })),
    ))

  it('calendar, analytics, reports and export periods', () =>
    property(
      fc.tuple(fc.constantFrom('calendar', 'analytics', 'reports', 'service', 'export'), badDate, fc.oneof(badDate, fc.constant('2026-12-01')), maybe(junk)).map(([what, from, to, extra]) => {
        const q = new URLSearchParams({ from, to, ...(what === 'reports' && extra !== undefined ? { format: asText(extra), granularity: asText(extra) } : {}) })
        if (what === 'export') return { method: 'GET', path: `/reservations/export?restaurant=le-petit-zinc&${q}`, staff: true }
        if (what === 'service') return { method: 'GET', path: `/restaurants/le-petit-zinc/service?date=${encodeURIComponent(from)}`, staff: true }
        return { method: 'GET', path: `/restaurants/le-petit-zinc/${what}?${q}`, staff: true }
      }),
    ))
})
