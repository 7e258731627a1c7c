import { RateLimiterRes } from 'rate-limiter-flexible'

import { clientIp } from '../infrastructure/http/clientIp'
import { limiter, rateLimitsEnabled } from './rateLimits'

/**
 * The manage page's guard against link guessing, sharing the API's budget of misses per address.
 * A lookup reserves its point before it runs (atomically, so concurrent guesses cannot all slip
 * through) and gives it back when the link opened a booking. Once the budget is spent, even a right
 * link shows "not found" until the window passes. Returns false when the lookup may not run.
 */
export async function reserveTokenGuess(headers: Headers): Promise<boolean> {
  if (!rateLimitsEnabled()) return true
  try {
    await limiter('tokenMiss').consume(clientIp(headers))
    return true
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return false
    throw refusal
  }
}

/** The lookup found its booking: it was no guess. */
export async function returnTokenGuess(headers: Headers): Promise<void> {
  if (rateLimitsEnabled()) await limiter('tokenMiss').reward(clientIp(headers))
}
