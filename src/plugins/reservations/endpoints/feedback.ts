import type { Endpoint } from 'payload'
import { z } from 'zod'

import { daysBetween } from '../../../domain/availability/localTime'
import { feedbackAnswerSchema } from '../../../domain/feedback'
import { localDateSchema } from '../../../domain/schemas/booking'
import { isAdmin, isStaff } from '../../../infrastructure/access/roles'
import { BookingError, dinerEndpoint, endpoint, jsonBody } from '../../../infrastructure/http/respond'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'
import { answerFeedback, feedbackByToken, feedbackGuestView, optOutOfFeedback } from '../services/feedback'
import { feedbackStats } from '../services/feedbackStats'
import { REQUEST_FEEDBACK_TASK, SEND_DAILY_REPORTS_TASK } from '../notifications/tasks/feedbackAndReports'

const path = '/by-token/:token'
const noStore = { headers: { 'Cache-Control': 'no-store' } }

/** Every route here answers to the visit's secret feedback link alone. */
function asGuest(operation: Omit<ApiOperation, 'tag' | 'auth' | 'params'>): { openapi: ApiOperation } {
  const errors = operation.errors ?? {}
  return {
    openapi: {
      ...operation,
      tag: 'Guest feedback',
      auth: ['public'],
      params: { token: { description: 'The secret token of the feedback link emailed the morning after the visit.' } },
      errors: { ...errors, 404: ['feedback_not_found'], 410: ['feedback_closed'] },
    },
  }
}

const guestView = z.object({
  restaurant: z.string(),
  visitDate: z.string(),
  partySize: z.number().int(),
  guestName: z.string(),
  score: z.number().int().nullable(),
  comment: z.string().nullable(),
  answeredAt: z.string().nullable(),
})
const example = { restaurant: 'Le Petit Zinc', visitDate: '2026-12-02', partySize: 2, guestName: 'Claire Dubois', score: 5, comment: 'Parfait', answeredAt: '2026-12-03T09:41:00.000Z' }


const runSchema = z.object({
  job: z.enum(['requestFeedback', 'sendDailyReports']),
  /** the moment the job takes for "now" (ISO with offset); now when absent */
  at: z.iso.datetime({ offset: true, message: 'invalid_datetime' }).optional(),
})

/**
 * POST /api/feedback/run {job, at?} — admins only: run the morning's feedback requests or daily
 * reports now, as of `at`. For an operator replaying a morning the server missed (the jobs only
 * look at "yesterday" of the time they run), and for end-to-end tests. What runs is the scheduled
 * job itself: each visit is still asked once, each day's report still sent once.
 */
export const runFeedbackJobEndpoint: Endpoint = {
  custom: {
    openapi: {
      tag: 'Staff',
      summary: 'Run the feedback requests or the daily reports now (admins)',
      description: 'Queues the scheduled job with `at` as its "now"; it runs within a second. Its once-only guarantees hold.',
      auth: ['staff'],
      body: runSchema,
      bodyExample: { job: 'requestFeedback', at: '2026-12-03T10:00:00+01:00' },
      responses: { 202: { description: 'Queued.', schema: z.object({ queued: z.string() }), example: { queued: 'requestFeedback' } } },
      errors: { 400: ['invalid_json'], 401: ['unauthorized'], 403: ['forbidden'], 422: ['not_an_option', 'invalid_datetime', 'required'] },
    } satisfies ApiOperation,
  },
  path: '/run',
  method: 'post',
  handler: endpoint(async (req) => {
    if (!isStaff(req.user)) throw new BookingError(401, 'unauthorized')
    if (!isAdmin(req.user)) throw new BookingError(403, 'forbidden')
    const { job, at } = runSchema.parse(await jsonBody(req))
    const task = job === 'requestFeedback' ? REQUEST_FEEDBACK_TASK : SEND_DAILY_REPORTS_TASK
    await req.payload.jobs.queue({ task: task as never, input: { at: at ? new Date(at).toISOString() : null } as never, req })
    return Response.json({ queued: task }, { status: 202, headers: { 'Cache-Control': 'no-store' } })
  }),
}

const periodSchema = z
  .object({ from: localDateSchema, to: localDateSchema })
  .refine((q) => q.from <= q.to, { message: 'range_reversed', path: ['from'] })
  .refine((q) => daysBetween(q.from, q.to) <= 366, { params: { days: 366 }, message: 'range_too_long', path: ['to'] })

/** GET /api/restaurants/:slug/feedback?from=&to= — scores, trend, services and comments (managers and owners). */
export const feedbackStatsEndpoint: Endpoint = {
  custom: {
    openapi: {
      tag: 'Staff',
      summary: "Guests' feedback on a period's visits",
      description: 'Average, distribution, weekly trend, by service, low scores and the latest comments. Managers and owners of that restaurant; at most 366 days.',
      auth: ['staff'],
      params: { slug: { description: "The restaurant's slug." } },
      query: periodSchema,
      responses: { 200: { description: 'The figures (src/plugins/reservations/services/feedbackStats.ts).', schema: z.looseObject({}), example: { from: '2026-11-01', to: '2026-11-30' } } },
      errors: { 401: ['unauthorized'], 404: ['restaurant_not_found'], 422: ['invalid_date', 'range_reversed', 'range_too_long', 'required'] },
    } satisfies ApiOperation,
  },
  path: '/:slug/feedback',
  method: 'get',
  handler: endpoint(async (req) => {
    const { from, to } = periodSchema.parse(Object.fromEntries(req.searchParams))
    return Response.json(await feedbackStats(req, req.routeParams?.slug, from, to), noStore)
  }),
}

/**
 * GET | POST /api/feedback/by-token/:token and POST …/opt-out — the guest's feedback on a visit, by
 * the emailed link: read it, give (or change) a 1–5 score and a comment, stop these emails.
 */
export const feedbackEndpoints: Endpoint[] = [
  runFeedbackJobEndpoint,
  {
    custom: asGuest({ summary: "Read a visit's feedback", description: 'The visit and the answer given so far (null before one).', responses: { 200: { description: 'The visit.', schema: guestView, example } }, errors: {} }),
    path,
    method: 'get',
    handler: dinerEndpoint(async (req) => Response.json(feedbackGuestView(await feedbackByToken(req, req.routeParams?.token)), noStore)),
  },
  {
    custom: asGuest({
      summary: 'Score a visit from 1 to 5, with an optional comment',
      description: 'One answer per visit: a second answer replaces the first. A score of 2 or less alerts the restaurant\'s managers and owners (once per visit).',
      body: feedbackAnswerSchema,
      bodyExample: { score: 5, comment: 'Parfait, merci !' },
      responses: { 200: { description: 'The answer as kept.', schema: guestView, example } },
      errors: { 400: ['invalid_json'], 422: ['invalid_score', 'too_big'] },
    }),
    path,
    method: 'post',
    handler: dinerEndpoint(async (req) => {
      const answer = feedbackAnswerSchema.parse(await jsonBody(req))
      return Response.json(await answerFeedback(req, req.routeParams?.token, answer), noStore)
    }),
  },
  {
    custom: asGuest({
      summary: 'Stop feedback emails for this guest',
      description: 'No sign-in: the link is the proof. Kept on the guest profile; no feedback email is sent to them again.',
      responses: { 200: { description: 'Done.', schema: z.object({ optedOut: z.literal(true) }), example: { optedOut: true } } },
      errors: {},
    }),
    path: `${path}/opt-out`,
    method: 'post',
    handler: dinerEndpoint(async (req) => Response.json(await optOutOfFeedback(req, req.routeParams?.token), noStore)),
  },
]
