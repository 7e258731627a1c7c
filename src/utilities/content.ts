import { draftMode } from 'next/headers'
import { cache } from 'react'

import type { Locale } from '@/i18n/config'
import type { Where } from 'payload'

import { cmsPagePath, restaurantPath, siteShapeOf, type SiteShape } from '@/domain/site/paths'
import { relationId } from '@/infrastructure/access/roles'
import type { Footer, Header, Page, Restaurant, SiteSetting } from '@/payload-types'

import { getPayloadClient } from './getPayloadClient'
import { cachedSiteQuery, siteTags } from './siteCache'

/** The page's owner: a restaurant's id, or null for the group's own pages. */
type PageOwner = number | null

const ownerIs = (restaurant: PageOwner): Where => (restaurant === null ? { restaurant: { exists: false } } : { restaurant: { equals: restaurant } })

const publishedPage = cachedSiteQuery('page', async (slug: string, locale: Locale, restaurant: PageOwner): Promise<Page | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'pages', where: { and: [{ slug: { equals: slug } }, ownerIs(restaurant)] }, locale, limit: 1, depth: 2, overrideAccess: false })
  return docs[0] ?? null
}, (slug, _locale, restaurant) => [siteTags.page(restaurant, slug)])

/**
 * A CMS page of a restaurant (or of the group: null) as visitors see it (cached until content
 * changes), or its latest draft in draft mode, which only signed-in staff can turn on through
 * /next/preview and which is never cached. Memoised per request too, so metadata and page share one read.
 */
export const findPage = cache(async (slug: string, locale: Locale, restaurant: PageOwner): Promise<Page | null> => {
  if (!(await draftMode()).isEnabled) return publishedPage(slug, locale, restaurant)
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'pages', where: { and: [{ slug: { equals: slug } }, ownerIs(restaurant)] }, locale, limit: 1, depth: 2, draft: true })
  return docs[0] ?? null
})

/** A restaurant's published pages (title and slug), for its navigation; its home is not listed. */
export const restaurantPages = cachedSiteQuery('restaurant-pages', async (restaurant: number, locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    where: { and: [{ restaurant: { equals: restaurant } }, { slug: { not_equals: 'home' } }] },
    locale,
    limit: 20,
    depth: 0,
    sort: 'createdAt',
    select: { title: true, slug: true },
    overrideAccess: false,
  })
  return docs.map((p) => ({ title: p.title, slug: p.slug }))
}, (restaurant) => [siteTags.pageList(restaurant)])

const readSiteGlobal = cachedSiteQuery('global', async (slug: SiteGlobal, locale: Locale) => {
  const payload = await getPayloadClient()
  return payload.findGlobal({ slug, locale, depth: 1 })
}, (slug) => [siteTags.global(slug)])

type SiteGlobal = 'header' | 'footer' | 'site-settings'
type SiteGlobals = { header: Header; footer: Footer; 'site-settings': SiteSetting }

/** A site global (header, footer, settings), cached until content changes. */
export const siteGlobal = cache(<G extends SiteGlobal>(slug: G, locale: Locale) => readSiteGlobal(slug, locale) as Promise<SiteGlobals[G]>)

const allRestaurants = cachedSiteQuery('restaurants', async (locale: Locale): Promise<Restaurant[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'restaurants', locale, limit: 100, depth: 1, sort: 'createdAt', pagination: false })
  return docs
}, () => [siteTags.restaurants])

/** Every restaurant of the site, oldest first (the group home's order). */
export const siteRestaurants = cache((locale: Locale) => allRestaurants(locale))

/** A restaurant by its slug, or null. */
export const restaurantBySlug = cache(async (slug: string, locale: Locale): Promise<Restaurant | null> => {
  return (await siteRestaurants(locale)).find((r) => r.slug === slug) ?? null
})

/** The restaurant the site presents as its own (site settings), or the first one. */
export const siteRestaurant = cache(async (locale: Locale): Promise<Restaurant | null> => {
  const settings = await siteGlobal('site-settings', locale)
  const restaurants = await siteRestaurants(locale)
  const chosen = relationId(settings.restaurant as never)
  return restaurants.find((r) => r.id === chosen) ?? restaurants[0] ?? null
})

/** Group or single, and which restaurant owns the short URLs: what every link on the site depends on. */
export const siteShape = cache(async (locale: Locale): Promise<SiteShape> => {
  const [restaurants, own] = await Promise.all([siteRestaurants(locale), siteRestaurant(locale)])
  return siteShapeOf(
    restaurants.map((r) => r.slug),
    own?.slug ?? null,
  )
})

/** A restaurant's menu categories and dishes in order, cached until content changes. */
export const restaurantMenu = cachedSiteQuery('menu', async (restaurant: number, locale: Locale) => {
  const payload = await getPayloadClient()
  const [categories, items] = await Promise.all([
    payload.find({ collection: 'menu-categories', where: { restaurant: { equals: restaurant } }, locale, sort: 'order', limit: 100, depth: 0 }),
    payload.find({ collection: 'menu-items', where: { restaurant: { equals: restaurant } }, locale, sort: 'order', limit: 500, depth: 1 }),
  ])
  return { categories: categories.docs, items: items.docs }
}, (restaurant) => [siteTags.menu(restaurant)])

type Link = { type?: 'page' | 'url' | null; url?: string | null; page?: number | Page | null }

/**
 * Where a link is drawn: the site's shape, the language, the restaurant whose page holds it (its
 * slug, if any), and every restaurant's slug by id (a CMS page names its restaurant by id).
 */
export type LinkContext = { locale: Locale; site: SiteShape; restaurant: string | null; slugs: Record<string, string> }

/** The link context of a page, inside a restaurant or not. */
export const linkContext = cache(async (locale: Locale, restaurant: string | null = null): Promise<LinkContext> => {
  const [site, restaurants] = await Promise.all([siteShape(locale), siteRestaurants(locale)])
  return { locale, site, restaurant, slugs: Object.fromEntries(restaurants.map((r) => [String(r.id), r.slug])) }
})

/**
 * CMS links to pages go to wherever that page lives. Site-relative URLs ("/menu", "/book") inside a
 * restaurant's page mean that restaurant's page; elsewhere the menu and booking are the site's own
 * restaurant's, and other paths are kept. Outside links are kept.
 */
export function linkHref(link: Link, { locale, site, restaurant, slugs }: LinkContext): string {
  if (link.type === 'page' && link.page && typeof link.page === 'object') {
    const owner = relationId(link.page.restaurant as never)
    return cmsPagePath(site, locale, { slug: link.page.slug, restaurant: owner === null ? null : (slugs[String(owner)] ?? null) })
  }
  const url = link.url ?? '/'
  if (!url.startsWith('/')) return url
  const [path, query] = url.split('?', 2) as [string, string | undefined]
  const page = path.replace(/^\/+|\/+$/g, '') || 'home'
  if (restaurant && !page.includes('/')) return restaurantPath(site, locale, restaurant, page, query)
  if ((page === 'menu' || page === 'book') && site.siteRestaurant) return restaurantPath(site, locale, site.siteRestaurant, page, query)
  return `/${locale}${url === '/' ? '' : url}`
}
