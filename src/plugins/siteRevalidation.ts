import type { CollectionSlug, Config, GlobalSlug } from 'payload'

import { revalidateSiteContent } from '../utilities/siteCache'

type Options = { collections: CollectionSlug[]; globals: GlobalSlug[] }

/**
 * The public site caches what it reads from these collections and globals; this plugin expires
 * that cache whenever one of them changes, so an editor's save shows on the next page view.
 */
export const siteRevalidation =
  ({ collections, globals }: Options) =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collections.includes(collection.slug as CollectionSlug)
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [...(collection.hooks?.afterChange ?? []), revalidateSiteContent],
              afterDelete: [...(collection.hooks?.afterDelete ?? []), revalidateSiteContent],
            },
          }
        : collection,
    ),
    globals: (config.globals ?? []).map((global) =>
      globals.includes(global.slug as GlobalSlug)
        ? { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), revalidateSiteContent] } }
        : global,
    ),
  })
