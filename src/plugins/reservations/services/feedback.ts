import type { PayloadRequest } from 'payload'

import { sittingsBetween } from '../../../domain/analytics/occupancy'
import { addLocalDays, localDateOf, todayIn } from '../../../domain/availability/localTime'
import { FEEDBACK_ANSWER_DAYS, FEEDBACK_REQUEST_LOCAL_TIME, isLowScore, type FeedbackAnswer } from '../../../domain/feedback'
import { relationId } from '../../../infrastructure/access/roles'
import { serverUrl } from '../../../infrastructure/config/serverUrl'
import { execute, sql } from '../../../infrastructure/db/execute'
import { inTransaction } from '../../../infrastructure/db/transaction'
import { BookingError } from '../../../infrastructure/http/respond'
import type { Feedback, Reservation, Restaurant } from '../../../payload-types'
import { queueMessage } from '../notifications/queue'
import { sameManageTokenHash } from '../utilities/manageToken'
import { feedbackTokenFromSalt, hashFeedbackToken, looksLikeFeedbackToken, newFeedbackToken } from '../utilities/feedbackToken'
import { rulesOf } from './context'
import { restaurantById } from './restaurants'
import { managersOf } from './staffRecipients'

type Locale = 'fr' | 'en'

/** The guest's page for a visit's feedback, rebuilt from the row's salt (as the booking's links are). */
export function feedbackUrl(feedback: Pick<Feedback, 'tokenSalt'>, locale: Locale): string {
  return `${serverUrl()}/${locale}/feedback/${feedbackTokenFromSalt(feedback.tokenSalt)}`
}

/** The page that stops these emails for this guest, by the same link: no sign-in. */
export function feedbackOptOutUrl(feedback: Pick<Feedback, 'tokenSalt'>, locale: Locale): string {
  return `${feedbackUrl(feedback, locale)}/opt-out`
}

/** The restaurant's service a visit started in ("Déjeuner", "Dîner"), or null outside the hours. */
function serviceOfVisit(restaurant: Restaurant, startsAt: Date): string | null {
  const date = localDateOf(startsAt, restaurant.timeZone)
  const sitting = sittingsBetween(date, date, rulesOf(restaurant)).find((s) => s.opensAt <= startsAt && startsAt < s.closesAt)
  return sitting?.service ?? null
}

/**
 * The morning after: every completed visit of yesterday (each restaurant's local day) whose guest
 * has an email and has not opted out gets one feedback row and one email, both in one transaction.
 * The row's unique reservation makes a second run (or a second worker) a no-op for that visit, and a
 * run on any later day looks at a different yesterday: a visit is asked once or never. A cancelled
 * or no-show booking is never `completed`, so never asked.
 */
export async function requestFeedback(req: PayloadRequest, now: Date = new Date()): Promise<number> {
  return inTransaction(req, async () => {
    const at = now.toISOString()
    const due = await execute(
      req,
      sql`SELECT r.id, r.restaurant_id, r.guest_id, r.starts_at, r.guest_email, r.guest_locale
          FROM reservations r
          JOIN restaurants t ON t.id = r.restaurant_id
          LEFT JOIN guests g ON g.id = r.guest_id
          WHERE r.status = 'completed'
            AND coalesce(r.guest_email, '') <> ''
            AND NOT coalesce(g.feedback_opt_out, false)
            AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.reservation_id = r.id)
            AND r.starts_at >= ${at}::timestamptz - interval '3 days' AND r.starts_at < ${at}::timestamptz
            AND (r.starts_at AT TIME ZONE t.time_zone)::date = (${at}::timestamptz AT TIME ZONE t.time_zone)::date - 1
            AND to_char(${at}::timestamptz AT TIME ZONE t.time_zone, 'HH24:MI') >= ${FEEDBACK_REQUEST_LOCAL_TIME}
          ORDER BY r.id`,
    )
    let queued = 0
    for (const visit of due) {
      const restaurant = await restaurantById(req, Number(visit.restaurant_id))
      const startsAt = new Date(String(visit.starts_at))
      const { hash, salt } = newFeedbackToken()
      const [row] = await execute(
        req,
        sql`INSERT INTO feedback (restaurant_id, reservation_id, guest_id, visit_date, service, token_hash, token_salt, updated_at, created_at)
            VALUES (${Number(visit.restaurant_id)}, ${Number(visit.id)}, ${visit.guest_id === null ? null : Number(visit.guest_id)},
                    ${localDateOf(startsAt, restaurant.timeZone)}, ${serviceOfVisit(restaurant, startsAt)}, ${hash}, ${salt}, now(), now())
            ON CONFLICT (reservation_id) DO NOTHING
            RETURNING id`,
      )
      if (!row) continue
      const locale: Locale = visit.guest_locale === 'en' ? 'en' : 'fr'
      await queueMessage(req, {
        channel: 'email',
        kind: 'feedback_request',
        to: String(visit.guest_email),
        locale,
        restaurant: Number(visit.restaurant_id),
        reservation: Number(visit.id),
        details: { feedback: Number(row.id) },
      })
      queued++
    }
    return queued
  })
}

