import type { PayloadRequest } from 'payload'

import type { Reservation, Restaurant } from '../../../payload-types'
import { manageUrl } from '../services/booking'
import { BookingError } from '../../../infrastructure/http/respond'
import { emailTranslator } from '../notifications/templates'
import { stripeClient } from './config'
import { MIN_CHECKOUT_MINUTES } from './policy'

/**
 * A Stripe Checkout Session (Stripe's hosted page: no card data here) for a booking's deposit.
 * It expires with the hold; the reservation id rides along as metadata on the session and its
 * payment, which is how webhooks and reconciliation find the booking again.
 */
export async function createDepositCheckout(req: PayloadRequest, reservation: Reservation, restaurant: Restaurant, token: string) {
  const locale = reservation.guestLocale === 'en' ? 'en' : 'fr'
  // Stored in minor units already: Stripe's unit_amount takes the integer as it is.
  const amountMinor = reservation.deposit?.amountMinor ?? 0
  const currency = (reservation.deposit?.currency ?? restaurant.currency ?? 'EUR').toLowerCase()
  const expiresAt = Math.floor(new Date(reservation.holdExpiresAt ?? Date.now() + MIN_CHECKOUT_MINUTES * 60_000).getTime() / 1000)
  const metadata = { reservationId: String(reservation.id), reference: reservation.reference }
  const back = manageUrl(locale, token)
  const session = await stripeClient(req.payload).checkout.sessions.create(
    {
      mode: 'payment',
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency,
            unit_amount: amountMinor,
            product_data: { name: emailTranslator(locale).t('depositProduct', { restaurant: restaurant.name, reference: reservation.reference }) },
          },
        },
      ],
      customer_email: reservation.guestEmail ?? undefined,
      client_reference_id: String(reservation.id),
      metadata,
      payment_intent_data: { metadata },
      locale,
      expires_at: expiresAt,
      success_url: `${back}?payment=done`,
      cancel_url: `${back}?payment=cancelled`,
    },
    { idempotencyKey: `deposit-checkout-${reservation.id}-${expiresAt}` },
  )
  await req.payload.update({
    collection: 'reservations',
    id: reservation.id,
    data: { deposit: { ...reservation.deposit, stripeCheckoutSessionId: session.id } },
    req,
    overrideAccess: true,
    context: { bookingChecked: true },
  })
  return session.url
}

/**
 * Where a guest pays their deposit: the booking's open checkout page, or a new one. Fails with a
 * clear 503 when Stripe cannot be reached; the caller decides what that means for the booking.
 */
export async function depositCheckoutUrl(req: PayloadRequest, reservation: Reservation, restaurant: Restaurant, token: string): Promise<string> {
  try {
    const existing = reservation.deposit?.stripeCheckoutSessionId
    if (existing) {
      const session = await stripeClient(req.payload).checkout.sessions.retrieve(existing)
      if (session.status === 'open' && session.url) return session.url
    }
    const url = await createDepositCheckout(req, reservation, restaurant, token)
    if (!url) throw new Error('Stripe returned no checkout URL')
    return url
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Deposit checkout for ${reservation.reference} failed` })
    throw new BookingError(503, 'payment_unavailable')
  }
}
