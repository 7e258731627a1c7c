import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { BookingWizard } from '@/components/booking/BookingWizard'
import { isLocale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { bookingWizardData } from '@/utilities/bookingWizardData'
import { restaurantOfRoute, restaurantRouteMetadata } from '@/utilities/sitePaths'

// Also the page of /{locale}/{restaurant}/book (re-exported there): `slug` names the restaurant;
// without it, the site's own restaurant (sitePaths.ts sends each URL to its canonical one).
type Props = { params: Promise<{ locale: string; slug?: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/** Live availability, and a signed-in diner's details: rendered for each visit, never cached. */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  return restaurantRouteMetadata(locale, slug, 'book', messagesFor(locale).wizard.title)
}

export default async function BookPage({ params, searchParams }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const restaurant = await restaurantOfRoute(locale, slug, 'book', query)
  return (
    <div className="container narrow page">
      <h1>
        {messagesFor(locale).wizard.title} — {restaurant.name}
      </h1>
      <BookingWizard {...await bookingWizardData(restaurant, locale, query)} />
    </div>
  )
}