export interface FeedbackFound {
  feedback: Feedback
  reservation: Reservation
  restaurant: Restaurant
}

/** A visit's feedback by its secret link: 404 for a link that is not one, 410 once the answering days are over. */
export async function feedbackByToken(req: PayloadRequest, token: unknown): Promise<FeedbackFound> {
  const notFound = new BookingError(404, 'feedback_not_found')
  if (!looksLikeFeedbackToken(token)) throw notFound
  const { docs } = await req.payload.find({
    collection: 'feedback',
    where: { tokenHash: { equals: hashFeedbackToken(token) } },
    limit: 1,
    depth: 0,
    req,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const feedback = docs[0]
  if (!feedback || !sameManageTokenHash(feedback.tokenHash, token)) throw notFound
  // The booking erased since (a guest's data removed): nothing left to give feedback on.
  const reservationId = relationId(feedback.reservation)
  if (reservationId === null) throw notFound
  const restaurant = await restaurantById(req, Number(relationId(feedback.restaurant)))
  if (todayIn(restaurant.timeZone) > addLocalDays(feedback.visitDate, FEEDBACK_ANSWER_DAYS)) throw new BookingError(410, 'feedback_closed')
  const reservation = (await req.payload.findByID({ collection: 'reservations', id: Number(reservationId), depth: 0, req, overrideAccess: true })) as Reservation
  return { feedback, reservation, restaurant }
}

/** What the feedback page shows the guest: the visit and their answer so far (nothing of the booking's link). */
export function feedbackGuestView({ feedback, reservation, restaurant }: FeedbackFound) {
  return {
    restaurant: restaurant.name,
    visitDate: feedback.visitDate,
    partySize: reservation.partySize,
    guestName: reservation.guestName,
    score: feedback.score ?? null,
    comment: feedback.comment ?? null,
    answeredAt: feedback.answeredAt ?? null,
  }
}
export type FeedbackGuestView = ReturnType<typeof feedbackGuestView>

/** The guest profile's feedback figures, recounted from every answered visit (scores only). */
async function recountGuestFeedback(req: PayloadRequest, guestId: number) {
  const [row] = await execute(req, sql`SELECT count(*)::int AS n, round(avg(score)::numeric, 1)::float AS average FROM feedback WHERE guest_id = ${guestId} AND score IS NOT NULL`)
  await req.payload.update({
    collection: 'guests',
    id: guestId,
    data: { feedbackCount: Number(row?.n ?? 0), feedbackAverage: row?.average === null || row?.average === undefined ? null : Number(row.average) },
    req,
    overrideAccess: true,
    depth: 0,
    context: { feedbackRecount: true },
  })
}

/**
 * The guest's answer: a second answer replaces the first (a guest who misclicked corrects it; one
 * answer per visit is kept). A low score alerts the restaurant's managers and owners once per
 * visit, in the same transaction as the answer.
 */
export async function answerFeedback(req: PayloadRequest, token: unknown, answer: FeedbackAnswer): Promise<FeedbackGuestView> {
  return inTransaction(req, async () => {
    const found = await feedbackByToken(req, token)
    const { feedback, reservation, restaurant } = found
    const alert = isLowScore(answer.score) && !feedback.lowScoreAlertedAt
    const now = new Date().toISOString()
    const updated = (await req.payload.update({
      collection: 'feedback',
      id: feedback.id,
      data: { score: answer.score, comment: answer.comment ?? null, answeredAt: now, ...(alert ? { lowScoreAlertedAt: now } : {}) },
      req,
      overrideAccess: true,
      depth: 0,
    })) as Feedback
    const guestId = relationId(feedback.guest)
    if (guestId !== null) await recountGuestFeedback(req, Number(guestId))
    if (alert) {
      for (const manager of await managersOf(req, restaurant.id)) {
        await queueMessage(req, {
          channel: 'email',
          kind: 'feedback_alert',
          to: manager.email,
          locale: manager.language,
          restaurant: restaurant.id,
          reservation: reservation.id,
          details: { feedback: feedback.id },
        })
      }
    }
    return feedbackGuestView({ ...found, feedback: updated })
  })
}

/** True when the booking's guest has opted out of feedback emails (checked again at send time: they may have since). */
export async function guestOptedOut(req: PayloadRequest, reservation: Pick<Reservation, 'guest'>): Promise<boolean> {
  const guestId = relationId(reservation.guest)
  if (guestId === null) return false
  const guest = await req.payload.findByID({ collection: 'guests', id: guestId, depth: 0, req, overrideAccess: true, disableErrors: true })
  return Boolean(guest?.feedbackOptOut)
}

/** The guest asks for no more feedback emails (from any of our restaurants): kept on their profile. */
export async function optOutOfFeedback(req: PayloadRequest, token: unknown): Promise<{ optedOut: true }> {
  return inTransaction(req, async () => {
    const { feedback } = await feedbackByToken(req, token)
    const guestId = relationId(feedback.guest)
    if (guestId !== null) {
      await req.payload.update({ collection: 'guests', id: guestId, data: { feedbackOptOut: true }, req, overrideAccess: true, depth: 0 })
    }
    return { optedOut: true }
  })
}
