import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { answerLanguage, errorMessage } from '../domain/errors'
import { normaliseReference } from '../domain/referenceFormat'
import { clientIp } from '../infrastructure/http/clientIp'
import { limiter as processLimiter, rateLimitsEnabled, type LimitName } from './rateLimits'
import type { ApiCaller } from './staffSession'

type Charge = { name: LimitName; key: string }
type Limiters = (name: LimitName) => RateLimiterAbstract

const LOGIN = /^\/api\/[a-z-]+\/login$/
const RESET = /^\/api\/[a-z-]+\/forgot-password$/
const BOOKING = /^\/api\/(reservations\/book|waitlist\/join)$/
// The secret links: a booking's, and a visit's feedback page's (a miss counts as a guess).
const MANAGE = /^\/api\/(reservations\/manage|feedback\/by-token)\//
// Requests that email a booking's link or a confirmation link to an address the caller gives.
const FIND_BOOKING = /^\/api\/reservations\/find$/
const EMAIL_CHANGE = /^\/api\/reservations\/manage\/[^/]+\/email$/
// The booking wizard's step counts (src/domain/funnel): a budget of their own instead of the API's.
const FUNNEL_EVENTS = /^\/api\/restaurants\/[^/]+\/funnel-events$/
// Uploaded images are fetched by the image optimiser from this very server, and probes poll
// health and readiness: neither is a client's budget.
const EXEMPT = /^\/api\/(media\/file\/|health$|ready$|metrics$)/

/** The booking reference in the body, as the endpoint reads it ("k7q 4mx" and "K7Q-4MX" count together). */
async function bodyReference(request: Request): Promise<string | null> {
  try {
    const value = ((await request.clone().json()) as Record<string, unknown>).reference
    return typeof value === 'string' && value.length <= 20 ? normaliseReference(value) : null
  } catch {
    return null
  }
}

async function bodyEmail(request: Request, pick: (body: Record<string, unknown>) => unknown): Promise<string | null> {
  try {
    const value = pick((await request.clone().json()) as Record<string, unknown>)
    return typeof value === 'string' && value.includes('@') ? value.trim().toLowerCase().slice(0, 254) : null
  } catch {
    return null
  }
}

function tooMany(refusal: RateLimiterRes, request: Request): Response {
  const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
  const language = answerLanguage(new URL(request.url).searchParams.get('locale'), request.headers.get('accept-language'))
  return Response.json(
    { errors: [{ message: errorMessage('rate_limited', language, { seconds }), code: 'rate_limited' }] },
    { status: 429, headers: { 'Retry-After': String(seconds), 'Cache-Control': 'no-store' } },
  )
}

/**
 * Spends one point of each budget, atomically in the store, so concurrent requests can never share
 * a point. The first budget exhausted refuses the request, and the points this request already
 * took from the others are given back: a refused request was not an attempt.
 */
async function spend(limiter: Limiters, charges: Charge[], request: Request): Promise<Response | null> {
  for (const [index, { name, key }] of charges.entries()) {
    try {
      await limiter(name).consume(key)
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal
      await giveBack(limiter, charges.slice(0, index))
      return tooMany(refusal, request)
    }
  }
  return null
}

async function giveBack(limiter: Limiters, charges: Charge[]): Promise<void> {
  await Promise.all(charges.map(({ name, key }) => limiter(name).reward(key)))
}

export interface RateLimitOptions {
  /** Who makes the request: anonymous, verified staff or a partner's key (src/security/staffSession.ts). */
  caller?: (request: Request) => Promise<ApiCaller>
  /** The same question for callers that only tell staff from anyone else (tests of one node's budgets). */
  signedIn?: (request: Request) => Promise<boolean>
  /** This process's limiters, unless a test runs several app nodes in one process. */
  limiter?: Limiters
}

/**
 * Payload's REST handlers behind the plan's rate limits. Every API call spends from its client's
 * budget (verified staff from a larger one, a partner's key from its own, per key); bookings spend per address and per guest email;
 * "find my booking" per address and per reference, and email-change requests per address (each
 * may send an email to an address the caller chose).
 * Sign-ins and management links are budgets of failures: each attempt reserves its point before it
 * is evaluated and gets it back when it did not fail, so a host signing in all day is never locked
 * out, and a burst of guesses, however concurrent, has at most the budget evaluated.
 */
export function withRateLimits<Rest extends unknown[]>(handler: (request: Request, ...rest: Rest) => Promise<Response>, { caller, signedIn, limiter = processLimiter }: RateLimitOptions) {
  return async (request: Request, ...rest: Rest): Promise<Response> => {
    if (!rateLimitsEnabled()) return handler(request, ...rest)
    const path = new URL(request.url).pathname
    if (request.method === 'GET' && EXEMPT.test(path)) return handler(request, ...rest)
    const ip = clientIp(request.headers)
    const who: ApiCaller = caller ? await caller(request) : (await signedIn?.(request)) ? 'staff' : 'anonymous'
    const key = typeof who === 'object' ? who : null
    const general: Charge[] = [
      request.method === 'POST' && FUNNEL_EVENTS.test(path)
        ? { name: 'funnelEvents', key: ip }
        : key
          ? { name: 'integration', key: key.integration }
          : who === 'staff'
            ? { name: 'signedInApi', key: ip }
            : { name: 'api', key: ip },
    ]
    const onFailure: Charge[] = []
    const login = request.method === 'POST' && LOGIN.test(path)
    if (login) {
      const email = await bodyEmail(request, (b) => b.email)
      onFailure.push({ name: 'loginFailure', key: ip }, ...(email ? [{ name: 'loginFailure' as const, key: email }] : []))
    }
    if (request.method === 'POST' && RESET.test(path)) {
      const email = await bodyEmail(request, (b) => b.email)
      general.push({ name: 'passwordReset', key: ip }, ...(email ? [{ name: 'passwordReset' as const, key: email }] : []))
    }
    if (request.method === 'POST' && BOOKING.test(path)) {
      const email = await bodyEmail(request, (b) => (b.guest as Record<string, unknown> | undefined)?.email)
      // A partner's server books for many diners from one address: its key's budget stands in for the address's.
      general.push(...(key ? [] : [{ name: 'bookingPerIp' as const, key: ip }]), ...(email ? [{ name: 'bookingPerEmail' as const, key: email }] : []))
    }
    if (request.method === 'POST' && FIND_BOOKING.test(path)) {
      const reference = await bodyReference(request)
      general.push({ name: 'bookingLinkPerIp', key: ip }, ...(reference ? [{ name: 'bookingLinkPerReference' as const, key: reference }] : []))
    }
    if (request.method === 'POST' && EMAIL_CHANGE.test(path)) general.push({ name: 'bookingLinkPerIp', key: ip })
    if (MANAGE.test(path)) onFailure.push({ name: 'tokenMiss', key: ip })

    const refused = (await spend(limiter, general, request)) ?? (await spend(limiter, onFailure, request))
    if (refused) return refused
    let response: Response
    try {
      response = await handler(request, ...rest)
    } catch (error) {
      await giveBack(limiter, onFailure)
      throw error
    }
    const failed = response.status === 401 || response.status === 403 || (MANAGE.test(path) && response.status === 404)
    if (failed) return response
    // A successful sign-in clears the failures counted against this address and account.
    if (login && response.ok) await Promise.all(onFailure.map(({ name, key }) => limiter(name).delete(key)))
    else await giveBack(limiter, onFailure)
    return response
  }
}
