import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { BookingWizard } from '@/components/booking/BookingWizard'
import { DAYS_SHOWN } from '@/components/booking/constants'
import { localDateOf } from '@/domain/availability/localTime'
import { isLocale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { upcomingDays } from '@/plugins/reservations/services/daySummaries'
import { siteRestaurant } from '@/utilities/content'
import { getPayloadClient } from '@/utilities/getPayloadClient'
import { restaurantPageMetadata } from '@/utilities/pageMetadata'
import { restaurantForBooking } from '@/utilities/restaurantForBooking'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return restaurantPageMetadata(locale, '/book', messagesFor(locale).wizard.title, await siteRestaurant(locale))
}

export default async function BookPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const restaurant = await siteRestaurant(locale)
  if (!restaurant) notFound()
  const days = await upcomingDays(await getPayloadClient(), restaurant.slug, 2, DAYS_SHOWN)
  return (
    <div className="container narrow page">
      <h1>
        {messagesFor(locale).wizard.title} — {restaurant.name}
      </h1>
      <BookingWizard locale={locale} restaurant={restaurantForBooking(restaurant)} today={localDateOf(new Date(), restaurant.timeZone)} initialDays={{ party: 2, days }} />
    </div>
  )
}
