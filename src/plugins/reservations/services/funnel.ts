import type { PayloadRequest } from 'payload'

import { addLocalDays, daysBetween } from '../../../domain/availability'
import { FUNNEL_SOURCES, FUNNEL_TARGETS, funnelFigures, sumSteps, type FunnelEvent, type FunnelFigures, type FunnelSource } from '../../../domain/funnel'
import type { FunnelResponse } from '../api/funnel'
import { worksFor } from '../../../infrastructure/access/roles'
import { execute, sql } from '../../../infrastructure/db/execute'
import { BookingError } from '../../../infrastructure/http/respond'
import { restaurantBySlug } from './restaurants'

/**
 * Counts the steps of one event for the restaurant's local day, one statement: the restaurant is
 * found by its slug and each step's counter goes up by one (`ON CONFLICT DO UPDATE` is atomic, so
 * concurrent events never lose a count). Nothing about the request is written: the row is the
 * restaurant, the day, the source, the step and a number. Returns false when no restaurant has that slug.
 */
export async function recordFunnelEvent(req: PayloadRequest, slug: string, event: FunnelEvent): Promise<boolean> {
  const steps = sql.join(
    event.steps.map((step) => sql`(${step})`),
    sql`, `,
  )
  const rows = await execute(
    req,
    sql`INSERT INTO funnel_step_counts (restaurant_id, day, source, step, count)
        SELECT r.id, (now() AT TIME ZONE r.time_zone)::date, ${event.source}, s.step, 1
        FROM restaurants r CROSS JOIN (VALUES ${steps}) AS s(step)
        WHERE r.slug = ${slug}
        ON CONFLICT (restaurant_id, day, source, step) DO UPDATE SET count = funnel_step_counts.count + 1
        RETURNING restaurant_id`,
  )
  return rows.length > 0
}

/**
 * Moves every count recorded since the last run into the daily table the managers read, in one
 * statement: what it deletes is exactly what it adds. An event arriving meanwhile either is moved
 * now (its row was updated before the delete reached it) or waits for the next run.
 */
export async function aggregateFunnel(req: PayloadRequest): Promise<{ events: number }> {
  const [row] = await execute(
    req,
    sql`WITH moved AS (
          DELETE FROM funnel_step_counts RETURNING restaurant_id, day, source, step, count
        ), added AS (
          INSERT INTO funnel_days (restaurant_id, day, source, step, count)
          SELECT restaurant_id, day, source, step, sum(count) FROM moved GROUP BY 1, 2, 3, 4
          ON CONFLICT (restaurant_id, day, source, step) DO UPDATE SET count = funnel_days.count + excluded.count
          RETURNING 1
        )
        SELECT coalesce((SELECT sum(count) FROM moved), 0)::bigint AS events, (SELECT count(*) FROM added)::int AS rows`,
  )
  return { events: Number(row?.events ?? 0) }
}

async function stepRows(req: PayloadRequest, restaurantId: number, from: string, to: string) {
  const rows = await execute(
    req,
    sql`SELECT source, step, sum(count)::bigint AS count FROM funnel_days
        WHERE restaurant_id = ${restaurantId} AND day BETWEEN ${from}::date AND ${to}::date
        GROUP BY source, step`,
  )
  return rows.map((r) => ({ source: String(r.source), step: String(r.step), count: Number(r.count) }))
}

/**
 * A period's funnel for the restaurant's managers, from the daily table the aggregation job builds
 * (what the wizard sent since its last run shows after the next one): every source together and
 * each apart, with the period before of the same length to compare.
 */
export async function restaurantFunnel(req: PayloadRequest, slug: unknown, from: string, to: string): Promise<FunnelResponse> {
  if (!req.user) throw new BookingError(401, 'unauthorized')
  const restaurant = await restaurantBySlug(req, slug)
  if (!worksFor(req.user, restaurant.id, 'manager')) throw new BookingError(404, 'restaurant_not_found')
  const days = daysBetween(from, to) + 1
  const previous = { from: addLocalDays(from, -days), to: addLocalDays(from, -1) }
  const [current, before] = await Promise.all([stepRows(req, restaurant.id, from, to), stepRows(req, restaurant.id, previous.from, previous.to)])
  const bySource = Object.fromEntries(FUNNEL_SOURCES.map((source) => [source, funnelFigures(sumSteps(current.filter((r) => r.source === source)))])) as Record<FunnelSource, FunnelFigures>
  return {
    restaurant: restaurant.slug,
    period: { from, to, days },
    previousPeriod: previous,
    targets: FUNNEL_TARGETS,
    total: funnelFigures(sumSteps(current)),
    previousTotal: funnelFigures(sumSteps(before)),
    bySource,
  }
}
