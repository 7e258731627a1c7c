import { holdsTables } from './status'

type Id = number | string

/** A table as the change is judged: what it is now. */
export interface TableNow {
  id: Id
  active: boolean
  bookableOnline: boolean
  maxCapacity: number
}

/** What staff propose to do to a table: delete it, or change some of these fields. */
export type TableChange = { delete: true } | { delete?: false; active?: boolean; bookableOnline?: boolean; maxCapacity?: number }

/** A booking that names the table, with what the rule needs to know about it. */
export interface BookingOnTable {
  id: Id
  reference: string
  status: string
  holdExpiresAt?: Date | string | null
  source: string
  startsAt: Date
  endsAt: Date
  partySize: number
  guestName: string
  /** the seats of every table the booking holds, this one included, as they are now */
  seats: number
}

/** Why a booking stands in the way of the change. */
export type TableConflict = 'deleted' | 'deactivated' | 'not_online' | 'too_small'

export type BookingInTheWay = BookingOnTable & { conflict: TableConflict }

/**
 * Bookings that still need their table: a status that holds tables (an unpaid hold only until it
 * expires) and not over yet. A party seated now counts: their table cannot vanish under them.
 */
export function upcomingOnTable<B extends BookingOnTable>(bookings: readonly B[], now: Date): B[] {
  return bookings.filter((b) => holdsTables(b.status, b.holdExpiresAt, now) && b.endsAt.getTime() > now.getTime())
}

/**
 * Which upcoming bookings a proposed table change would leave without a proper table, soonest first.
 *
 * - Deleting or deactivating: every upcoming booking. Neither the engine nor the floor would seat
 *   anyone there any more.
 * - Not bookable online: only bookings made online. The flag tells the engine which tables it may
 *   give diners on the site; staff place parties on any table (staff mode ignores it), so a phone or
 *   walk-in booking there is exactly what the flag is for. An online booking is the one the owner
 *   is now saying the site should not have made: it is refused so they decide where it sits.
 * - A lower capacity: only parties the booking's tables would no longer seat (a party spread over
 *   joined tables counts all their seats, with this table's new capacity).
 */
export function bookingsInTheWay(table: TableNow, change: TableChange, bookings: readonly BookingOnTable[], now: Date): BookingInTheWay[] {
  const upcoming = upcomingOnTable(bookings, now).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
  if (change.delete) return upcoming.map((b) => ({ ...b, conflict: 'deleted' }))
  if (change.active === false && table.active) return upcoming.map((b) => ({ ...b, conflict: 'deactivated' }))
  const inTheWay: BookingInTheWay[] = []
  for (const b of upcoming) {
    if (change.bookableOnline === false && table.bookableOnline && b.source === 'online') {
      inTheWay.push({ ...b, conflict: 'not_online' })
    } else if (typeof change.maxCapacity === 'number' && change.maxCapacity < table.maxCapacity) {
      const seatsAfter = b.seats - table.maxCapacity + change.maxCapacity
      if (seatsAfter < b.partySize) inTheWay.push({ ...b, conflict: 'too_small' })
    }
  }
  return inTheWay
}

/** The change a table document undergoes, read from its data before and after (only the fields that matter). */
export function tableChangeOf(before: TableNow, after: Partial<Omit<TableNow, 'id'>>): TableChange {
  const change: { active?: boolean; bookableOnline?: boolean; maxCapacity?: number } = {}
  if (after.active !== undefined && after.active !== before.active) change.active = after.active
  if (after.bookableOnline !== undefined && after.bookableOnline !== before.bookableOnline) change.bookableOnline = after.bookableOnline
  if (typeof after.maxCapacity === 'number' && after.maxCapacity !== before.maxCapacity) change.maxCapacity = after.maxCapacity
  return change
}
