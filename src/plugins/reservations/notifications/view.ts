import type { PayloadRequest } from 'payload'

import { relationId } from '../../../infrastructure/access/roles'
import type { ContactMessage, Feedback, MessageLog, Reservation, Restaurant, Waitlist } from '../../../payload-types'
import { serverUrl } from '../../../infrastructure/config/serverUrl'
import { calendarUrl, manageUrl } from '../services/booking'
import { dailyReportOf } from '../services/dailyReport'
import { feedbackOptOutUrl, feedbackUrl } from '../services/feedback'
import { restaurantPageUrl } from '../services/siteLinks'
import { maskEmail } from '../../../domain/diners/maskEmail'
import { signEmailChange } from '../utilities/emailChangeToken'
import { manageTokenFromSalt } from '../utilities/manageToken'
import type { BookingView, Locale, MessageView, RestaurantView } from './templates/types'

export function postalAddress(restaurant: Restaurant): string {
  const a = restaurant.address
  return [a?.street, [a?.postalCode, a?.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
}

/** The guest's private links for a booking, rebuilt from its salt (see utilities/manageToken). */
export function guestLinks(reservation: Reservation, locale: Locale) {
  if (!reservation.manageTokenSalt) return null
  const token = manageTokenFromSalt(reservation.manageTokenSalt)
  return { manageUrl: manageUrl(locale, token), calendarUrl: calendarUrl(token) }
}

function restaurantView(restaurant: Restaurant, bookUrl: string): RestaurantView {
  return {
    name: restaurant.name,
    address: postalAddress(restaurant) || undefined,
    phone: restaurant.phone ?? undefined,
    email: restaurant.email ?? undefined,
    timeZone: restaurant.timeZone,
    note: restaurant.notifications?.emailNote ?? undefined,
    siteUrl: serverUrl(),
    bookUrl,
  }
}

function bookingView(reservation: Reservation, locale: Locale): BookingView {
  const links = guestLinks(reservation, locale) ?? { manageUrl: `${serverUrl()}/${locale}`, calendarUrl: `${serverUrl()}/${locale}` }
  return {
    reference: reservation.reference,
    startsAt: reservation.startsAt,
    endsAt: reservation.endsAt,
    partySize: reservation.partySize,
    guestName: reservation.guestName,
    guestEmail: reservation.guestEmail ?? undefined,
    guestPhone: reservation.guestPhone ?? undefined,
    specialRequests: reservation.specialRequests ?? undefined,
    occasion: reservation.occasion ?? undefined,
    source: reservation.source ?? undefined,
    ...links,
    deposit: reservation.deposit?.required
      ? { amountMinor: reservation.deposit.amountMinor ?? 0, currency: reservation.deposit.currency ?? 'EUR', holdExpiresAt: reservation.holdExpiresAt ?? undefined }
      : undefined,
  }
}

/** The document a message is about, or null when it has gone since. */
async function related(req: PayloadRequest, collection: 'contact-messages' | 'waitlist' | 'reservations' | 'feedback', value: unknown, options: { showHiddenFields?: boolean; overrideAccess?: boolean } = {}) {
  const id = relationId(value as number | { id: number } | null)
  if (id === null) return null
  return req.payload.findByID({ collection, id, depth: 0, req, disableErrors: true, ...options })
}

/**
 * Everything the message's template needs, loaded now (at send time) so a retried message tells
 * the current truth. Null when what it was about no longer exists: it is then skipped.
 */
export async function loadMessageView(
  req: PayloadRequest,
  message: MessageLog,
): Promise<{ view: MessageView; reservation?: Reservation; restaurant: Restaurant } | null> {
  const locale: Locale = message.locale === 'en' ? 'en' : 'fr'
  const restaurantId = relationId(message.restaurant)
  if (restaurantId === null) return null
  const restaurant = await req.payload.findByID({ collection: 'restaurants', id: restaurantId, locale, depth: 0, req, disableErrors: true })
  if (!restaurant) return null
  const base = { locale, restaurant: restaurantView(restaurant, await restaurantPageUrl(req, restaurant.slug, locale, 'book')) }
  const details = (message.details ?? {}) as Record<string, never>

  if (message.kind === 'contact_copy') {
    const contact = (await related(req, 'contact-messages', message.contactMessage)) as ContactMessage | null
    if (!contact) return null
    return {
      restaurant,
      view: { ...base, kind: 'contact_copy', contact: { name: contact.name, email: contact.email, phone: contact.phone ?? undefined, subject: contact.subject, message: contact.message } },
    }
  }
  if (message.kind === 'waitlist_offer') {
    const entry = (await related(req, 'waitlist', message.waitlistEntry)) as Waitlist | null
    if (!entry) return null
    return {
      restaurant,
      view: {
        ...base,
        kind: 'waitlist_offer',
        offer: {
          guestName: entry.guestName,
          date: entry.date,
          windowStart: entry.windowStart,
          windowEnd: entry.windowEnd,
          partySize: entry.partySize,
          url: String(details.url),
          expiresAt: String(details.expiresAt),
        },
      },
    }
  }

  if (message.kind === 'daily_report') {
    const report = await dailyReportOf(req, restaurant, String(details.date))
    return { restaurant, view: { ...base, kind: 'daily_report', report, adminUrl: `${serverUrl()}/admin/analytics` } }
  }

  // With its hidden salt: the guest's links are rebuilt from it.
  const reservation = (await related(req, 'reservations', message.reservation, { showHiddenFields: true })) as Reservation | null
  if (!reservation) return null
  const booking = bookingView(reservation, locale)
  switch (message.kind) {
    case 'change': {
      const previous = (details.previous as { startsAt: string; partySize: number } | undefined) ?? { startsAt: booking.startsAt, partySize: booking.partySize }
      return { restaurant, reservation, view: { ...base, kind: 'change', booking, previous } }
    }
    case 'cancellation': {
      // The refund decided at cancellation (its job may not have reached Stripe yet).
      const refund = (details.refund as { amountMinor: number; currency: string } | undefined) ?? undefined
      return { restaurant, reservation, view: { ...base, kind: 'cancellation', booking, refund } }
    }
    case 'staff_alert': {
      const largeParty = reservation.partySize >= (restaurant.notifications?.largePartyFrom ?? 8)
      return { restaurant, reservation, view: { ...base, kind: 'staff_alert', booking, event: details.event ?? 'new', largeParty } }
    }
    case 'email_change': {
      const claim = { reservation: reservation.id, email: String(details.email), expiresAt: String(details.expiresAt), from: String(details.from) }
      const confirmUrl = `${booking.manageUrl}?confirm-email=${encodeURIComponent(signEmailChange(claim))}`
      return { restaurant, reservation, view: { ...base, kind: 'email_change', booking, confirmUrl, expiresAt: claim.expiresAt } }
    }
    case 'email_changed':
      return { restaurant, reservation, view: { ...base, kind: 'email_changed', booking, newEmail: maskEmail(String(details.email)) } }
    case 'feedback_request':
    case 'feedback_alert': {
      const feedback = (await related(req, 'feedback', details.feedback, { showHiddenFields: true, overrideAccess: true })) as Feedback | null
      if (!feedback) return null
      if (message.kind === 'feedback_request') {
        return { restaurant, reservation, view: { ...base, kind: 'feedback_request', booking, feedbackUrl: feedbackUrl(feedback, locale), optOutUrl: feedbackOptOutUrl(feedback, locale) } }
      }
      const answer = { score: feedback.score ?? 0, comment: feedback.comment ?? undefined, visitDate: feedback.visitDate, service: feedback.service ?? undefined }
      return { restaurant, reservation, view: { ...base, kind: 'feedback_alert', booking, feedback: answer, adminUrl: `${serverUrl()}/admin/collections/feedback/${feedback.id}` } }
    }
    case 'booking_link':
    case 'confirmation':
    case 'reminder':
    case 'deposit_request':
    case 'deposit_expired':
      return { restaurant, reservation, view: { ...base, kind: message.kind, booking } }
  }
}
