import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { JsonLd } from '@/components/JsonLd'
import { OpeningHours } from '@/components/OpeningHours'
import { PageHero } from '@/components/PageHero'
import { RenderBlocks } from '@/components/RenderBlocks'
import { isLocale } from '@/i18n/config'
import { findPage, siteRestaurant } from '@/utilities/content'
import { alternatesFor } from '@/utilities/pageMetadata'
import { serverUrl } from '@/infrastructure/config/serverUrl'

const SCHEMA_DAYS: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' }

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const page = await findPage('home', locale)
  return {
    title: page?.meta?.title ?? page?.title,
    description: page?.meta?.description ?? undefined,
    alternates: alternatesFor(locale, ''),
  }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [page, restaurant] = await Promise.all([findPage('home', locale), siteRestaurant(locale)])
  if (!page) notFound()
  return (
    <>
      {restaurant ? (
        <JsonLd
          data={{
            '@context': 'https://schema.org',
            '@type': 'Restaurant',
            name: restaurant.name,
            description: restaurant.description ?? undefined,
            url: `${serverUrl()}/${locale}`,
            telephone: restaurant.phone ?? undefined,
            email: restaurant.email ?? undefined,
            servesCuisine: 'French',
            acceptsReservations: `${serverUrl()}/${locale}/book`,
            hasMenu: `${serverUrl()}/${locale}/menu`,
            address: {
              '@type': 'PostalAddress',
              streetAddress: restaurant.address?.street ?? undefined,
              postalCode: restaurant.address?.postalCode ?? undefined,
              addressLocality: restaurant.address?.city ?? undefined,
              addressCountry: restaurant.address?.country ?? undefined,
            },
            geo: restaurant.address?.latitude
              ? { '@type': 'GeoCoordinates', latitude: restaurant.address.latitude, longitude: restaurant.address.longitude }
              : undefined,
            openingHoursSpecification: (restaurant.services ?? []).map((s) => ({
              '@type': 'OpeningHoursSpecification',
              dayOfWeek: (s.days ?? []).map((d) => SCHEMA_DAYS[d]),
              opens: s.start,
              closes: s.end,
            })),
          }}
        />
      ) : null}
      <PageHero hero={page.hero} locale={locale} priority />
      <div className="container home-grid">
        <RenderBlocks blocks={page.layout ?? []} locale={locale} />
        {restaurant ? <OpeningHours restaurant={restaurant} locale={locale} /> : null}
      </div>
    </>
  )
}
