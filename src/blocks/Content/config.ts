import type { Block } from 'payload'

export const ContentBlock: Block = {
  slug: 'content',
  interfaceName: 'ContentBlock',
  labels: { singular: { en: 'Text', fr: 'Texte' }, plural: { en: 'Text blocks', fr: 'Blocs de texte' } },
  fields: [{ name: 'richText', type: 'richText', required: true, localized: true }],
}
