'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { pathInLocale, restaurantPath, type SiteShape } from '@/domain/site/paths'
import type { Locale } from '@/i18n/config'

/** The restaurant whose pages are on screen, from the path (`/en/la-cantine-du-port/menu`), or null. */
function restaurantOnScreen(pathname: string, site: SiteShape, restaurants: readonly string[]): string | null {
  if (!site.group) return site.siteRestaurant
  const segment = pathname.split('/')[2] ?? ''
  return restaurants.includes(segment) ? segment : site.siteRestaurant
}

/**
 * The header's links that depend on the page: the language switch opens the same page in the other
 * language, and the booking button books at the restaurant on screen (the site's own elsewhere).
 * The header sits in the locale layout, which Next renders once for every page below it.
 */
export function LanguageSwitch({ locale, other, label }: { locale: Locale; other: Locale; label: string }) {
  const pathname = usePathname() ?? `/${locale}`
  return (
    <Link className="lang-switch" href={pathInLocale(pathname, other)} hrefLang={other} lang={other}>
      {label}
    </Link>
  )
}

export function BookButton({ locale, site, restaurants, label }: { locale: Locale; site: SiteShape; restaurants: string[]; label: string }) {
  const pathname = usePathname() ?? `/${locale}`
  const restaurant = restaurantOnScreen(pathname, site, restaurants)
  return (
    <Link className="button" href={restaurant ? restaurantPath(site, locale, restaurant, 'book') : `/${locale}`}>
      {label}
    </Link>
  )
}
