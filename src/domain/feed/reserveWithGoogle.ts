/**
 * The aggregator feed in the shape of Google's "Reserve with Google" (Actions Center) feeds:
 * merchants, services and slot-level availability, snake_case as those feeds are. Pure: the
 * plugin's job asks the booking engine for the slots and stores what these functions return.
 *
 * One service per merchant ("a table"): the party size is a resource of each slot, as dining
 * integrations model it, and the restaurant's sittings (lunch, dinner) are only when slots fall.
 */
export const FEED_MIN_DAYS = 30
/** A longer booking window is cut here: aggregators read a rolling horizon, refreshed every 15 min. */
export const FEED_MAX_DAYS = 92

export interface FeedMetadata {
  processing_instruction: 'PROCESS_AS_COMPLETE'
  shard_number: 0
  total_shards: 1
  /** seconds since the epoch at which the job computed the data */
  generation_timestamp: number
}

export interface FeedMerchant {
  merchant_id: string
  name: string
  telephone?: string
  url: string
  category: 'restaurant'
  geo?: {
    latitude?: number
    longitude?: number
    address: { country: string; locality?: string; postal_code?: string; street_address?: string }
  }
}

export interface FeedService {
  merchant_id: string
  service_id: string
  name: string
  localized_service_name: { value: string; localized_value: Array<{ locale: string; value: string }> }
  /** minutes ahead a booking must be made, and the furthest ahead one may be, in seconds (Google's rules) */
  rules: { min_advance_online_booking: number; max_advance_booking: number }
  /** the party sizes the restaurant takes online */
  party_size: { min: number; max: number }
}

export interface FeedSlot {
  merchant_id: string
  service_id: string
  start_sec: number
  duration_sec: number
  spots_total: number
  spots_open: number
  resources: { party_size: number }
}

/** Days the feed covers: the restaurant's own booking window, never fewer than 30, at most 92. */
export function feedDays(maxAdvanceDays: number): number {
  return Math.min(FEED_MAX_DAYS, Math.max(FEED_MIN_DAYS, maxAdvanceDays + 1))
}

/** The service a merchant's slots belong to: booking a table there. */
export const tableServiceId = (merchantId: string) => `${merchantId}-table`

/**
 * One record per slot the engine lists for a party size. The engine answers whether a table can be
 * given for that party then (its own tables, pacing, notice and window): one spot, open or not.
 * A slot the engine does not list (closed, past last seating) is not a slot at all.
 */
export function slotRecords(
  merchantId: string,
  partySize: number,
  durationMinutes: number,
  slots: ReadonlyArray<{ startsAt: Date; available: boolean }>,
): FeedSlot[] {
  return slots.map((slot) => ({
    merchant_id: merchantId,
    service_id: tableServiceId(merchantId),
    start_sec: Math.floor(slot.startsAt.getTime() / 1000),
    duration_sec: durationMinutes * 60,
    spots_total: 1,
    spots_open: slot.available ? 1 : 0,
    resources: { party_size: partySize },
  }))
}

export function feedMetadata(generatedAt: Date): FeedMetadata {
  return { processing_instruction: 'PROCESS_AS_COMPLETE', shard_number: 0, total_shards: 1, generation_timestamp: Math.floor(generatedAt.getTime() / 1000) }
}
