/**
 * Next's cache (rendered pages and the site's cached reads) in Redis/Valkey, shared by every app
 * node: a page rendered by one node is served by all, and an edit saved on any node expires its
 * tags for all of them at once (src/utilities/siteCache.ts). next.config.mjs loads this file when
 * REDIS_URL is set. The handler is @fortedigital/nextjs-cache-handler's (the maintained successor
 * of @neshca/cache-handler); this file only connects it.
 *
 * Plain JavaScript: Next loads it by path, outside the bundle.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'

/** Past this, a read counts as a miss and the page is rendered: a slow cache must not slow the site. */
const REDIS_TIMEOUT_MS = 1000

CacheHandler.onCreation(({ buildId }) => {
  const client = createClient({
    url: process.env.REDIS_URL,
    // Reconnect for ever, a little slower each time; meanwhile every read is a miss (pages render).
    socket: { connectTimeout: REDIS_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
    disableOfflineQueue: true,
  })
  let reported = false
  client.on('error', (error) => {
    if (reported) return
    reported = true
    console.error(JSON.stringify({ level: 'error', msg: 'Redis cache unreachable: pages render without the shared cache', error: String(error?.message ?? error) }))
  })
  client.on('ready', () => (reported = false))
  // Not awaited: while Redis is away (it retries until it is back), reads are misses, not waits.
  client.connect().catch(() => {})
  return {
    // One namespace per build: a new release never reads pages rendered by the previous one.
    handlers: [createRedisHandler({ client, keyPrefix: `techplus:next:${buildId ?? 'dev'}:`, timeoutMs: REDIS_TIMEOUT_MS })],
  }
})

/**
 * Next prefers the lifetime stored with an entry to the one this process remembers; a page that
 * another node rendered is unknown here and would count as stale after one second. The library
 * keeps that lifetime (lifespan.revalidate): it is handed back to Next in the form Next reads.
 */
export default class SharedCacheHandler extends CacheHandler {
  async get(key, context) {
    const entry = await super.get(key, context)
    if (entry && !entry.cacheControl && entry.lifespan?.revalidate) return { ...entry, cacheControl: { revalidate: entry.lifespan.revalidate, expire: undefined } }
    return entry
  }
}
