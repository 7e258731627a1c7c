import type { Field } from 'payload'

/** A navigation link: a CMS page or a path/URL, with a label in each language. */
export const linkFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'label', type: 'text', required: true, localized: true, admin: { width: '40%' } },
      {
        name: 'type',
        type: 'radio',
        defaultValue: 'page',
        options: [
          { label: 'Page', value: 'page' },
          { label: 'Path or URL', value: 'url' },
        ],
        admin: { width: '20%', layout: 'horizontal' },
      },
      {
        name: 'page',
        type: 'relationship',
        relationTo: 'pages',
        admin: { width: '40%', condition: (_, s) => s?.type === 'page' },
        validate: (value: unknown, { siblingData }: { siblingData: { type?: string } }) =>
          siblingData.type !== 'page' || Boolean(value) || 'Choose a page',
      },
      {
        name: 'url',
        type: 'text',
        admin: { width: '40%', condition: (_, s) => s?.type === 'url', placeholder: '/menu' },
        validate: (value: null | string | undefined, { siblingData }: { siblingData: { type?: string } }) => {
          if (siblingData.type !== 'url') return true
          return (value && (/^\/\S*$/.test(value) || /^https?:\/\/\S+$/.test(value))) || 'Use a path like /menu or a full URL'
        },
      },
    ],
  },
]
