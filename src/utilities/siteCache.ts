import { revalidateTag, unstable_cache } from 'next/cache'
import { after } from 'next/server'

type Id = number | string

/**
 * The tags of the site's cached reads. A page served from Next's cache carries the tags of every
 * read it was rendered from, so expiring a tag re-renders exactly the pages that showed that content:
 * a dish's price, its restaurant's menu page; a page's text, that page.
 */
export const siteTags = {
  /** every read: media (pictures appear anywhere) and changes whose reach is unknown */
  everything: 'site',
  /** the restaurants' list and details: header, footer, group home, every restaurant's pages */
  restaurants: 'restaurants',
  global: (slug: string) => `global:${slug}`,
  menu: (restaurant: Id) => `menu:${restaurant}`,
  /** a restaurant's (or, null, the group's) list of pages, for its navigation */
  pageList: (owner: Id | null) => `pages:${owner ?? 'group'}`,
  /** one CMS page, by what it is read by: its owner and slug */
  page: (owner: Id | null, slug: string) => `page:${owner ?? 'group'}:${slug}`,
}

/**
 * Changes made outside the app (the seed CLI, a restore) reach no cache, so cached content also
 * expires on its own after this long (then the next visitor gets it re-rendered in the background).
 */
const SAFETY_TTL_SECONDS = 300

/**
 * Caches a read of published site content across requests (and, with REDIS_URL, across nodes),
 * keyed by its arguments and tagged by `tagsOf` them. Content is read far more often than edited;
 * a save in the admin expires its tags at once (src/plugins/siteRevalidation.ts).
 */
export function cachedSiteQuery<Args extends unknown[], Result>(name: string, query: (...args: Args) => Promise<Result>, tagsOf: (...args: Args) => string[]) {
  return (...args: Args): Promise<Result> =>
    unstable_cache(() => query(...args), ['site', name, JSON.stringify(args)], { tags: [siteTags.everything, ...tagsOf(...args)], revalidate: SAFETY_TTL_SECONDS })()
}

/**
 * A render that read the content just before a save can finish just after its tags expired, and
 * store the old page as new. Expiring the same tags once more, this long after the save, bounds
 * how long such a page can be served; it costs one extra render of the pages the save touched.
 */
const SECOND_EXPIRY_MS = 5_000

/**
 * Expires cached site content by tag, on every node. Next applies it when the current request ends,
 * which for a save is after Payload has committed it, and again SECOND_EXPIRY_MS later (Next's
 * `after`, which applies expiries made in it too). Outside a Next request (seed CLI, integration
 * tests) there is no cache to expire and Next throws; that case is expected and ignored.
 */
export function revalidateSiteContent(tags: Iterable<string>): void {
  const unique = [...new Set(tags)]
  if (!expire(unique)) return
  try {
    after(async () => {
      await new Promise((resolve) => setTimeout(resolve, SECOND_EXPIRY_MS))
      expire(unique)
    })
  } catch {
    // A context with a cache but no request to run after (none known today): the first expiry stands.
  }
}

/** false outside a Next request, where there is no cache to expire. */
function expire(tags: string[]): boolean {
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (error instanceof Error && error.message.includes('static generation store missing')) return false
      throw error
    }
  }
  return true
}
