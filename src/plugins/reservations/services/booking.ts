import type { PayloadRequest } from 'payload'

import { checkBooking, localDateOf, localTimeOf, type BookingCheck } from '../../../domain/availability'
import { cancellationOutcome } from '../../../domain/policies/cancellation'
import { depositFor, holdExpiresAt } from '../../../domain/policies/deposit'
import { holdsTables } from '../../../domain/reservations/status'
import type { BookingChange, BookingRequest } from '../../../domain/schemas/booking'
import type { Reservation, Restaurant } from '../../../payload-types'
import { serverUrl } from '../../../infrastructure/config/serverUrl'
import { lockRestaurantDay } from '../db/locks'
import { releaseExpiredHolds } from '../db/occupancy'
import { manageLinkExpired } from '../../../domain/reservations/manageLink'
import { hashManageToken, looksLikeManageToken, newManageToken, sameManageTokenHash } from '../utilities/manageToken'
import { BookingError } from '../../../infrastructure/http/respond'
import { requireScope, type IntegrationUser } from '../access/integrations'
import { inTransaction } from '../../../infrastructure/db/transaction'
import { effectiveDepositPolicy, holdMinutesFor } from '../payments/policy'
import { loadBookingContext, rulesOf } from './context'
import { upsertGuest } from './guests'
import { restaurantById, restaurantBySlug } from './restaurants'

/** The engine's reason is the refusal's code; a time taken meanwhile is a conflict, the rest bad input. */
function refuse(reason: Exclude<BookingCheck, { ok: true }>['reason']): never {
  throw new BookingError(reason === 'pacing' || reason === 'no_table' ? 409 : 422, reason, 'startsAt')
}

function partyWithinOnlineLimit(restaurant: Restaurant, partySize: number) {
  const max = rulesOf(restaurant).bookingRules.maxPartyOnline
  if (partySize > max) {
    throw new BookingError(422, 'party_too_large', 'partySize', { max, phone: restaurant.phone ?? undefined })
  }
}

/** Exclusion-constraint refusals surface from Payload as 409 APIErrors; keep their meaning. */
function asSlotTaken(error: unknown): never {
  if ((error as { status?: number })?.status === 409) throw new BookingError(409, 'table_taken', 'startsAt')
  throw error
}

export interface BookingResult {
  reservation: Reservation
  restaurant: Restaurant
  manageToken: string
}

/**
 * An online booking: lock the restaurant's day, re-check against committed bookings with the
 * engine, write guest, reservation and occupancy in one transaction. Never double-books.
 */
export async function bookOnline(req: PayloadRequest, request: BookingRequest, now = new Date(), integration?: IntegrationUser): Promise<BookingResult> {
  const restaurant = await restaurantBySlug(req, request.restaurant)
  // A partner's key books only where, and only if, it was allowed to.
  if (integration) requireScope({ user: integration as never }, 'bookings:write', restaurant.id)
  partyWithinOnlineLimit(restaurant, request.partySize)
  const startsAt = new Date(request.startsAt)
  const localDate = localDateOf(startsAt, restaurant.timeZone)

  return inTransaction(req, async () => {
    await lockRestaurantDay(req, restaurant.id, localDate)
    await releaseExpiredHolds(req, restaurant.id, now)
    const { input } = await loadBookingContext(req, restaurant, localDate, localDate)
    const check = checkBooking(startsAt, { ...input, partySize: request.partySize, now })
    if (!check.ok) refuse(check.reason)

    const deposit = depositFor(effectiveDepositPolicy(restaurant, req.payload), request.partySize, check.service)
    const guest = await upsertGuest(req, request.guest, request.locale, restaurant.id)
    const { token, hash, salt } = newManageToken()
    const reservation = await req.payload
      .create({
        collection: 'reservations',
        data: {
          restaurant: restaurant.id,
          // The engine's instant, not the request's: a time sent in the second pass of the hour
          // repeated at fall-back is booked at its first occurrence, the slot the diner was offered.
          startsAt: check.startsAt.toISOString(),
          endsAt: check.endsAt.toISOString(),
          partySize: request.partySize,
          tables: check.tableIds as number[],
          status: deposit.required ? 'pending_payment' : 'confirmed',
          source: integration ? 'api' : 'online',
          ...(integration ? { integration: integration.id } : {}),
          guest: guest.id,
          guestName: request.guest.name,
          guestEmail: request.guest.email,
          guestPhone: request.guest.phone,
          guestLocale: request.locale,
          specialRequests: request.specialRequests,
          occasion: request.occasion,
          manageTokenHash: hash,
          manageTokenSalt: salt,
          smsConsent: Boolean(request.guest.phone && request.smsConsent),
          holdExpiresAt: deposit.required ? holdExpiresAt(now, holdMinutesFor(restaurant)).toISOString() : undefined,
          deposit: {
            required: deposit.required,
            amountMinor: deposit.amountMinor,
            currency: restaurant.currency ?? 'EUR',
            status: deposit.required ? 'pending' : 'none',
          },
        } as Reservation,
        req,
        // The answer needs the booking's own fields only: populating its restaurant, guest and
        // tables again would double the cost of the write.
        depth: 0,
        context: { bookingChecked: true },
      })
      .catch(asSlotTaken)
    return { reservation, restaurant, manageToken: token }
  })
}

