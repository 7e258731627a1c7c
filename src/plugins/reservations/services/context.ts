import type { PayloadRequest } from 'payload'

import { addLocalDays, wallClockToInstant, type AvailabilityInput } from '../../../domain/availability'
import type { RestaurantRules, Table, Weekday } from '../../../domain/availability/types'
import type { Restaurant, Table as TableDoc } from '../../../payload-types'
import { activeOccupancy } from '../db/occupancy'

type Id = number | string

/** The engine's view of a restaurant document. */
export function rulesOf(restaurant: Restaurant): RestaurantRules {
  const br = restaurant.bookingRules ?? {}
  return {
    timeZone: restaurant.timeZone,
    services: (restaurant.services ?? []).map((s) => ({
      name: s.name,
      days: (s.days ?? []) as Weekday[],
      start: s.start,
      end: s.end,
      lastSeating: s.lastSeating,
    })),
    exceptions: (restaurant.exceptions ?? []).map((e) => ({
      from: e.from,
      to: e.to,
      closed: Boolean(e.closed),
      hours: (e.hours ?? []).map((h) => ({ name: h.name, start: h.start, end: h.end, lastSeating: h.lastSeating })),
    })),
    bookingRules: {
      slotIntervalMinutes: br.slotIntervalMinutes ?? 15,
      minNoticeMinutes: br.minNoticeMinutes ?? 60,
      maxAdvanceDays: br.maxAdvanceDays ?? 60,
      maxPartyOnline: br.maxPartyOnline ?? 8,
      bufferMinutes: br.bufferMinutes ?? 15,
      maxCoversPerSlot: br.maxCoversPerSlot,
      maxBookingsPerSlot: br.maxBookingsPerSlot,
      turnTimes: (br.turnTimes ?? []).map((t) => ({ upToPartySize: t.upToPartySize, minutes: t.minutes })),
    },
  }
}

export function tableOf(doc: TableDoc): Table {
  return {
    id: doc.id,
    label: doc.label,
    minCapacity: doc.minCapacity,
    maxCapacity: doc.maxCapacity,
    joinableWith: (doc.joinableWith ?? []).map((t) => (typeof t === 'object' ? t.id : t)),
    bookableOnline: doc.bookableOnline !== false,
    active: doc.active !== false,
  }
}

export interface BookingContext {
  restaurant: Restaurant
  input: Omit<AvailabilityInput, 'partySize' | 'now' | 'staff'>
}

/**
 * Everything the engine needs for a range of local dates, in three queries: the restaurant, its
 * tables, and the active occupancy around those days (a service may run past midnight).
 */
export async function loadBookingContext(
  req: PayloadRequest,
  restaurant: Restaurant,
  fromDate: string,
  toDate: string,
  { excludeReservation }: { excludeReservation?: Id } = {},
): Promise<BookingContext> {
  const rules = rulesOf(restaurant)
  const [tables, bookings] = await Promise.all([
    req.payload.find({ collection: 'tables', where: { restaurant: { equals: restaurant.id } }, limit: 0, depth: 0, sort: 'id', req, pagination: false }),
    activeOccupancy(
      req,
      restaurant.id,
      wallClockToInstant(addLocalDays(fromDate, -1), 0, rules.timeZone) ?? new Date(`${fromDate}T00:00:00Z`),
      wallClockToInstant(addLocalDays(toDate, 2), 0, rules.timeZone) ?? new Date(`${toDate}T23:59:59Z`),
    ),
  ])
  return {
    restaurant,
    input: {
      rules,
      tables: tables.docs.map(tableOf),
      bookings: bookings.filter((b) => excludeReservation === undefined || String(b.id) !== String(excludeReservation)),
    },
  }
}
