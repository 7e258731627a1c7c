import type { CollectionSlug, Config, GlobalSlug } from 'payload'

import { relationId } from '../infrastructure/access/roles'
import { revalidateSiteContent, siteTags } from '../utilities/siteCache'

type Options = { collections: CollectionSlug[]; globals: GlobalSlug[] }

type Doc = { slug?: unknown; restaurant?: unknown } | null | undefined

const ownerOf = (doc: NonNullable<Doc>) => relationId(doc.restaurant as never)

/**
 * The cache tags a change to one document expires (src/utilities/siteCache.ts): its own page, its
 * restaurant's menu or page list, and everything when its reach is unknown — a picture, a page
 * deleted, moved or renamed (links to it may be anywhere).
 */
export function tagsForChange(collection: string, doc: Doc, previous: Doc): string[] {
  // On a creation Payload's previous document is empty.
  const before = previous && Object.keys(previous).length > 0 ? previous : null
  const versions = [doc, before].filter((d): d is NonNullable<Doc> => Boolean(d))
  switch (collection) {
    case 'pages': {
      const own = versions.flatMap((d) => [siteTags.page(ownerOf(d), String(d.slug)), siteTags.pageList(ownerOf(d))])
      // A new page has no links to it yet: its own tags (its address's "not found" included) suffice.
      const moved = before !== null && (!doc || before.slug !== doc.slug || ownerOf(before) !== ownerOf(doc))
      return moved ? [...own, siteTags.everything] : own
    }
    case 'menu-items':
    case 'menu-categories':
      return versions.flatMap((d) => (ownerOf(d) === null ? [] : [siteTags.menu(ownerOf(d)!)]))
    case 'restaurants':
      return [siteTags.restaurants]
    default:
      return [siteTags.everything]
  }
}

/**
 * The public site caches what it reads from these collections and globals (pages included); this
 * plugin expires what a change touches, on every node, so an editor's save shows on the next view.
 */
export const siteRevalidation =
  ({ collections, globals }: Options) =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (!collections.includes(collection.slug as CollectionSlug)) return collection
      const changed = ({ doc, previousDoc }: { doc: Doc; previousDoc?: Doc }) => {
        revalidateSiteContent(tagsForChange(collection.slug, doc, previousDoc ?? null))
        return doc
      }
      const deleted = ({ doc }: { doc: Doc }) => {
        revalidateSiteContent(tagsForChange(collection.slug, null, doc))
        return doc
      }
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), changed],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), deleted],
        },
      }
    }),
    globals: (config.globals ?? []).map((global) =>
      globals.includes(global.slug as GlobalSlug)
        ? { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), () => revalidateSiteContent([siteTags.global(global.slug)])] } }
        : global,
    ),
  })
