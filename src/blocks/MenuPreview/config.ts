import type { Block } from 'payload'

export const MenuPreviewBlock: Block = {
  slug: 'menuPreview',
  interfaceName: 'MenuPreviewBlock',
  labels: { singular: { en: 'Menu preview', fr: 'Aperçu du menu' }, plural: { en: 'Menu previews', fr: 'Aperçus du menu' } },
  fields: [
    { name: 'heading', type: 'text', localized: true },
    { name: 'limit', type: 'number', defaultValue: 6, min: 1, max: 24, admin: { description: 'Featured dishes shown' } },
  ],
}
