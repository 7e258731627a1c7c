import type { GlobalConfig } from 'payload'

import { anyone, staffAtLeast } from '../../infrastructure/access'
import { linkFields } from '../../fields/link'

export const Header: GlobalConfig = {
  slug: 'header',
  label: { en: 'Header', fr: 'En-tête' },
  admin: { group: { en: 'Site', fr: 'Site' } },
  access: { read: anyone, update: staffAtLeast('owner') },
  fields: [
    {
      name: 'navItems',
      type: 'array',
      maxRows: 8,
      labels: { singular: { en: 'Link', fr: 'Lien' }, plural: { en: 'Links', fr: 'Liens' } },
      fields: linkFields(),
    },
    {
      name: 'bookLabel',
      type: 'text',
      localized: true,
      admin: { description: 'The booking button in the header' },
    },
  ],
}
