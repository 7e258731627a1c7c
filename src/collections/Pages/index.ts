import type { CollectionConfig } from 'payload'

import { publishedOrStaff, staffAtLeast } from '../../infrastructure/access'
import { pageBlocks } from '../../blocks'
import { slugField } from '../../infrastructure/fields/slug'
import { serverUrl } from '../../infrastructure/config/serverUrl'

/** Through /next/preview, which turns on draft mode for signed-in staff only. */
const previewUrl = (slug: unknown, locale: string | undefined) =>
  `${serverUrl()}/next/preview?slug=${encodeURIComponent(String(slug ?? 'home'))}&locale=${locale ?? 'fr'}`

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { en: 'Page', fr: 'Page' }, plural: { en: 'Pages', fr: 'Pages' } },
  admin: {
    group: { en: 'Content', fr: 'Contenu' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    livePreview: {
      url: ({ data, locale }) => previewUrl(data?.slug, locale?.code),
    },
    preview: (data, { locale }) => previewUrl(data?.slug, locale),
  },
  versions: { drafts: { autosave: { interval: 800 } }, maxPerDoc: 30 },
  access: {
    read: publishedOrStaff,
    create: staffAtLeast('owner'),
    update: staffAtLeast('owner'),
    delete: staffAtLeast('owner'),
  },
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
    slugField('title'),
  ],
}
