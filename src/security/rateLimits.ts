import { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'

/**
 * The budgets of the product plan, per client: anonymous API calls 100 per 15 min, sign-in failures
 * 5 per 15 min, password resets 3 per hour; bookings per address and per guest email, so one bot
 * cannot hoard the tables; failed management-link lookups, so links cannot be guessed; each partner's
 * API key its own budget (RATE_LIMIT_INTEGRATION); the booking wizard's step counts their own
 * (RATE_LIMIT_FUNNEL_EVENTS). Each can be
 * changed by environment (RATE_LIMIT_<NAME>=points/seconds) or all switched off (RATE_LIMITS=off,
 * for load tests on loopback only).
 */
const PLAN = {
  api: { points: 100, duration: 15 * 60 },
  signedInApi: { points: 3000, duration: 15 * 60 },
  // A partner's API key, counted per key wherever its requests come from (one server books for many
  // diners): its own budget, apart from the per-address budgets of diners and staff.
  integration: { points: 1000, duration: 15 * 60 },
  loginFailure: { points: 5, duration: 15 * 60 },
  passwordReset: { points: 3, duration: 60 * 60 },
  bookingPerIp: { points: 20, duration: 60 * 60 },
  bookingPerEmail: { points: 5, duration: 60 * 60 },
  tokenMiss: { points: 10, duration: 15 * 60 },
  bookingLinkPerIp: { points: 10, duration: 15 * 60 },
  bookingLinkPerReference: { points: 5, duration: 60 * 60 },
  // The booking wizard's step counts (a handful per visit): their own budget, so counting a diner's
  // steps never spends what their booking needs, and a flood of fake steps stops here.
  funnelEvents: { points: 120, duration: 15 * 60 },
} as const

export type LimitName = keyof typeof PLAN

type Env = Record<string, string | undefined>

export function budget(name: LimitName, env: Env) {
  const override = env[`RATE_LIMIT_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`]
  const match = override?.match(/^(\d+)\/(\d+)$/)
  return match ? { points: Number(match[1]), duration: Number(match[2]) } : PLAN[name]
}

/** Where one app node counts: its limiter for each budget, and the connection behind them. */
export interface RateLimitStore {
  limiter: (name: LimitName) => RateLimiterAbstract
  /**
   * Resolves once the Redis/Valkey connection is ready (at once without one). Until then a node counts
   * in its memory limiter, as when Redis is down: the app does not wait; tests that compare nodes do.
   */
  ready: () => Promise<void>
  /** Lets go of the Redis/Valkey connection (tests; the app keeps it for its lifetime). */
  close: () => void
}

/**
 * One limiter per budget, made on first use: in Redis/Valkey when REDIS_URL is set, so that every
 * node behind the load balancer counts together — with an insurance limiter in memory that counts
 * alone while Redis is unreachable — or in this process's memory otherwise.
 */
export function rateLimitStore(env: Env = process.env): RateLimitStore {
  // No offline queue and one retry: while Redis is down a request falls back to memory at once
  // instead of waiting for a reconnection.
  const redis = env.REDIS_URL ? new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : null
  const limiters = new Map<LimitName, RateLimiterAbstract>()
  return {
    limiter(name) {
      let found = limiters.get(name)
      if (found) return found
      const { points, duration } = budget(name, env)
      const keyPrefix = `techplus:${name}`
      found = redis
        ? new RateLimiterRedis({ storeClient: redis, points, duration, keyPrefix, insuranceLimiter: new RateLimiterMemory({ points, duration, keyPrefix }) })
        : new RateLimiterMemory({ points, duration, keyPrefix })
      limiters.set(name, found)
      return found
    },
    ready: () => (!redis || redis.status === 'ready' ? Promise.resolve() : new Promise<void>((resolve) => redis.once('ready', () => resolve()))),
    close: () => redis?.disconnect(),
  }
}

let store: RateLimitStore | undefined

/** This process's limiter for a budget (the store is made at the first request, from the environment). */
export function limiter(name: LimitName): RateLimiterAbstract {
  store ??= rateLimitStore()
  return store.limiter(name)
}

export const rateLimitsEnabled = () => process.env.RATE_LIMITS !== 'off'
