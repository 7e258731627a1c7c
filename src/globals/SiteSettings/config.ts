import type { GlobalConfig } from 'payload'

import { anyone, staffAtLeast } from '../../infrastructure/access'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { en: 'Site settings', fr: 'Réglages du site' },
  admin: { group: { en: 'Site', fr: 'Site' } },
  access: { read: anyone, update: staffAtLeast('owner') },
  fields: [
    { name: 'siteName', type: 'text', required: true, defaultValue: 'TechPlus' },
    {
      name: 'restaurant',
      label: 'Restaurant shown on the site',
      type: 'relationship',
      relationTo: 'restaurants',
      admin: { description: 'Hours, address, menu and bookings of the public site come from it.' },
    },
    { name: 'description', type: 'textarea', localized: true },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    {
      name: 'social',
      type: 'group',
      fields: [
        { name: 'instagram', type: 'text' },
        { name: 'facebook', type: 'text' },
      ],
    },
  ],
}
