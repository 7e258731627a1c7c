import { revalidateTag, unstable_cache } from 'next/cache'

/** Every cached read of public site content carries this tag; any content change expires it. */
const SITE_CONTENT_TAG = 'site-content'

/**
 * Changes made outside this server (the seed CLI, another instance) cannot reach its cache, so
 * cached content also expires on its own after this long.
 */
const SAFETY_TTL_SECONDS = 300

/**
 * Caches a read of published site content across requests, keyed by its arguments. Content is
 * read far more often than edited, and caching it takes the database off the public pages'
 * critical path; a save in the admin expires it at once (see revalidateSiteContent).
 */
export function cachedSiteQuery<Args extends unknown[], Result>(name: string, query: (...args: Args) => Promise<Result>) {
  return unstable_cache(query, ['site', name], { tags: [SITE_CONTENT_TAG], revalidate: SAFETY_TTL_SECONDS })
}

/**
 * Expires every cached site read. Next applies it when the current request ends, which for a save
 * is after Payload has committed it. Outside a Next request (seed CLI, integration tests) there is
 * no cache to expire and Next throws; that case is expected and ignored.
 */
export function revalidateSiteContent(): void {
  try {
    revalidateTag(SITE_CONTENT_TAG, { expire: 0 })
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes('static generation store missing')) throw error
  }
}
