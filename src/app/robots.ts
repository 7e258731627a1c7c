import type { MetadataRoute } from 'next'

import { serverUrl } from '@/infrastructure/config/serverUrl'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/fr/reservation/', '/en/reservation/'] }],
    sitemap: `${serverUrl()}/sitemap.xml`,
  }
}
