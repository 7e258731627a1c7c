import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { clientIp } from './clientIp'
import { limiter as processLimiter, rateLimitsEnabled, type LimitName } from './rateLimits'

type Charge = { name: LimitName; key: string }
type Limiters = (name: LimitName) => RateLimiterAbstract

const LOGIN = /^\/api\/[a-z-]+\/login$/
const RESET = /^\/api\/[a-z-]+\/forgot-password$/
const BOOKING = /^\/api\/(reservations\/book|waitlist\/join)$/
const MANAGE = /^\/api\/reservations\/manage\//
// Uploaded images are fetched by the image optimiser from this very server, and probes poll
// health and readiness: neither is a client's budget.
const EXEMPT = /^\/api\/(media\/file\/|health$|ready$|metrics$)/

const hasCredentials = (request: Request) => Boolean(request.headers.get('authorization') || /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? ''))

async function bodyEmail(request: Request, pick: (body: Record<string, unknown>) => unknown): Promise<string | null> {
  try {
    const value = pick((await request.clone().json()) as Record<string, unknown>)
    return typeof value === 'string' && value.includes('@') ? value.trim().toLowerCase().slice(0, 254) : null
  } catch {
    return null
  }
}

function tooMany(refusal: RateLimiterRes): Response {
  const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
  return Response.json(
    { errors: [{ message: `Too many requests. Try again in ${seconds} seconds.`, code: 'rate_limited' }] },
    { status: 429, headers: { 'Retry-After': String(seconds), 'Cache-Control': 'no-store' } },
  )
}

/** Spends one point of each budget; the first one exhausted refuses the request. */
async function spend(limiter: Limiters, charges: Charge[]): Promise<Response | null> {
  for (const { name, key } of charges) {
    try {
      await limiter(name).consume(key)
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return tooMany(refusal)
      throw refusal
    }
  }
  return null
}

/** Refuses at once when a budget that only failures spend is already exhausted. */
async function exhausted(limiter: Limiters, charges: Charge[]): Promise<Response | null> {
  for (const { name, key } of charges) {
    const state = await limiter(name).get(key)
    if (state && state.consumedPoints >= limiter(name).points) return tooMany(state)
  }
  return null
}

/**
 * Payload's REST handlers behind the plan's rate limits. Every API call spends from its client's
 * budget (signed-in staff from a larger one); sign-ins and management links spend only when they
 * fail, so a host signing in all day is never locked out, but a password or link guesser is;
 * bookings spend per address and per guest email. `limiter` is this process's, unless a test runs
 * several app nodes in one process.
 */
export function withRateLimits<Rest extends unknown[]>(handler: (request: Request, ...rest: Rest) => Promise<Response>, limiter: Limiters = processLimiter) {
  return async (request: Request, ...rest: Rest): Promise<Response> => {
    if (!rateLimitsEnabled()) return handler(request, ...rest)
    const path = new URL(request.url).pathname
    if (request.method === 'GET' && EXEMPT.test(path)) return handler(request, ...rest)
    const ip = clientIp(request.headers)
    const general: Charge[] = [hasCredentials(request) ? { name: 'signedInApi', key: ip } : { name: 'api', key: ip }]
    const onFailure: Charge[] = []
    if (request.method === 'POST' && LOGIN.test(path)) {
      const email = await bodyEmail(request, (b) => b.email)
      onFailure.push({ name: 'loginFailure', key: ip }, ...(email ? [{ name: 'loginFailure' as const, key: email }] : []))
    }
    if (request.method === 'POST' && RESET.test(path)) {
      const email = await bodyEmail(request, (b) => b.email)
      general.push({ name: 'passwordReset', key: ip }, ...(email ? [{ name: 'passwordReset' as const, key: email }] : []))
    }
    if (request.method === 'POST' && BOOKING.test(path)) {
      const email = await bodyEmail(request, (b) => (b.guest as Record<string, unknown> | undefined)?.email)
      general.push({ name: 'bookingPerIp', key: ip }, ...(email ? [{ name: 'bookingPerEmail' as const, key: email }] : []))
    }
    if (MANAGE.test(path)) onFailure.push({ name: 'tokenMiss', key: ip })

    const refused = (await exhausted(limiter, onFailure)) ?? (await spend(limiter, general))
    if (refused) return refused
    const response = await handler(request, ...rest)
    const failed = response.status === 401 || response.status === 403 || (MANAGE.test(path) && response.status === 404)
    if (failed) await spend(limiter, onFailure)
    else if (onFailure.length && response.ok && LOGIN.test(path)) await Promise.all(onFailure.map(({ name, key }) => limiter(name).delete(key)))
    return response
  }
}
