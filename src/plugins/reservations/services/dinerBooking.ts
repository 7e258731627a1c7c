import type { PayloadRequest } from 'payload'

import { manageLinkExpired } from '../../../domain/reservations/manageLink'
import type { FindBookingRequest, GuestDetails } from '../../../domain/schemas/diner'
import type { Reservation } from '../../../payload-types'
import { relationId } from '../../../infrastructure/access/roles'
import { inTransaction } from '../../../infrastructure/db/transaction'
import { clientIp } from '../../../infrastructure/http/clientIp'
import { BookingError } from '../../../infrastructure/http/respond'
import { queueMessage } from '../notifications/queue'
import { addressFingerprint, EMAIL_CHANGE_HOURS, readEmailChange } from '../utilities/emailChangeToken'
import { assertChangeable, guestView, reservationByToken } from './booking'
import { upsertGuest } from './guests'

/** The booking's language for what is sent about it. */
const localeOf = (reservation: Reservation) => (reservation.guestLocale === 'en' ? 'en' : 'fr')

const sameAddress = (a: string | null | undefined, b: string) => Boolean(a) && a!.trim().toLowerCase() === b.trim().toLowerCase()

async function audit(req: PayloadRequest, action: 'link_request' | 'email_change', summary: string, reservation?: Reservation) {
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action,
      entity: 'reservations',
      entityId: reservation ? String(reservation.id) : undefined,
      summary,
      restaurant: reservation ? (relationId(reservation.restaurant) as number) : undefined,
      ip: req.headers ? clientIp(req.headers) : undefined,
    },
    req,
    depth: 0,
  })
}

/**
 * "Find my booking": the management link is emailed again to the booking's own address when the
 * reference and the address belong together, and the link still opens (a week after the visit it
 * does not). Whoever asks learns nothing either way — the caller answers the same, and the email
 * leaves later from the job queue. The attempt is audited without the address typed: a miss may be
 * anybody's address.
 */
export async function sendBookingLinkAgain(req: PayloadRequest, request: FindBookingRequest, now = new Date()): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'reservations',
    where: { reference: { equals: request.reference } },
    limit: 1,
    depth: 0,
    req,
    pagination: false,
    // The salt is what the link is made of; it stays on the server.
    showHiddenFields: true,
  })
  const booking = docs[0]
  const matched = Boolean(booking?.manageTokenSalt && sameAddress(booking.guestEmail, request.email) && !manageLinkExpired(booking.endsAt, now))
  await inTransaction(req, async () => {
    if (booking && matched) {
      await queueMessage(req, {
        channel: 'email',
        kind: 'booking_link',
        to: booking.guestEmail!,
        locale: localeOf(booking),
        restaurant: relationId(booking.restaurant) as number,
        reservation: booking.id,
      })
    }
    const outcome = matched ? 'link emailed to the booking’s address' : booking ? 'the address did not match' : 'no such reference'
    await audit(req, 'link_request', `Booking link asked for ${request.reference}: ${outcome}`, booking)
  })
}

/** The guest corrects the name or phone on their booking; the guest profile takes the same correction. */
export async function correctGuestDetails(req: PayloadRequest, token: unknown, details: GuestDetails, now = new Date()) {
  const { reservation, restaurant } = await reservationByToken(req, token)
  assertChangeable(reservation, now)
  return inTransaction(req, async () => {
    const updated = await req.payload.update({
      collection: 'reservations',
      id: reservation.id,
      // Texts only ever go to a number the guest agreed to: no number, no consent.
      data: { guestName: details.name, guestPhone: details.phone ?? null, smsConsent: details.phone ? reservation.smsConsent : false },
      req,
      depth: 0,
      context: { bookingChecked: true },
    })
    const guestId = relationId(reservation.guest)
    if (guestId !== null) {
      // The profile keeps a number it had when the guest only removes theirs from this booking.
      await req.payload.update({
        collection: 'guests',
        id: guestId,
        data: { name: details.name, ...(details.phone ? { phone: details.phone } : {}) },
        req,
        depth: 0,
        context: { withoutGuestFigures: true },
      })
    }
    return guestView(updated, restaurant, now)
  })
}

/**
 * The guest asks for the booking's emails to go to another address. Nothing changes yet: the new
 * address gets a signed link valid EMAIL_CHANGE_HOURS, and only opening it makes the change, so a
 * typo never sends a booking's emails to a stranger.
 */
export async function requestEmailChange(req: PayloadRequest, token: unknown, email: string, now = new Date()) {
  const { reservation, restaurant } = await reservationByToken(req, token)
  assertChangeable(reservation, now)
  if (sameAddress(reservation.guestEmail, email)) throw new BookingError(422, 'same_email', 'email')
  const expiresAt = new Date(now.getTime() + EMAIL_CHANGE_HOURS * 3_600_000).toISOString()
  await inTransaction(req, async () => {
    await queueMessage(req, {
      channel: 'email',
      kind: 'email_change',
      to: email,
      locale: localeOf(reservation),
      restaurant: restaurant.id,
      reservation: reservation.id,
      details: { email, expiresAt, from: addressFingerprint(reservation.guestEmail) },
    })
    await audit(req, 'email_change', `New email address asked for booking ${reservation.reference}: confirmation link sent to it`, reservation)
  })
  return { pendingEmail: email, expiresAt }
}

/**
 * The new address opened its link: the booking (and its guest profile, one per address) moves to
 * it, and the old address is told. A second click answers the booking as it is now.
 */
export async function confirmEmailChange(req: PayloadRequest, token: unknown, changeToken: string, now = new Date()) {
  const { reservation, restaurant } = await reservationByToken(req, token)
  const check = readEmailChange(changeToken, now)
  if (!check.ok) throw check.reason === 'expired' ? new BookingError(410, 'email_link_expired', 'token') : new BookingError(400, 'email_link_invalid', 'token')
  const { claim } = check
  if (claim.reservation !== reservation.id) throw new BookingError(400, 'email_link_invalid', 'token')
  if (sameAddress(reservation.guestEmail, claim.email)) return guestView(reservation, restaurant, now)
  if (claim.from !== addressFingerprint(reservation.guestEmail)) throw new BookingError(400, 'email_link_invalid', 'token')
  assertChangeable(reservation, now)
  const previous = reservation.guestEmail
  const locale = localeOf(reservation)
  return inTransaction(req, async () => {
    const guest = await upsertGuest(req, { name: reservation.guestName, email: claim.email, phone: reservation.guestPhone ?? undefined }, locale, restaurant.id)
    const updated = await req.payload.update({
      collection: 'reservations',
      id: reservation.id,
      data: { guestEmail: claim.email, guest: guest.id },
      req,
      depth: 0,
      context: { bookingChecked: true },
    })
    if (previous) {
      await queueMessage(req, { channel: 'email', kind: 'email_changed', to: previous, locale, restaurant: restaurant.id, reservation: reservation.id, details: { email: claim.email } })
    }
    await audit(req, 'email_change', `New email address confirmed for booking ${reservation.reference}`, reservation)
    return guestView(updated, restaurant, now)
  })
}
