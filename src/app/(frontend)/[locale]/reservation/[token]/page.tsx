import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { createLocalReq } from 'payload'

import { ManageBooking } from '@/components/booking/ManageBooking'
import { localDateOf } from '@/domain/availability/localTime'
import { isLocale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { guestView, reconcileReservation, reservationByToken } from '@/plugins/reservations'
import { reserveTokenGuess, returnTokenGuess } from '@/security/tokenGuesses'
import { getPayloadClient } from '@/utilities/getPayloadClient'
import { restaurantForBooking } from '@/utilities/restaurantForBooking'

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  // A private page: never indexed.
  return { title: isLocale(locale) ? messagesFor(locale).manage.title : undefined, robots: { index: false, follow: false } }
}

export default async function ManagePage({ params, searchParams }: Props) {
  const { locale, token } = await params
  if (!isLocale(locale)) notFound()
  const { payment, 'confirm-email': confirmEmail } = await searchParams
  const payload = await getPayloadClient()
  const req = await createLocalReq({}, payload)
  const requestHeaders = await headers()
  if (!(await reserveTokenGuess(requestHeaders))) notFound()
  let found = await reservationByToken(req, token).catch(() => null)
  if (!found) notFound()
  await returnTokenGuess(requestHeaders)
  // Back from Stripe's checkout: ask Stripe now rather than wait for its webhook.
  if (payment === 'done' && found.reservation.status === 'pending_payment') {
    await reconcileReservation(req, found.reservation).catch((error) => payload.logger.error({ err: error, msg: 'Reconciling on return from checkout failed' }))
    found = await reservationByToken(req, token)
  }
  const { reservation, restaurant } = found
  return (
    <div className="container narrow page">
      <h1>{messagesFor(locale).manage.title}</h1>
      <ManageBooking
        locale={locale}
        token={token}
        initial={guestView(reservation, restaurant)}
        restaurant={restaurantForBooking(restaurant, payload)}
        today={localDateOf(new Date(), restaurant.timeZone)}
        paymentCancelled={payment === 'cancelled'}
        emailChangeToken={typeof confirmEmail === 'string' && confirmEmail.length <= 2000 ? confirmEmail : undefined}
      />
    </div>
  )
}
