import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { BookingWizard } from '@/components/booking/BookingWizard'
import { DAYS_SHOWN } from '@/components/booking/constants'
import { localDateOf } from '@/domain/availability/localTime'
import { localDateSchema, partySizeSchema } from '@/domain/schemas/booking'
import { isLocale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { upcomingDays } from '@/plugins/reservations'
import { getPayloadClient } from '@/utilities/getPayloadClient'
import { restaurantForBooking } from '@/utilities/restaurantForBooking'
import { restaurantOfRoute, restaurantRouteMetadata } from '@/utilities/sitePaths'

// Also the page of /{locale}/{restaurant}/book (re-exported there): `slug` names the restaurant;
// without it, the site's own restaurant (sitePaths.ts sends each URL to its canonical one).
type Props = { params: Promise<{ locale: string; slug?: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  return restaurantRouteMetadata(locale, slug, 'book', messagesFor(locale).wizard.title)
}

/** A waitlist offer (or any link) may open the wizard on a day and party size: ?date=2026-12-24&party=4. */
function preselection(query: Record<string, string | string[] | undefined>) {
  const date = localDateSchema.safeParse(query.date)
  const party = partySizeSchema.safeParse(query.party)
  return { date: date.success ? date.data : null, party: party.success ? party.data : 2 }
}

export default async function BookPage({ params, searchParams }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const restaurant = await restaurantOfRoute(locale, slug, 'book', query)
  const chosen = preselection(query)
  const payload = await getPayloadClient()
  const days = await upcomingDays(payload, restaurant.slug, chosen.party, DAYS_SHOWN)
  return (
    <div className="container narrow page">
      <h1>
        {messagesFor(locale).wizard.title} — {restaurant.name}
      </h1>
      <BookingWizard locale={locale} restaurant={restaurantForBooking(restaurant, payload)} today={localDateOf(new Date(), restaurant.timeZone)} initialDays={{ party: chosen.party, days }} initialDate={chosen.date} />
    </div>
  )
}
