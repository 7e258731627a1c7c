import type { CollectionConfig } from 'payload'

import { anyone, restaurantScoped } from '../../infrastructure/access'
import { restaurantField } from '../../infrastructure/fields/restaurant'
import { LOCALES } from '../../plugins/reservations'
import { copyToRestaurant } from './hooks/copyToRestaurant'
import { refuseAutomatedForms } from './hooks/refuseAutomatedForms'

export const ContactMessages: CollectionConfig = {
  slug: 'contact-messages',
  labels: { singular: { en: 'Contact message', fr: 'Message de contact' }, plural: { en: 'Contact messages', fr: 'Messages de contact' } },
  admin: {
    group: { en: 'Content', fr: 'Contenu' },
    useAsTitle: 'subject',
    defaultColumns: ['createdAt', 'name', 'email', 'subject', 'status', 'restaurant'],
  },
  defaultSort: '-createdAt',
  hooks: { beforeValidate: [refuseAutomatedForms], afterChange: [copyToRestaurant] },
  access: {
    // The public contact form writes here; only the restaurant's staff read it.
    create: anyone,
    read: restaurantScoped('host'),
    update: restaurantScoped('host'),
    delete: restaurantScoped('manager'),
  },
  fields: [
    restaurantField(),
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 120, admin: { width: '50%' } },
        { name: 'email', type: 'email', required: true, admin: { width: '50%' } },
      ],
    },
    { name: 'phone', type: 'text', maxLength: 32 },
    { name: 'subject', type: 'text', required: true, maxLength: 160 },
    { name: 'message', type: 'textarea', required: true, minLength: 10, maxLength: 5000 },
    { name: 'locale', type: 'select', options: LOCALES, defaultValue: 'fr' },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'new',
      options: [
        { label: 'New', value: 'new' },
        { label: 'Answered', value: 'answered' },
        { label: 'Archived', value: 'archived' },
      ],
      admin: { position: 'sidebar' },
      // A visitor sending the form cannot file their own message as answered.
      access: { create: ({ req }) => Boolean(req.user), update: ({ req }) => Boolean(req.user) },
    },
  ],
}
