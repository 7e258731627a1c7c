import type { Block } from 'payload'

export const CallToActionBlock: Block = {
  slug: 'cta',
  interfaceName: 'CallToActionBlock',
  labels: { singular: { en: 'Call to action', fr: "Appel à l'action" }, plural: { en: 'Calls to action', fr: "Appels à l'action" } },
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true },
    { name: 'text', type: 'textarea', localized: true },
    {
      type: 'row',
      fields: [
        { name: 'linkLabel', type: 'text', required: true, localized: true, admin: { width: '50%' } },
        {
          name: 'href',
          type: 'text',
          required: true,
          defaultValue: '/book',
          admin: { width: '50%', description: 'A path on this site, e.g. /book, or a full https:// address' },
          validate: (value: null | string | undefined) =>
            (value && (/^\/[^\s]*$/.test(value) || /^https:\/\/[^\s]+$/.test(value))) ||
            'Use a path starting with / or an https:// address',
        },
      ],
    },
  ],
}
