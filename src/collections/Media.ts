import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone, staffAtLeast } from '../infrastructure/access'

/** Uploads live outside the repo (.data/media by default) so a fresh clone never ships user files. */
export const mediaDir = () => path.resolve(process.env.MEDIA_DIR ?? path.join(process.cwd(), '.data', 'media'))

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { en: 'Image', fr: 'Image' }, plural: { en: 'Media', fr: 'Médias' } },
  admin: { group: { en: 'Content', fr: 'Contenu' }, defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: {
    read: anyone,
    create: staffAtLeast('manager'),
    update: staffAtLeast('manager'),
    delete: staffAtLeast('manager'),
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    // Originals are kept; every size is re-encoded as WebP by sharp.
    formatOptions: { format: 'webp', options: { quality: 80 } },
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre', formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'card', width: 768, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'hero', width: 1600, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    // Photos served by /api/media/file/… change rarely but keep their name when re-uploaded, so
    // cache for a day (and serve stale while revalidating for a week) rather than forever.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', 'public, max-age=86400, stale-while-revalidate=604800')
      return headers
    },
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternative text',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      admin: { description: 'What the picture shows, for screen readers and search engines.' },
    },
    { name: 'caption', type: 'text', localized: true },
  ],
}
