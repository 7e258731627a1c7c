import type { PayloadRequest } from 'payload'

import { execute, sql } from '../../../infrastructure/db/execute'

/**
 * Serialises every booking decision for one restaurant and local date: held until the
 * transaction ends, so the check and the write see the same committed bookings.
 */
export async function lockRestaurantDay(req: PayloadRequest, restaurantId: number | string, localDate: string): Promise<void> {
  if (!req.transactionID) throw new Error('lockRestaurantDay needs a transaction')
  const day = Number(localDate.replaceAll('-', ''))
  await execute(req, sql`SELECT pg_advisory_xact_lock(${Number(restaurantId)}::int, ${day}::int)`)
}
