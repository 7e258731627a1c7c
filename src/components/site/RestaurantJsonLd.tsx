import { JsonLd } from '@/components/JsonLd'
import type { Locale } from '@/i18n/config'
import type { Restaurant } from '@/payload-types'
import { absoluteUrl, restaurantPath, type SiteShape } from '@/utilities/sitePaths'

const SCHEMA_DAYS: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' }

/** schema.org `Restaurant` of a restaurant's home: its own URL, cuisine, menu and booking page. */
export function restaurantSchema(restaurant: Restaurant, site: SiteShape, locale: Locale) {
  const url = (page: string) => absoluteUrl(restaurantPath(site, locale, restaurant.slug, page))
  return {
    '@type': 'Restaurant',
    '@id': url('home'),
    name: restaurant.name,
    description: restaurant.description ?? undefined,
    url: url('home'),
    telephone: restaurant.phone ?? undefined,
    email: restaurant.email ?? undefined,
    servesCuisine: restaurant.cuisine ?? undefined,
    acceptsReservations: url('book'),
    hasMenu: url('menu'),
    address: {
      '@type': 'PostalAddress',
      streetAddress: restaurant.address?.street ?? undefined,
      postalCode: restaurant.address?.postalCode ?? undefined,
      addressLocality: restaurant.address?.city ?? undefined,
      addressCountry: restaurant.address?.country ?? undefined,
    },
    geo: restaurant.address?.latitude ? { '@type': 'GeoCoordinates', latitude: restaurant.address.latitude, longitude: restaurant.address.longitude } : undefined,
    openingHoursSpecification: (restaurant.services ?? []).map((s) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: (s.days ?? []).map((d) => SCHEMA_DAYS[d]),
      opens: s.start,
      closes: s.end,
    })),
  }
}

export function RestaurantJsonLd({ restaurant, site, locale }: { restaurant: Restaurant; site: SiteShape; locale: Locale }) {
  return <JsonLd data={{ '@context': 'https://schema.org', ...restaurantSchema(restaurant, site, locale) }} />
}
