import { clientIp } from './clientIp'
import { limiter, rateLimitsEnabled } from './rateLimits'

/**
 * The manage page's guard against link guessing, sharing the API's budget of misses per address:
 * once it is spent, even a right link shows "not found" until the window passes.
 */
export async function tokenGuessesExhausted(headers: Headers): Promise<boolean> {
  if (!rateLimitsEnabled()) return false
  const state = await limiter('tokenMiss').get(clientIp(headers))
  return Boolean(state && state.consumedPoints >= limiter('tokenMiss').points)
}

export async function recordTokenMiss(headers: Headers): Promise<void> {
  if (rateLimitsEnabled()) await limiter('tokenMiss').penalty(clientIp(headers))
}
