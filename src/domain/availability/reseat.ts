import { bestTableFit, tableOptions } from './tableFit'
import { occupancy } from './turnTime'
import type { ExistingBooking, Id, RestaurantRules, Table } from './types'

/**
 * Another table (or joined tables) for a booking at the very same time, leaving `leaving` out: the
 * engine's table fit in staff mode (every active table, bookable online or not), against the other
 * bookings' occupancy. The booking's own start and end are kept as they stand (it may have been
 * stretched, forced, or be seated already), so only the seating is judged, not the time again.
 * Null when no free seating fits the party.
 */
export function tableForMove(
  booking: { id: Id; startsAt: Date; endsAt: Date; partySize: number },
  leaving: Id,
  input: { rules: Pick<RestaurantRules, 'bookingRules'>; tables: Table[]; bookings: ExistingBooking[] },
): Id[] | null {
  const buffer = input.rules.bookingRules.bufferMinutes
  const tables = input.tables.filter((t) => String(t.id) !== String(leaving))
  const mine = occupancy(booking.startsAt, booking.endsAt, buffer)
  const busy = new Set<string>()
  for (const other of input.bookings) {
    if (String(other.id) === String(booking.id)) continue
    const theirs = occupancy(other.startsAt, other.endsAt, buffer)
    if (theirs.from < mine.to && mine.from < theirs.to) for (const id of other.tableIds) busy.add(String(id))
  }
  return bestTableFit(tableOptions(booking.partySize, tables), busy)?.tableIds ?? null
}
