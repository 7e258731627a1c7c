import type { CollectionConfig } from 'payload'

import { publishedOrStaff } from '../../infrastructure/access'
import { relationId } from '../../infrastructure/access/roles'
import { pageBlocks } from '../../blocks'
import { restaurantField } from '../../infrastructure/fields/restaurant'
import { slugField } from '../../infrastructure/fields/slug'
import { serverUrl } from '../../infrastructure/config/serverUrl'
import { canCreatePage, canEditPage } from './access/pageAccess'
import { pageRules } from './hooks/pageRules'

/**
 * Through /next/preview, which turns on draft mode for signed-in staff only and then opens the
 * page where it lives (the restaurant's, or the group's when it has none).
 */
const previewUrl = (data: { slug?: unknown; restaurant?: unknown } | undefined, locale: string | undefined) => {
  const restaurant = relationId((data?.restaurant ?? null) as never)
  return `${serverUrl()}/next/preview?slug=${encodeURIComponent(String(data?.slug ?? 'home'))}&locale=${locale ?? 'fr'}${restaurant === null ? '' : `&restaurant=${restaurant}`}`
}

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { en: 'Page', fr: 'Page' }, plural: { en: 'Pages', fr: 'Pages' } },
  admin: {
    group: { en: 'Content', fr: 'Contenu' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'restaurant', '_status', 'updatedAt'],
    livePreview: {
      url: ({ data, locale }) => previewUrl(data, locale?.code),
    },
    preview: (data, { locale }) => previewUrl(data, locale),
  },
  versions: { drafts: { autosave: { interval: 800 } }, maxPerDoc: 30 },
  access: {
    read: publishedOrStaff,
    create: canCreatePage,
    update: canEditPage,
    delete: canEditPage,
  },
  hooks: { beforeChange: [pageRules] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 120 },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Hero',
          fields: [
            {
              name: 'hero',
              type: 'group',
              label: false,
              fields: [
                { name: 'heading', type: 'text', localized: true },
                { name: 'subheading', type: 'textarea', localized: true },
                { name: 'image', type: 'upload', relationTo: 'media' },
              ],
            },
          ],
        },
        { label: 'Content', fields: [{ name: 'layout', type: 'blocks', blocks: pageBlocks }] },
      ],
    },
    slugField('title', { unique: false }),
    restaurantField({
      required: false,
      admin: { position: 'sidebar', description: { en: 'Empty: a page of the whole group (owners only).', fr: 'Vide : une page de tout le groupe (propriétaires seulement).' } },
    }),
  ],
}
