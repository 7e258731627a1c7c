import type { PayloadRequest } from 'payload'

import { execute, sql } from '../../../infrastructure/db/execute'

type Id = number | string

export interface OccupancyRow {
  reservationId: Id
  restaurantId: Id
  tableIds: Id[]
  from: Date
  to: Date
  active: boolean
}

/** Rewrites a reservation's occupancy rows; the exclusion constraint refuses any overlap. */
export async function writeOccupancy(req: PayloadRequest, row: OccupancyRow): Promise<void> {
  await execute(req, sql`DELETE FROM reservation_occupancy WHERE reservation_id = ${Number(row.reservationId)}`)
  for (const tableId of row.tableIds) {
    await execute(
      req,
      sql`INSERT INTO reservation_occupancy (reservation_id, table_id, restaurant_id, period, active)
          VALUES (${Number(row.reservationId)}, ${Number(tableId)}, ${Number(row.restaurantId)},
                  tstzrange(${row.from.toISOString()}::timestamptz, ${row.to.toISOString()}::timestamptz, '[)'), ${row.active})`,
    )
  }
}

const ACTIVE_OCCUPANCY_SQL = `
  SELECT o.reservation_id, o.table_id, r.starts_at, r.ends_at, r.party_size
  FROM reservation_occupancy o JOIN reservations r ON r.id = o.reservation_id
  WHERE o.restaurant_id = $1 AND o.active AND o.period && tstzrange($2::timestamptz, $3::timestamptz, '[)')`

type Pool = { query: (q: { name: string; text: string; values: unknown[] }) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * Active occupancy overlapping a window, for the engine: one query for a whole day or range.
 * Inside a transaction it runs on the transaction's connection; otherwise (the availability read
 * path) as a named prepared statement, so Postgres plans it once per connection.
 */
export async function activeOccupancy(req: PayloadRequest, restaurantId: Id, from: Date, to: Date) {
  const values = [Number(restaurantId), from.toISOString(), to.toISOString()]
  const pool = (req.payload.db as unknown as { pool?: Pool }).pool
  const rows =
    req.transactionID || !pool
      ? await execute(
          req,
          sql`SELECT o.reservation_id, o.table_id, r.starts_at, r.ends_at, r.party_size
              FROM reservation_occupancy o JOIN reservations r ON r.id = o.reservation_id
              WHERE o.restaurant_id = ${values[0]} AND o.active
                AND o.period && tstzrange(${values[1]}::timestamptz, ${values[2]}::timestamptz, '[)')`,
        )
      : (await pool.query({ name: 'techplus_active_occupancy', text: ACTIVE_OCCUPANCY_SQL, values })).rows
  const byReservation = new Map<number, { id: number; startsAt: Date; endsAt: Date; partySize: number; tableIds: number[] }>()
  for (const r of rows) {
    const id = Number(r.reservation_id)
    const booking = byReservation.get(id) ?? {
      id,
      startsAt: new Date(r.starts_at as string),
      endsAt: new Date(r.ends_at as string),
      partySize: Number(r.party_size),
      tableIds: [],
    }
    booking.tableIds.push(Number(r.table_id))
    byReservation.set(id, booking)
  }
  return [...byReservation.values()]
}

/** Holds that ran out free their tables (the expiry job does the same for the reservation). */
export async function releaseExpiredHolds(req: PayloadRequest, restaurantId: Id, now = new Date()): Promise<number> {
  const rows = await execute(
    req,
    sql`UPDATE reservation_occupancy o SET active = false
        FROM reservations r
        WHERE r.id = o.reservation_id AND o.active AND o.restaurant_id = ${Number(restaurantId)} AND r.status = 'pending_payment'
          AND r.hold_expires_at IS NOT NULL AND r.hold_expires_at <= ${now.toISOString()}::timestamptz
        RETURNING o.reservation_id`,
  )
  return rows.length
}
