import type { Metadata } from 'next'

import { pathInLocale } from '@/domain/site/paths'
import { LOCALES, type Locale } from '@/i18n/config'

/** Canonical URL and its translations (hreflang) for a site path such as "/menu" ("" = home). */
export function alternatesFor(locale: Locale, path: string): Metadata['alternates'] {
  return alternatesOf(`/${locale}${path}`)
}

/** Canonical URL and its translations (hreflang) for a full site path such as "/en/la-cantine-du-port/menu". */
export function alternatesOf(path: string): Metadata['alternates'] {
  return { canonical: path, languages: Object.fromEntries(LOCALES.map((l) => [l, pathInLocale(path, l)])) }
}

/** Metadata of a restaurant's page at `path`: "<title> — <restaurant>", its tagline, hreflang. */
export function restaurantPageMetadata(path: string, title: string, restaurant: { name: string; tagline?: string | null } | null): Metadata {
  return {
    title: `${title} — ${restaurant?.name ?? ''}`,
    description: restaurant?.tagline ?? undefined,
    alternates: alternatesOf(path),
  }
}