export async function reservationByToken(req: PayloadRequest, token: unknown): Promise<{ reservation: Reservation; restaurant: Restaurant }> {
  const notFound = new BookingError(404, 'booking_not_found')
  if (!looksLikeManageToken(token)) throw notFound
  const { docs } = await req.payload.find({
    collection: 'reservations',
    where: { manageTokenHash: { equals: hashManageToken(token) } },
    limit: 1,
    depth: 0,
    req,
    pagination: false,
    // The stored hash is hidden from every API answer; it is needed here, and never sent on.
    showHiddenFields: true,
  })
  const reservation = docs[0]
  // The database found it by hash; compare again in constant time rather than trust the index alone.
  if (!reservation?.manageTokenHash || !sameManageTokenHash(reservation.manageTokenHash, token)) throw notFound
  if (manageLinkExpired(reservation.endsAt)) {
    throw new BookingError(410, 'booking_link_expired')
  }
  const restaurant = await restaurantById(req, reservation.restaurant as number)
  return { reservation, restaurant }
}

/** What the manage page shows a guest about their booking (and nothing more). */
export type GuestView = ReturnType<typeof guestView>

export function guestView(reservation: Reservation, restaurant: Restaurant, now = new Date()) {
  const startsAt = new Date(reservation.startsAt)
  const paidMinor = reservation.deposit?.status === 'paid' ? (reservation.deposit.amountMinor ?? 0) : 0
  const changeable = holdsTables(reservation.status, reservation.holdExpiresAt, now) && reservation.status !== 'seated' && startsAt > now
  const cancellation = restaurant.cancellation
    ? cancellationOutcome(
        { freeUntilHours: restaurant.cancellation.freeUntilHours, refundPercentAfter: restaurant.cancellation.refundPercentAfter, noShowFeeMinor: restaurant.cancellation.noShowFeeMinor },
        startsAt,
        paidMinor,
        now,
      )
    : null
  return {
    reference: reservation.reference,
    status: reservation.status,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(reservation.endsAt).toISOString(),
    localDate: localDateOf(startsAt, restaurant.timeZone),
    time: localTimeOf(startsAt, restaurant.timeZone),
    timeZone: restaurant.timeZone,
    partySize: reservation.partySize,
    guestName: reservation.guestName,
    guestEmail: reservation.guestEmail ?? null,
    guestPhone: reservation.guestPhone ?? null,
    specialRequests: reservation.specialRequests ?? null,
    occasion: reservation.occasion ?? null,
    restaurant: { name: restaurant.name, slug: restaurant.slug, phone: restaurant.phone ?? null, email: restaurant.email ?? null },
    deposit: reservation.deposit?.required
      ? { amountMinor: reservation.deposit.amountMinor ?? 0, currency: reservation.deposit.currency ?? restaurant.currency ?? 'EUR', status: reservation.deposit.status }
      : null,
    holdExpiresAt: reservation.holdExpiresAt ?? null,
    canChange: changeable,
    canCancel: changeable,
    cancellation: cancellation && {
      free: cancellation.free,
      freeUntil: cancellation.freeUntil.toISOString(),
      refundPercent: cancellation.refundPercent,
      refundMinor: cancellation.refundMinor,
      keptMinor: cancellation.keptMinor,
      policy: restaurant.cancellation?.policyText ?? null,
    },
  }
}

