/**
 * The analytics bench's year of data, one function per kind of row, each written by one INSERT …
 * SELECT over generate_series (the Local API would take minutes and measure nothing here). A new
 * kind (funnel events, feedback) is one more function appended to ANALYTICS_FIXTURES: it gets the
 * restaurant, its tables and the number of bookings, and may read the bookings already written.
 */
import type { PayloadRequest } from 'payload'

import { execute, sql } from '../src/infrastructure/db/execute'

export interface FixtureContext {
  req: PayloadRequest
  restaurantId: number
  tableIds: number[]
  bookings: number
}

export type Fixture = { name: string; write: (ctx: FixtureContext) => Promise<void> }

/**
 * A year of bookings ending today: every status and source, parties of 1 to 8, deposits on one in
 * ten, booked 0 to 59 days ahead (every lead-time group), and a spend on two completed bookings in
 * three (20.00 to 69.00 per cover), as staff enter them at checkout.
 */
const bookings: Fixture = {
  name: 'bookings',
  write: async ({ req, restaurantId, bookings: count }) => {
    await execute(
      req,
      sql`INSERT INTO reservations (reference, restaurant_id, status, source, starts_at, ends_at, party_size, guest_name, deposit_status, deposit_amount_minor, deposit_refunded_minor, spend_minor, created_at, updated_at)
          SELECT 'AB' || g, ${restaurantId},
                 (ARRAY['confirmed', 'completed', 'completed', 'completed', 'no_show', 'cancelled'])[1 + g % 6]::enum_reservations_status,
                 (ARRAY['online', 'online', 'phone', 'walk_in'])[1 + g % 4]::enum_reservations_source,
                 date_trunc('day', now()) - (g % 365) * interval '1 day' + interval '19 hours',
                 date_trunc('day', now()) - (g % 365) * interval '1 day' + interval '21 hours',
                 1 + g % 8, 'Guest ' || g,
                 (CASE WHEN g % 10 = 0 THEN 'paid' ELSE 'none' END)::enum_reservations_deposit_status,
                 CASE WHEN g % 10 = 0 THEN 6000 END, 0,
                 CASE WHEN g % 6 IN (1, 2, 3) AND g % 3 <> 0 THEN (1 + g % 8) * (2000 + (g % 50) * 100) END,
                 date_trunc('day', now()) - (g % 365) * interval '1 day' - (g % 60) * interval '1 day', now()
          FROM generate_series(1, ${count}) AS g`,
    )
  },
}

/** Each booking at one table, and one in eight at two pushed together: what top tables and seat-time read. */
const tableAssignments: Fixture = {
  name: 'tables',
  write: async ({ req, restaurantId, tableIds }) => {
    const ids = sql`ARRAY[${sql.join(tableIds.map((id) => sql`${id}::int`), sql`, `)}]`
    await execute(
      req,
      sql`INSERT INTO reservations_rels ("order", parent_id, path, tables_id)
          SELECT 1, r.id, 'tables', (${ids})[1 + r.id % ${tableIds.length}] FROM reservations r WHERE r.restaurant_id = ${restaurantId}
          UNION ALL
          SELECT 2, r.id, 'tables', (${ids})[1 + (r.id + 1) % ${tableIds.length}] FROM reservations r WHERE r.restaurant_id = ${restaurantId} AND r.id % 8 = 0`,
    )
  },
}

/** In order: later kinds may read what earlier ones wrote. */
export const ANALYTICS_FIXTURES: Fixture[] = [bookings, tableAssignments]

export async function writeAnalyticsFixtures(ctx: FixtureContext): Promise<void> {
  for (const fixture of ANALYTICS_FIXTURES) await fixture.write(ctx)
  await execute(ctx.req, sql`ANALYZE`)
}
