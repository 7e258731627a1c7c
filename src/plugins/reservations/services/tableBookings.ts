import { APIError, type PayloadRequest } from 'payload'

import { localDateOf, tableForMove } from '../../../domain/availability'
import { errorMessage, type ErrorCode } from '../../../domain/errors'
import { bookingsInTheWay, type BookingInTheWay, type BookingOnTable, type TableChange, type TableNow } from '../../../domain/reservations/tableChange'
import { execute, sql } from '../../../infrastructure/db/execute'
import { requestLanguage } from '../../../infrastructure/http/respond'
import type { Table as TableDoc } from '../../../payload-types'
import { lockRestaurantDay } from '../db/locks'
import { loadBookingContext } from './context'
import { restaurantById } from './restaurants'

/**
 * The bookings that hold a table now or later, read from the occupancy mirror (active rows only:
 * cancelled, finished and expired holds have let go), with the seats of all the tables each holds.
 */
export async function bookingsHoldingTable(req: PayloadRequest, tableId: number, now = new Date()): Promise<BookingOnTable[]> {
  const rows = await execute(
    req,
    sql`SELECT r.id, r.reference, r.status, r.hold_expires_at, r.source, r.starts_at, r.ends_at, r.party_size, r.guest_name,
               (SELECT coalesce(sum(t.max_capacity), 0) FROM reservation_occupancy o2 JOIN tables t ON t.id = o2.table_id
                 WHERE o2.reservation_id = r.id) AS seats
        FROM reservation_occupancy o JOIN reservations r ON r.id = o.reservation_id
        WHERE o.table_id = ${tableId} AND o.active AND r.ends_at > ${now.toISOString()}::timestamptz
        ORDER BY r.starts_at`,
  )
  return rows.map((r) => ({
    id: Number(r.id),
    reference: String(r.reference),
    status: String(r.status),
    holdExpiresAt: r.hold_expires_at ? new Date(r.hold_expires_at as string) : null,
    source: String(r.source),
    startsAt: new Date(r.starts_at as string),
    endsAt: new Date(r.ends_at as string),
    partySize: Number(r.party_size),
    guestName: String(r.guest_name ?? ''),
    seats: Number(r.seats),
  }))
}

/** Whether any booking, of any time and status, names the table: its record would lose the table. */
async function hasBookingRecord(req: PayloadRequest, tableId: number): Promise<boolean> {
  const rows = await execute(req, sql`SELECT 1 FROM reservations_rels WHERE tables_id = ${tableId} AND path = 'tables' LIMIT 1`)
  return rows.length > 0
}

export const tableNow = (doc: Pick<TableDoc, 'id' | 'active' | 'bookableOnline' | 'maxCapacity'>): TableNow => ({
  id: doc.id,
  active: doc.active !== false,
  bookableOnline: doc.bookableOnline !== false,
  maxCapacity: doc.maxCapacity,
})

/** What a client needs to show a booking in the way (and nothing more: no contact details). */
export const bookingSummary = (b: BookingInTheWay) => ({
  id: b.id,
  reference: b.reference,
  startsAt: b.startsAt.toISOString(),
  partySize: b.partySize,
  guestName: b.guestName,
  conflict: b.conflict,
})

function refuse(req: PayloadRequest, code: ErrorCode, inTheWay: BookingInTheWay[] = []): never {
  const params = { count: inTheWay.length }
  // Payload answers an APIError's data as errors[0].data over REST and as extensions.data in GraphQL.
  throw new APIError(errorMessage(code, requestLanguage(req), params), 409, { code, params, bookings: inTheWay.map(bookingSummary) }, true)
}

/**
 * Refuses a table change that would leave upcoming bookings without a proper table (the rule is
 * `bookingsInTheWay`). Deleting is also refused when only past bookings name the table: the
 * relation's rows would go with it (ON DELETE CASCADE), and a past booking would no longer say
 * where the party sat. Deactivating keeps the record whole and takes the table off the floor.
 */
// Known gap: the table change is not taken under the bookings' day locks (it cannot know which
// days a concurrent booking is for), so a booking committed onto the table in the same instant as
// the change can still land; the next edit of the table shows it and offers the move.
export async function assertTableChangeKeepsBookings(req: PayloadRequest, table: TableNow, change: TableChange, now = new Date()) {
  const inTheWay = bookingsInTheWay(table, change, await bookingsHoldingTable(req, Number(table.id), now), now)
  if (inTheWay.length) refuse(req, 'table_has_bookings', inTheWay)
  if (change.delete && (await hasBookingRecord(req, Number(table.id)))) refuse(req, 'table_has_history')
}

export type MoveOutcome =
  | { id: number; reference: string; ok: true; from: number[]; to: number[] }
  | { id: number; reference: string; ok: false; code: ErrorCode }

/**
 * Moves each booking a proposed change would leave stranded to another table at the same time,
 * soonest first, inside the caller's transaction. Each booking's day is locked, its context read
 * fresh (so one move sees the previous), the engine picks the seating, and the move is an ordinary
 * reservation update: the booking rules hook, the occupancy mirror (and its exclusion constraint)
 * and the audit trail all apply. A booking without a free seating stays and is reported.
 */
export async function moveBookingsOffTable(req: PayloadRequest, table: TableDoc, change: TableChange, now = new Date()): Promise<MoveOutcome[]> {
  const restaurant = await restaurantById(req, Number(typeof table.restaurant === 'object' ? table.restaurant.id : table.restaurant))
  const inTheWay = bookingsInTheWay(tableNow(table), change, await bookingsHoldingTable(req, table.id, now), now)
  const outcomes: MoveOutcome[] = []
  for (const booking of inTheWay) {
    const localDate = localDateOf(booking.startsAt, restaurant.timeZone)
    await lockRestaurantDay(req, restaurant.id, localDate)
    const { input } = await loadBookingContext(req, restaurant, localDate, localDate)
    const held = input.bookings.find((b) => String(b.id) === String(booking.id))
    const to = tableForMove({ ...booking, id: booking.id }, table.id, input)
    if (!to) {
      outcomes.push({ id: Number(booking.id), reference: booking.reference, ok: false, code: 'no_table' })
      continue
    }
    await req.payload.update({
      collection: 'reservations',
      id: booking.id,
      data: { tables: to.map(Number) },
      req,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      // Same time, other tables: the time was judged when booked (or forced, or the party is seated).
      context: { sameTime: true },
    })
    outcomes.push({ id: Number(booking.id), reference: booking.reference, ok: true, from: (held?.tableIds ?? [table.id]).map(Number), to: to.map(Number) })
  }
  return outcomes
}
