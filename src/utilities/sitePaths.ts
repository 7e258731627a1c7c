import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { longUrlRedirect, restaurantPath, shortUrlRedirect, type RestaurantPage } from '@/domain/site/paths'
import type { Locale } from '@/i18n/config'
import type { Restaurant } from '@/payload-types'
import { serverUrl } from '@/infrastructure/config/serverUrl'

import { restaurantBySlug, siteRestaurant, siteShape } from './content'
import { restaurantPageMetadata } from './pageMetadata'

/*
 * The site's URL rules for pages and components: the pure rules are in src/domain/site/paths.ts
 * (also used by the plugin's emails); this adds what needs the site's data or Next.
 */
export { cmsPagePath, groupPagePath, pathInLocale, restaurantPath, type RestaurantPage, type SiteShape } from '@/domain/site/paths'

type Query = Record<string, string | string[] | undefined>

/** A page's query string as it came, e.g. "?date=2026-12-24&party=4" ("" when empty). */
export function queryString(query: Query | undefined): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, one)
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** An absolute URL of a site path, for JSON-LD, the sitemap and emails. */
export function absoluteUrl(path: string): string {
  return `${serverUrl()}${path}`
}

/**
 * The restaurant a restaurant page shows, from its route: `/{locale}/{slug}/…` (slug given) or a
 * short URL `/{locale}/…` (the site's own restaurant). Sends the visitor to the canonical URL first
 * when this one is not (308, so bookmarks and search engines follow), or 404 for an unknown slug.
 */
export async function restaurantOfRoute(locale: Locale, slug: string | undefined, page: RestaurantPage, query?: Query): Promise<Restaurant> {
  const site = await siteShape(locale)
  if (slug !== undefined) {
    const restaurant = await restaurantBySlug(slug, locale)
    if (!restaurant) notFound()
    const canonical = longUrlRedirect(site, locale, slug, page, queryString(query))
    if (canonical) permanentRedirect(canonical)
    return restaurant
  }
  const canonical = shortUrlRedirect(site, locale, page, queryString(query))
  if (canonical) permanentRedirect(canonical)
  const restaurant = await siteRestaurant(locale)
  if (!restaurant) notFound()
  return restaurant
}

/** Title, description and canonical/hreflang of a restaurant page, wherever the route says it is. */
export async function restaurantRouteMetadata(locale: Locale, slug: string | undefined, page: RestaurantPage, title: string): Promise<Metadata> {
  const [site, restaurant] = await Promise.all([siteShape(locale), slug === undefined ? siteRestaurant(locale) : restaurantBySlug(slug, locale)])
  if (!restaurant) return {}
  return restaurantPageMetadata(restaurantPath(site, locale, restaurant.slug, page), title, restaurant)
}
