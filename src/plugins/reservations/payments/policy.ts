import type { Payload } from 'payload'

import type { DepositPolicy } from '../../../domain/policies/deposit'
import type { Restaurant } from '../../../payload-types'
import { paymentsEnabled } from './config'

/** Stripe refuses Checkout Sessions that expire sooner than this. */
export const MIN_CHECKOUT_MINUTES = 30

/**
 * The deposit policy that applies now: the restaurant's, or none while Stripe is not configured
 * (bookings are then confirmed without a deposit, and the admin says so).
 */
export function effectiveDepositPolicy(restaurant: Pick<Restaurant, 'deposit'>, payload: Pick<Payload, 'config'>): DepositPolicy {
  if (!paymentsEnabled(payload) || !restaurant.deposit) return { mode: 'none' }
  return restaurant.deposit as DepositPolicy
}

/** How long an unpaid booking holds its tables: the restaurant's setting, at least what Stripe's checkout needs. */
export function holdMinutesFor(restaurant: Pick<Restaurant, 'bookingRules'>): number {
  return Math.max(restaurant.bookingRules?.holdMinutes ?? 15, MIN_CHECKOUT_MINUTES)
}
