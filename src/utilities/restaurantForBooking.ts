import type { RestaurantForBooking } from '@/components/booking/types'
import type { Payload } from 'payload'

import type { Restaurant } from '@/payload-types'
import { effectiveDepositPolicy } from '@/plugins/reservations'

/** The plain, serialisable facts the booking components need about a restaurant. */
export function restaurantForBooking(restaurant: Restaurant, payload: Payload): RestaurantForBooking {
  const a = restaurant.address
  const deposit = effectiveDepositPolicy(restaurant, payload)
  return {
    slug: restaurant.slug,
    name: restaurant.name,
    timeZone: restaurant.timeZone,
    phone: restaurant.phone ?? null,
    currency: restaurant.currency ?? 'EUR',
    maxPartyOnline: restaurant.bookingRules?.maxPartyOnline ?? 8,
    maxAdvanceDays: restaurant.bookingRules?.maxAdvanceDays ?? 60,
    deposit: {
      mode: deposit.mode,
      amountMinor: deposit.amountMinor ?? null,
      fromPartySize: deposit.fromPartySize ?? null,
      services: deposit.services ?? null,
    },
    policyText: restaurant.cancellation?.policyText ?? null,
    address: a?.street ? `${a.street}, ${a.postalCode ?? ''} ${a.city ?? ''}`.trim() : null,
  }
}
