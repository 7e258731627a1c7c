import type { PayloadRequest } from 'payload'

import { LOW_SCORE_MAX, summariseScores } from '../../../domain/feedback'
import { worksFor } from '../../../infrastructure/access/roles'
import { execute, sql } from '../../../infrastructure/db/execute'
import { BookingError } from '../../../infrastructure/http/respond'
import type { FeedbackStats } from '../api/feedback'
import { restaurantBySlug } from './restaurants'

export type { FeedbackStats } from '../api/feedback'

const round1 = (n: unknown) => Math.round(Number(n) * 10) / 10

/**
 * Guest feedback of a restaurant's visits between two local dates (inclusive), for its managers
 * and owners: the average is computed from the same scores the guests gave (one per visit).
 */
export async function feedbackStats(req: PayloadRequest, slug: unknown, from: string, to: string): Promise<FeedbackStats> {
  if (!req.user) throw new BookingError(401, 'unauthorized')
  const restaurant = await restaurantBySlug(req, slug)
  if (!worksFor(req.user, restaurant.id, 'manager')) throw new BookingError(404, 'restaurant_not_found')
  const inPeriod = sql`f.restaurant_id = ${restaurant.id} AND f.visit_date >= ${from} AND f.visit_date <= ${to}`
  const [answers, [asked], trend, services, comments] = await Promise.all([
    execute(req, sql`SELECT f.score FROM feedback f WHERE ${inPeriod} AND f.score IS NOT NULL`),
    execute(req, sql`SELECT count(*)::int AS n FROM feedback f WHERE ${inPeriod}`),
    execute(
      req,
      sql`SELECT to_char(date_trunc('week', f.visit_date::date), 'YYYY-MM-DD') AS week, count(*)::int AS n, avg(f.score)::float AS average
          FROM feedback f WHERE ${inPeriod} AND f.score IS NOT NULL GROUP BY 1 ORDER BY 1`,
    ),
    execute(
      req,
      sql`SELECT coalesce(f.service, '') AS service, count(*)::int AS n, avg(f.score)::float AS average
          FROM feedback f WHERE ${inPeriod} AND f.score IS NOT NULL GROUP BY 1 ORDER BY 1`,
    ),
    execute(
      req,
      sql`SELECT f.visit_date, f.service, f.score, f.comment, r.reference, r.guest_name
          FROM feedback f JOIN reservations r ON r.id = f.reservation_id
          WHERE ${inPeriod} AND f.score IS NOT NULL AND coalesce(f.comment, '') <> ''
          ORDER BY f.answered_at DESC NULLS LAST, f.id DESC LIMIT 20`,
    ),
  ])
  const scores = summariseScores(answers.map((row) => Number(row.score)))
  const requested = Number(asked?.n ?? 0)
  return {
    period: { from, to },
    requested,
    responseRatePercent: requested ? round1((scores.count / requested) * 100) : null,
    scores,
    lowScores: answers.filter((row) => Number(row.score) <= LOW_SCORE_MAX).length,
    trend: trend.map((row) => ({ week: String(row.week), count: Number(row.n), average: round1(row.average) })),
    byService: Object.fromEntries(services.map((row) => [String(row.service), { count: Number(row.n), average: round1(row.average) }])),
    comments: comments.map((row) => ({
      visitDate: String(row.visit_date),
      service: row.service === null ? null : String(row.service),
      score: Number(row.score),
      comment: String(row.comment),
      reference: String(row.reference),
      guestName: String(row.guest_name),
    })),
  }
}
