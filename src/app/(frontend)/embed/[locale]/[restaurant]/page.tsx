import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { BookingWizard } from '@/components/booking/BookingWizard'
import { isLocale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { FRAME_ANCESTORS_META, frameAncestorsDeclaration, nonceOfPolicy } from '@/security/embedPolicy'
import { bookingWizardData } from '@/utilities/bookingWizardData'
import { restaurantBySlug } from '@/utilities/content'

type Props = { params: Promise<{ locale: string; restaurant: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * Live availability, as the wizard's own page; and the sites allowed to frame it go out in this
 * answer's header (src/security/embedPolicy.ts), so they are read for each request too: an owner
 * who removes a site shuts it out from the next request on (the restaurant's read is cached until
 * the restaurant is saved, src/utilities/siteCache.ts).
 */
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, restaurant: slug } = await params
  if (!isLocale(locale)) return {}
  const restaurant = await restaurantBySlug(slug, locale)
  return restaurant ? { title: messagesFor(locale).wizard.embedTitle(restaurant.name) } : {}
}

export default async function EmbedPage({ params, searchParams }: Props) {
  const { locale, restaurant: slug } = await params
  if (!isLocale(locale)) notFound()
  const restaurant = await restaurantBySlug(slug, locale)
  if (!restaurant) notFound()
  // Signed with the nonce this page is rendered with, which only our server knows (embedPolicy.ts).
  const nonce = nonceOfPolicy((await headers()).get('content-security-policy'))
  // A signed-in diner's details stay on our own site: never prefilled inside another site's page.
  const data = await bookingWizardData(restaurant, locale, await searchParams, { prefill: false })
  return (
    <div className="container narrow embed__page">
      {nonce ? <meta name={FRAME_ANCESTORS_META} content={frameAncestorsDeclaration(nonce, restaurant.embedOrigins)} /> : null}
      <h1>
        {messagesFor(locale).wizard.title} — {restaurant.name}
      </h1>
      <BookingWizard {...data} embedded />
    </div>
  )
}
