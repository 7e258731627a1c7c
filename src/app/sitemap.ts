import type { MetadataRoute } from 'next'

import { LOCALES } from '@/i18n/config'
import { relationId } from '@/infrastructure/access/roles'
import { siteRestaurants, siteShape } from '@/utilities/content'
import { getPayloadClient } from '@/utilities/getPayloadClient'
import { absoluteUrl, cmsPagePath, pathInLocale, restaurantPath } from '@/utilities/sitePaths'

export const dynamic = 'force-dynamic'

/** Every public page of every restaurant (and of the group) in both languages, each listing its translation (hreflang). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const payload = await getPayloadClient()
  const [site, restaurants, pages] = await Promise.all([
    siteShape('fr'),
    siteRestaurants('fr'),
    payload.find({ collection: 'pages', where: { _status: { equals: 'published' } }, limit: 1000, depth: 0, pagination: false, select: { slug: true, restaurant: true } }),
  ])
  const slugById = new Map(restaurants.map((r) => [String(r.id), r.slug]))
  const paths = new Set<string>(['/fr'])
  for (const r of restaurants) for (const page of ['home', 'menu', 'book']) paths.add(restaurantPath(site, 'fr', r.slug, page))
  for (const p of pages.docs) {
    const owner = relationId(p.restaurant as never)
    paths.add(cmsPagePath(site, 'fr', { slug: p.slug, restaurant: owner === null ? null : (slugById.get(String(owner)) ?? null) }))
  }
  return [...paths].map((path) => ({
    url: absoluteUrl(path),
    changeFrequency: 'weekly' as const,
    alternates: { languages: Object.fromEntries(LOCALES.map((l) => [l, absoluteUrl(pathInLocale(path, l))])) },
  }))
}
