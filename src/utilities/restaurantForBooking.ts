import type { RestaurantForBooking } from '@/components/booking/types'
import type { Restaurant } from '@/payload-types'

/** The plain, serialisable facts the booking components need about a restaurant. */
export function restaurantForBooking(restaurant: Restaurant): RestaurantForBooking {
  const a = restaurant.address
  return {
    slug: restaurant.slug,
    name: restaurant.name,
    timeZone: restaurant.timeZone,
    phone: restaurant.phone ?? null,
    currency: restaurant.currency ?? 'EUR',
    maxPartyOnline: restaurant.bookingRules?.maxPartyOnline ?? 8,
    maxAdvanceDays: restaurant.bookingRules?.maxAdvanceDays ?? 60,
    deposit: {
      mode: restaurant.deposit?.mode ?? 'none',
      amount: restaurant.deposit?.amount ?? null,
      fromPartySize: restaurant.deposit?.fromPartySize ?? null,
      services: restaurant.deposit?.services ?? null,
    },
    policyText: restaurant.cancellation?.policyText ?? null,
    address: a?.street ? `${a.street}, ${a.postalCode ?? ''} ${a.city ?? ''}`.trim() : null,
  }
}
