import type { MetadataRoute } from 'next'

import { LOCALES } from '@/i18n/config'
import { getPayloadClient } from '@/utilities/getPayloadClient'
import { serverUrl } from '@/infrastructure/config/serverUrl'

export const dynamic = 'force-dynamic'

/** Every public page in both languages, each listing its translation (hreflang). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'pages', where: { _status: { equals: 'published' } }, limit: 500, depth: 0, pagination: false })
  const paths = ['', '/menu', '/book', ...docs.filter((p) => p.slug !== 'home').map((p) => `/${p.slug}`)]
  return paths.map((path) => ({
    url: `${serverUrl()}/fr${path}`,
    changeFrequency: 'weekly' as const,
    alternates: { languages: Object.fromEntries(LOCALES.map((l) => [l, `${serverUrl()}/${l}${path}`])) },
  }))
}
