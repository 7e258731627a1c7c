import type { Block } from 'payload'

export const ContentBlock: Block = {
  slug: 'content',
  interfaceName: 'ContentBlock',
  labels: { singular: 'Text', plural: 'Text blocks' },
  fields: [{ name: 'richText', type: 'richText', required: true, localized: true }],
}
