import type { DepositPolicy } from '../../../domain/policies/deposit'
import type { Restaurant } from '../../../payload-types'
import { MIN_CHECKOUT_MINUTES } from './checkout'
import { paymentsEnabled } from './config'

/**
 * The deposit policy that applies now: the restaurant's, or none while Stripe is not configured
 * (bookings are then confirmed without a deposit, and the admin says so).
 */
export function effectiveDepositPolicy(restaurant: Pick<Restaurant, 'deposit'>): DepositPolicy {
  if (!paymentsEnabled() || !restaurant.deposit) return { mode: 'none' }
  return restaurant.deposit as DepositPolicy
}

/** How long an unpaid booking holds its tables: the restaurant's setting, at least what Stripe's checkout needs. */
export function holdMinutesFor(restaurant: Pick<Restaurant, 'bookingRules'>): number {
  return Math.max(restaurant.bookingRules?.holdMinutes ?? 15, MIN_CHECKOUT_MINUTES)
}
