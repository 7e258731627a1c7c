import { draftMode } from 'next/headers'

import type { Locale } from '@/i18n/config'
import type { Page, Restaurant } from '@/payload-types'

import { getPayloadClient } from './getPayloadClient'

/**
 * A CMS page as visitors see it, or its latest draft in draft mode (which only signed-in staff
 * can turn on, through /next/preview).
 */
export async function findPage(slug: string, locale: Locale): Promise<Page | null> {
  const payload = await getPayloadClient()
  const draft = (await draftMode()).isEnabled
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { equals: slug } },
    locale,
    limit: 1,
    depth: 2,
    draft,
    overrideAccess: draft,
  })
  return docs[0] ?? null
}

/** The restaurant the public site presents (site settings), or the first one. */
export async function siteRestaurant(locale: Locale): Promise<Restaurant | null> {
  const payload = await getPayloadClient()
  const settings = await payload.findGlobal({ slug: 'site-settings', locale, depth: 1 })
  if (settings.restaurant && typeof settings.restaurant === 'object') return settings.restaurant
  const { docs } = await payload.find({ collection: 'restaurants', locale, limit: 1, depth: 1, sort: 'createdAt' })
  return docs[0] ?? null
}

type Link = { type?: 'page' | 'url' | null; url?: string | null; page?: number | Page | null }

/** Site-relative links get the locale prefix; CMS pages link by slug ("home" is the locale root). */
export function linkHref(link: Link, locale: Locale): string {
  if (link.type === 'page' && link.page && typeof link.page === 'object') {
    return link.page.slug === 'home' ? `/${locale}` : `/${locale}/${link.page.slug}`
  }
  const url = link.url ?? '/'
  return url.startsWith('/') ? `/${locale}${url === '/' ? '' : url}` : url
}
