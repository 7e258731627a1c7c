import { describe, expect, it } from 'vitest'

import { budget, rateLimitStore } from '../../src/security/rateLimits'
import type { ApiCaller } from '../../src/security/staffSession'
import { withRateLimits } from '../../src/security/withRateLimits'

/** A route behind the limits, with a caller decided by the test (the app asks Payload's auth strategies). */
function route(env: Record<string, string>, callerOf: (request: Request) => ApiCaller) {
  const store = rateLimitStore(env)
  return withRateLimits(async () => Response.json({ ok: true }, { status: 201 }), { caller: async (request) => callerOf(request), limiter: store.limiter })
}

const request = (path: string, who: string, ip = '203.0.113.9', body?: unknown) =>
  new Request(`http://localhost:3000/api${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'x-forwarded-for': ip, 'x-who': who, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  })

const fromHeader = (r: Request): ApiCaller => {
  const who = r.headers.get('x-who')!
  return who === 'anonymous' ? 'anonymous' : { integration: who }
}

describe("a partner key's own rate budget", () => {
  it('is 1,000 calls per 15 minutes unless RATE_LIMIT_INTEGRATION says otherwise', () => {
    expect(budget('integration', {})).toEqual({ points: 1000, duration: 900 })
    expect(budget('integration', { RATE_LIMIT_INTEGRATION: '5/60' })).toEqual({ points: 5, duration: 60 })
    // Not a points/seconds pair: the plan's number stands.
    expect(budget('integration', { RATE_LIMIT_INTEGRATION: 'lots' })).toEqual({ points: 1000, duration: 900 })
  })

  it('refuses a key past its budget with 429 and Retry-After, per key and not per address', async () => {
    const call = route({ RATE_LIMIT_INTEGRATION: '3/60' }, fromHeader)
    for (const ip of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) expect((await call(request('/restaurants/x/availability', 'key-7', ip))).status).toBe(201)
    const refused = await call(request('/restaurants/x/availability', 'key-7', '203.0.113.4'))
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(50)
    expect((await refused.json()).errors[0].code).toBe('rate_limited')
    // Another key, and a diner at the same address, are not affected.
    expect((await call(request('/restaurants/x/availability', 'key-8', '203.0.113.4'))).status).toBe(201)
    expect((await call(request('/restaurants/x/availability', 'anonymous', '203.0.113.4'))).status).toBe(201)
  })

  it('is separate from the diners’ budget of the address it calls from', async () => {
    const call = route({ RATE_LIMIT_API: '2/60', RATE_LIMIT_INTEGRATION: '50/60' }, fromHeader)
    const ip = '198.51.100.77'
    for (let i = 0; i < 2; i++) expect((await call(request('/menu-items', 'anonymous', ip))).status).toBe(201)
    expect((await call(request('/menu-items', 'anonymous', ip))).status).toBe(429)
    for (let i = 0; i < 10; i++) expect((await call(request('/menu-items', 'key-9', ip))).status).toBe(201)
  })

  it("books for many diners from one server without the address's booking budget", async () => {
    const call = route({ RATE_LIMIT_BOOKING_PER_IP: '2/3600', RATE_LIMIT_INTEGRATION: '50/60' }, fromHeader)
    const ip = '198.51.100.78'
    const book = (who: string, n: number) => call(request('/reservations/book', who, ip, { guest: { email: `diner-${who}-${n}@example.com` } }))
    for (let n = 0; n < 6; n++) expect((await book('key-10', n)).status).toBe(201)
    expect((await book('anonymous', 1)).status).toBe(201)
    expect((await book('anonymous', 2)).status).toBe(201)
    expect((await book('anonymous', 3)).status).toBe(429)
  })
})
