import type { Metadata } from 'next'

import { LOCALES, type Locale } from '@/i18n/config'

/** Canonical URL and its translations (hreflang) for a site path such as "/menu" ("" = home). */
export function alternatesFor(locale: Locale, path: string): Metadata['alternates'] {
  return { canonical: `/${locale}${path}`, languages: Object.fromEntries(LOCALES.map((l) => [l, `/${l}${path}`])) }
}

/** Metadata of a page that presents the site's restaurant: "<title> — <restaurant>", its tagline, hreflang. */
export function restaurantPageMetadata(locale: Locale, path: string, title: string, restaurant: { name: string; tagline?: string | null } | null): Metadata {
  return {
    title: `${title} — ${restaurant?.name ?? ''}`,
    description: restaurant?.tagline ?? undefined,
    alternates: alternatesFor(locale, path),
  }
}
