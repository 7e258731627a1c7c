import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { relationId } from '../../../../infrastructure/access/roles'
import { noticesFor, type BookingSnapshot } from '../../../../domain/reservations/notices'
import type { Reservation, Restaurant } from '../../../../payload-types'
import { refundOnCancellation, refundOnNoShow } from '../../payments/cancellationRefund'
import { queueMessage } from '../queue'
import { smsOf } from '../sms'
import { offerFreedTable } from './waitlistOffers'
import { restaurantById } from '../../services/restaurants'

const snapshot = (doc: Reservation): BookingSnapshot => ({
  status: doc.status,
  startsAt: doc.startsAt,
  partySize: doc.partySize,
  source: doc.source,
  cancelledBy: doc.cancellation?.cancelledBy,
})

export function staffAddress(restaurant: Restaurant): string | undefined {
  return restaurant.notifications?.staffEmail || restaurant.email || undefined
}

/**
 * The guest's phone for SMS, when SMS is on and the guest agreed. Whether the number can receive a
 * text is the sender's decision (`smsRecipient`), which skips it with the reason in the message log.
 */
export function smsNumber(req: PayloadRequest, reservation: Reservation): string | null {
  if (!reservation.smsConsent || !reservation.guestPhone?.trim() || !smsOf(req.payload)) return null
  return reservation.guestPhone.trim()
}

async function queueFor(req: PayloadRequest, doc: Reservation, previous: Reservation | undefined, withoutGuestConfirmation: boolean) {
  const found = noticesFor(previous ? snapshot(previous) : undefined, snapshot(doc))
  // A host booking by phone may leave the confirmation out (the guest said so); staff still hear of it.
  const notices = withoutGuestConfirmation && found.guest === 'confirmation' ? { ...found, guest: undefined } : found
  const noShow = previous && previous.status !== 'no_show' && doc.status === 'no_show'
  if (!notices.guest && !notices.staff && !notices.freedTable && !noShow) return
  const restaurant = await restaurantById(req, relationId(doc.restaurant)!)
  if (noShow) await refundOnNoShow(req, doc, previous, restaurant)
  const locale = doc.guestLocale === 'en' ? 'en' : 'fr'
  const about = { restaurant: restaurant.id, reservation: doc.id }

  const refund = notices.guest === 'cancellation' && previous ? await refundOnCancellation(req, doc, previous, restaurant) : undefined
  if (notices.guest && doc.guestEmail) {
    const details =
      notices.guest === 'change' && previous
        ? { previous: { startsAt: previous.startsAt, partySize: previous.partySize } }
        : refund
          ? { refund }
          : undefined
    await queueMessage(req, { ...about, channel: 'email', kind: notices.guest, to: doc.guestEmail, locale, details })
  }
  const phone = notices.guest === 'confirmation' ? smsNumber(req, doc) : null
  if (phone) await queueMessage(req, { ...about, channel: 'sms', kind: 'confirmation', to: phone, locale })

  const staffTo = staffAddress(restaurant)
  if (notices.staff && staffTo) {
    await queueMessage(req, { ...about, channel: 'email', kind: 'staff_alert', to: staffTo, locale: 'fr', details: { event: notices.staff } })
  }
  if (notices.freedTable && previous) await offerFreedTable(req, previous, restaurant)
}

/**
 * Queues the emails (and SMS) a booking change calls for, and the deposit refunds it implies, inside the change's own transaction:
 * they go out after it commits, or never if it rolls back. Seeding sends nothing.
 */
export const notifyAboutReservation: CollectionAfterChangeHook<Reservation> = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.seeding || req.context.seeding || context.silent) return doc
  await queueFor(req, doc, operation === 'update' ? previousDoc : undefined, Boolean(context.withoutGuestConfirmation))
  return doc
}
