import type { PayloadRequest } from 'payload'

import { addLocalDays, localDateOf, slotsOn, turnTimeFor } from '../../../domain/availability'
import { feedDays, slotRecords, tableServiceId, type FeedMerchant, type FeedService, type FeedSlot } from '../../../domain/feed/reserveWithGoogle'
import type { Restaurant } from '../../../payload-types'
import { serverUrl } from '../../../infrastructure/config/serverUrl'
import { loadBookingContext, rulesOf } from '../services/context'

/** Google's booking rules are durations in seconds (the window is whole days of 24 hours, as it counts them). */
const SECONDS_PER_HOUR = 3600

export interface RestaurantFeed {
  merchant: FeedMerchant
  services: FeedService[]
  availability: FeedSlot[]
}

function merchantOf(restaurant: Restaurant): FeedMerchant {
  const address = restaurant.address
  return {
    merchant_id: restaurant.slug!,
    name: restaurant.name,
    ...(restaurant.phone ? { telephone: restaurant.phone } : {}),
    url: `${serverUrl()}/fr/${restaurant.slug}`,
    category: 'restaurant',
    ...(address
      ? {
          geo: {
            ...(typeof address.latitude === 'number' ? { latitude: address.latitude } : {}),
            ...(typeof address.longitude === 'number' ? { longitude: address.longitude } : {}),
            address: {
              country: address.country ?? 'FR',
              ...(address.city ? { locality: address.city } : {}),
              ...(address.postalCode ? { postal_code: address.postalCode } : {}),
              ...(address.street ? { street_address: address.street } : {}),
            },
          },
        }
      : {}),
  }
}

/**
 * A restaurant's feed, computed by the booking engine itself: every slot of every day from today
 * through the feed's horizon, for each party size the restaurant takes online (1 to its online
 * maximum), with the bookings standing now. One read of tables and occupancy for the whole range.
 */
export async function restaurantFeed(req: PayloadRequest, restaurant: Restaurant, now = new Date()): Promise<RestaurantFeed> {
  const rules = rulesOf(restaurant)
  const { maxAdvanceDays, maxPartyOnline, minNoticeMinutes, turnTimes } = rules.bookingRules
  const first = localDateOf(now, restaurant.timeZone)
  const days = feedDays(maxAdvanceDays)
  const last = addLocalDays(first, days - 1)
  const { input } = await loadBookingContext(req, restaurant, first, last, { rules })
  const merchantId = restaurant.slug!
  const availability: FeedSlot[] = []
  for (let party = 1; party <= maxPartyOnline; party++) {
    const duration = turnTimeFor(party, turnTimes)
    for (let date = first; date <= last; date = addLocalDays(date, 1)) {
      availability.push(...slotRecords(merchantId, party, duration, slotsOn(date, { ...input, partySize: party, now })))
    }
  }
  const service: FeedService = {
    merchant_id: merchantId,
    service_id: tableServiceId(merchantId),
    name: 'Table reservation',
    localized_service_name: {
      value: 'Table reservation',
      localized_value: [
        { locale: 'fr', value: 'Réservation de table' },
        { locale: 'en', value: 'Table reservation' },
      ],
    },
    rules: { min_advance_online_booking: minNoticeMinutes * 60, max_advance_booking: maxAdvanceDays * 24 * SECONDS_PER_HOUR },
    party_size: { min: 1, max: maxPartyOnline },
  }
  return { merchant: merchantOf(restaurant), services: [service], availability }
}
