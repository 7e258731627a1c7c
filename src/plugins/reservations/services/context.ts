import type { PayloadRequest } from 'payload'

import { addLocalDays, startOfLocalDay, type AvailabilityInput } from '../../../domain/availability'
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

/** The occupancy window for a range of local dates: a service may run past midnight. */
function occupancyWindow(timeZone: string, fromDate: string, toDate: string): [Date, Date] {
  return [
    startOfLocalDay(addLocalDays(fromDate, -1), timeZone),
    startOfLocalDay(addLocalDays(toDate, 2), timeZone),
  ]
}

/**
 * Everything the engine needs for a range of local dates, read fresh inside the caller's
 * transaction: the restaurant's tables and the active occupancy around those days.
 */
export async function loadBookingContext(
  req: PayloadRequest,
  restaurant: Restaurant,
  fromDate: string,
  toDate: string,
  { excludeReservation, tables, rules = rulesOf(restaurant) }: { excludeReservation?: Id; tables?: Table[]; rules?: RestaurantRules } = {},
): Promise<BookingContext> {
  const [from, to] = occupancyWindow(rules.timeZone, fromDate, toDate)
  const [tableList, bookings] = await Promise.all([
    tables ??
      req.payload
        .find({ collection: 'tables', where: { restaurant: { equals: restaurant.id } }, limit: 0, depth: 0, sort: 'id', req, pagination: false })
        .then((r) => r.docs.map(tableOf)),
    activeOccupancy(req, restaurant.id, from, to),
  ])
  return {
    restaurant,
    input: {
      rules,
      tables: tableList,
      bookings: bookings.filter((b) => excludeReservation === undefined || String(b.id) !== String(excludeReservation)),
    },
  }
}
