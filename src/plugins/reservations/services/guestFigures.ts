import type { PayloadRequest } from 'payload'

import { execute, sql } from '../../../infrastructure/db/execute'

export interface GuestFigures {
  visitCount: number
  noShowCount: number
  /** Deposits the restaurant kept: paid minus refunded, over all the guest's bookings, in minor units. */
  depositSpendMinor: number
  /** When the guest last sat down (a booking seated or completed). */
  lastVisitAt: string | null
}

/** A guest's figures, read from their bookings in one aggregate (inside the request's transaction, if any). */
export async function guestFigures(req: PayloadRequest, guestId: number): Promise<GuestFigures> {
  const [row] = await execute(
    req,
    sql`SELECT count(*) FILTER (WHERE status = 'completed')::int AS visits,
               count(*) FILTER (WHERE status = 'no_show')::int AS no_shows,
               coalesce(sum(coalesce(deposit_amount_minor, 0) - coalesce(deposit_refunded_minor, 0))
                        FILTER (WHERE deposit_status IN ('paid', 'partially_refunded', 'refunded')), 0)::bigint AS spend,
               max(starts_at) FILTER (WHERE status IN ('seated', 'completed')) AS last_visit
        FROM reservations WHERE guest_id = ${guestId}`,
  )
  const lastVisit = row?.last_visit
  return {
    visitCount: Number(row?.visits ?? 0),
    noShowCount: Number(row?.no_shows ?? 0),
    depositSpendMinor: Number(row?.spend ?? 0),
    lastVisitAt: lastVisit ? new Date(lastVisit as string).toISOString() : null,
  }
}
