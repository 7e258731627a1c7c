/**
 * Where each public page lives. One module for every link the site, the sitemap, the JSON-LD and
 * the emails build, so the group/single rule is written once:
 *
 * - a site with one restaurant is *single*: its pages keep the short URLs (`/fr`, `/fr/menu`,
 *   `/fr/book`, `/fr/about`) and `/fr/{restaurant}/…` sends there;
 * - a site with two or more is a *group*: `/fr` lists them and each restaurant's pages live under
 *   its slug (`/fr/{restaurant}/menu`); the site's own restaurant keeps its short URLs as
 *   permanent redirects, so bookmarks and old emails still land.
 */

/** Path segments the site uses itself: a restaurant with one of these slugs would be unreachable. */
export const RESERVED_SEGMENTS = ['menu', 'book', 'account', 'reservation', 'find-booking', 'offline', 'home'] as const

/** What the rules need to know about the site: how many restaurants, and which one is its own. */
export type SiteShape = { group: boolean; siteRestaurant: string | null }

/** A restaurant's own pages: its home, menu, booking wizard, or one of its CMS pages by slug. */
export type RestaurantPage = 'home' | 'menu' | 'book' | (string & {})

export function isReservedSegment(slug: string): boolean {
  return (RESERVED_SEGMENTS as readonly string[]).includes(slug)
}

/** Two or more restaurants make a group. */
export function siteShapeOf(restaurantSlugs: readonly string[], siteRestaurant: string | null): SiteShape {
  return { group: restaurantSlugs.length >= 2, siteRestaurant: siteRestaurant ?? restaurantSlugs[0] ?? null }
}

function withQuery(path: string, query?: string): string {
  if (!query) return path
  return `${path}${query.startsWith('?') ? query : `?${query}`}`
}

/** The canonical path of a restaurant's page: `/en/la-cantine-du-port/menu` in a group, `/en/menu` alone. */
export function restaurantPath(site: SiteShape, locale: string, restaurant: string, page: RestaurantPage = 'home', query?: string): string {
  const base = site.group ? `/${locale}/${restaurant}` : `/${locale}`
  return withQuery(page === 'home' ? base : `${base}/${page}`, query)
}

/** A CMS page that belongs to no restaurant (the group's own pages; every page on a single site). */
export function groupPagePath(locale: string, slug: string): string {
  return slug === 'home' ? `/${locale}` : `/${locale}/${slug}`
}

/** The path of a CMS page, wherever it belongs. */
export function cmsPagePath(site: SiteShape, locale: string, page: { slug: string; restaurant: string | null }): string {
  return page.restaurant ? restaurantPath(site, locale, page.restaurant, page.slug) : groupPagePath(locale, page.slug)
}

/** The same page in another language: only the locale prefix changes (slugs are not translated). */
export function pathInLocale(path: string, locale: string): string {
  return path.replace(/^\/[a-z]{2}(?=\/|$|\?)/, `/${locale}`)
}

/**
 * A short URL of the site's own restaurant (`/fr/menu`, `/fr/book?date=…`) inside a group: where it
 * now lives. Null when the short URL is already canonical (single site) or there is no restaurant.
 */
export function shortUrlRedirect(site: SiteShape, locale: string, page: RestaurantPage, query?: string): string | null {
  if (!site.group || !site.siteRestaurant) return null
  return restaurantPath(site, locale, site.siteRestaurant, page, query)
}

/**
 * `/fr/{restaurant}/…` on a single site: the short URL that is canonical there. Null in a group,
 * where that path is the canonical one.
 */
export function longUrlRedirect(site: SiteShape, locale: string, restaurant: string, page: RestaurantPage, query?: string): string | null {
  if (site.group) return null
  return restaurantPath(site, locale, restaurant, page, query)
}
