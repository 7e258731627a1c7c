import type { GlobalConfig } from 'payload'

import { anyone, staffAtLeast } from '../../infrastructure/access'
import { linkFields } from '../../fields/link'

export const Footer: GlobalConfig = {
  slug: 'footer',
  label: { en: 'Footer', fr: 'Pied de page' },
  admin: { group: { en: 'Site', fr: 'Site' } },
  access: { read: anyone, update: staffAtLeast('owner') },
  fields: [
    { name: 'navItems', type: 'array', maxRows: 12, fields: linkFields() },
    { name: 'text', type: 'textarea', localized: true, admin: { description: 'A line under the links' } },
  ],
}
