import { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'

/**
 * The budgets of the product plan, per client: anonymous API calls 100 per 15 min, sign-in failures
 * 5 per 15 min, password resets 3 per hour; bookings per address and per guest email, so one bot
 * cannot hoard the tables; failed management-link lookups, so links cannot be guessed. Each can be
 * changed by environment (RATE_LIMIT_<NAME>=points/seconds) or all switched off (RATE_LIMITS=off,
 * for load tests on loopback only).
 */
const PLAN = {
  api: { points: 100, duration: 15 * 60 },
  signedInApi: { points: 3000, duration: 15 * 60 },
  loginFailure: { points: 5, duration: 15 * 60 },
  passwordReset: { points: 3, duration: 60 * 60 },
  bookingPerIp: { points: 20, duration: 60 * 60 },
  bookingPerEmail: { points: 5, duration: 60 * 60 },
  tokenMiss: { points: 10, duration: 15 * 60 },
} as const

export type LimitName = keyof typeof PLAN

function budget(name: LimitName) {
  const override = process.env[`RATE_LIMIT_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`]
  const match = override?.match(/^(\d+)\/(\d+)$/)
  return match ? { points: Number(match[1]), duration: Number(match[2]) } : PLAN[name]
}

let redis: Redis | null | undefined
const limiters = new Map<LimitName, RateLimiterAbstract>()

/**
 * One limiter per budget: in memory (one node), or in Redis/Valkey when REDIS_URL is set so that
 * every node behind the load balancer counts together — with a memory fallback if Redis is down.
 */
export function limiter(name: LimitName): RateLimiterAbstract {
  let found = limiters.get(name)
  if (found) return found
  const { points, duration } = budget(name)
  const keyPrefix = `techplus:${name}`
  if (redis === undefined) redis = process.env.REDIS_URL ? new Redis(process.env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : null
  found = redis
    ? new RateLimiterRedis({ storeClient: redis, points, duration, keyPrefix, insuranceLimiter: new RateLimiterMemory({ points, duration, keyPrefix }) })
    : new RateLimiterMemory({ points, duration, keyPrefix })
  limiters.set(name, found)
  return found
}

export const rateLimitsEnabled = () => process.env.RATE_LIMITS !== 'off'