export function manageUrl(locale: string, token: string): string {
  return `${serverUrl()}/${locale === 'en' ? 'en' : 'fr'}/reservation/${token}`
}

/** The booking as an .ics file, by the same private token. */
export function calendarUrl(token: string): string {
  return `${serverUrl()}/api/reservations/manage/${token}/calendar`
}

export function assertChangeable(reservation: Reservation, now: Date) {
  if (!holdsTables(reservation.status, reservation.holdExpiresAt, now) || reservation.status === 'seated') {
    throw new BookingError(409, 'not_changeable', undefined, { status: reservation.status })
  }
  if (new Date(reservation.startsAt) <= now) throw new BookingError(409, 'already_started')
}

/** A guest moves or resizes their booking: the same engine decides, under the same lock. */
export async function changeBooking(req: PayloadRequest, token: unknown, change: BookingChange, now = new Date()) {
  const { reservation, restaurant } = await reservationByToken(req, token)
  return changeReservation(req, reservation, restaurant, change, now)
}

/** A booking found by its link or, for a partner, by its reference: changed the same way. */
export async function changeReservation(req: PayloadRequest, reservation: Reservation, restaurant: Restaurant, change: BookingChange, now = new Date()) {
  assertChangeable(reservation, now)
  const startsAt = change.startsAt ? new Date(change.startsAt) : new Date(reservation.startsAt)
  const partySize = change.partySize ?? reservation.partySize
  partyWithinOnlineLimit(restaurant, partySize)
  const moves = startsAt.getTime() !== new Date(reservation.startsAt).getTime() || partySize !== reservation.partySize

  return inTransaction(req, async () => {
    const data: Partial<Reservation> = {}
    if (change.specialRequests !== undefined) data.specialRequests = change.specialRequests
    if (moves) {
      const localDate = localDateOf(startsAt, restaurant.timeZone)
      await lockRestaurantDay(req, restaurant.id, localDate)
      const { input } = await loadBookingContext(req, restaurant, localDate, localDate, { excludeReservation: reservation.id })
      const check = checkBooking(startsAt, { ...input, partySize, now })
      if (!check.ok) refuse(check.reason)
      const deposit = depositFor(effectiveDepositPolicy(restaurant, req.payload), partySize, check.service)
      const paid = reservation.deposit?.status === 'paid' ? (reservation.deposit.amountMinor ?? 0) : 0
      if (deposit.required && deposit.amountMinor > paid) {
        throw new BookingError(422, 'deposit_required', 'partySize')
      }
      Object.assign(data, { startsAt: check.startsAt.toISOString(), endsAt: check.endsAt.toISOString(), partySize, tables: check.tableIds as number[] })
    }
    const updated = await req.payload
      .update({ collection: 'reservations', id: reservation.id, data, req, depth: 0, context: { bookingChecked: true } })
      .catch(asSlotTaken)
    return guestView(updated, restaurant, now)
  })
}

/** The guest cancels; the policy's consequence was shown before and is returned again now. */
export async function cancelBooking(req: PayloadRequest, token: unknown, now = new Date()) {
  const { reservation, restaurant } = await reservationByToken(req, token)
  return cancelReservation(req, reservation, restaurant, 'Cancelled by the guest online', now)
}

/** The guest (or a partner acting for them) cancels: the same consequence whichever way it comes. */
export async function cancelReservation(req: PayloadRequest, reservation: Reservation, restaurant: Restaurant, reason: string, now = new Date()) {
  assertChangeable(reservation, now)
  const before = guestView(reservation, restaurant, now)
  return inTransaction(req, async () => {
    const updated = await req.payload.update({
      collection: 'reservations',
      id: reservation.id,
      data: { status: 'cancelled', cancellation: { cancelledBy: 'guest', reason } },
      req,
      depth: 0,
      context: { bookingChecked: true },
    })
    return { ...guestView(updated, restaurant, now), cancellation: before.cancellation }
  })
}
