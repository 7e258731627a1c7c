import { draftMode } from 'next/headers'
import { cache } from 'react'

import type { Locale } from '@/i18n/config'
import type { Footer, Header, Page, Restaurant, SiteSetting } from '@/payload-types'

import { getPayloadClient } from './getPayloadClient'
import { cachedSiteQuery } from './siteCache'

const publishedPage = cachedSiteQuery('page', async (slug: string, locale: Locale): Promise<Page | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'pages', where: { slug: { equals: slug } }, locale, limit: 1, depth: 2, overrideAccess: false })
  return docs[0] ?? null
})

/**
 * A CMS page as visitors see it (cached until content changes), or its latest draft in draft mode,
 * which only signed-in staff can turn on through /next/preview and which is never cached.
 * Memoised per request too, so metadata and page share one read.
 */
export const findPage = cache(async (slug: string, locale: Locale): Promise<Page | null> => {
  if (!(await draftMode()).isEnabled) return publishedPage(slug, locale)
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'pages', where: { slug: { equals: slug } }, locale, limit: 1, depth: 2, draft: true })
  return docs[0] ?? null
})

const readSiteGlobal = cachedSiteQuery('global', async (slug: SiteGlobal, locale: Locale) => {
  const payload = await getPayloadClient()
  return payload.findGlobal({ slug, locale, depth: 1 })
})

type SiteGlobal = 'header' | 'footer' | 'site-settings'
type SiteGlobals = { header: Header; footer: Footer; 'site-settings': SiteSetting }

/** A site global (header, footer, settings), cached until content changes. */
export const siteGlobal = cache(<G extends SiteGlobal>(slug: G, locale: Locale) => readSiteGlobal(slug, locale) as Promise<SiteGlobals[G]>)

const firstRestaurant = cachedSiteQuery('restaurant', async (locale: Locale): Promise<Restaurant | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'restaurants', locale, limit: 1, depth: 1, sort: 'createdAt' })
  return docs[0] ?? null
})

/** The restaurant the public site presents (site settings), or the first one. */
export const siteRestaurant = cache(async (locale: Locale): Promise<Restaurant | null> => {
  const settings = await siteGlobal('site-settings', locale)
  if (settings.restaurant && typeof settings.restaurant === 'object') return settings.restaurant
  return firstRestaurant(locale)
})

/** A restaurant's menu categories and dishes in order, cached until content changes. */
export const restaurantMenu = cachedSiteQuery('menu', async (restaurant: number, locale: Locale) => {
  const payload = await getPayloadClient()
  const [categories, items] = await Promise.all([
    payload.find({ collection: 'menu-categories', where: { restaurant: { equals: restaurant } }, locale, sort: 'order', limit: 100, depth: 0 }),
    payload.find({ collection: 'menu-items', where: { restaurant: { equals: restaurant } }, locale, sort: 'order', limit: 500, depth: 1 }),
  ])
  return { categories: categories.docs, items: items.docs }
})

type Link = { type?: 'page' | 'url' | null; url?: string | null; page?: number | Page | null }

/** Site-relative links get the locale prefix; CMS pages link by slug ("home" is the locale root). */
export function linkHref(link: Link, locale: Locale): string {
  if (link.type === 'page' && link.page && typeof link.page === 'object') {
    return link.page.slug === 'home' ? `/${locale}` : `/${locale}/${link.page.slug}`
  }
  const url = link.url ?? '/'
  return url.startsWith('/') ? `/${locale}${url === '/' ? '' : url}` : url
}
