import type { CollectionConfig } from 'payload'

import { canCreateForRestaurant, restaurantScoped } from '../../../../infrastructure/access'
import { isLocalDate } from '../../../../domain/time'
import { restaurantField } from '../../../../infrastructure/fields/restaurant'
import { timeOfDayField } from '../../fields/timeOfDay'
import { ADMIN_GROUP, LOCALES } from '../../constants'
import { joinWaitlistEndpoint } from '../../endpoints/waitlist'

export const Waitlist: CollectionConfig = {
  slug: 'waitlist',
  labels: { singular: { en: 'Waitlist entry', fr: "Inscription en liste d'attente" }, plural: { en: 'Waitlist', fr: "Liste d'attente" } },
  admin: {
    group: ADMIN_GROUP.reservations,
    useAsTitle: 'guestName',
    defaultColumns: ['date', 'windowStart', 'windowEnd', 'partySize', 'guestName', 'status', 'restaurant'],
  },
  defaultSort: 'date',
  endpoints: [joinWaitlistEndpoint],
  access: {
    read: restaurantScoped('host'),
    create: canCreateForRestaurant('host'),
    update: restaurantScoped('host'),
    delete: restaurantScoped('host'),
  },
  fields: [
    restaurantField(),
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'text',
          required: true,
          index: true,
          admin: { width: '25%', placeholder: '2026-12-31', description: 'Local date' },
          validate: (value: null | string | undefined) => (value && isLocalDate(value)) || 'Enter a date as YYYY-MM-DD',
        },
        timeOfDayField('windowStart', 'From'),
        timeOfDayField('windowEnd', 'Until'),
        { name: 'partySize', type: 'number', required: true, min: 1, max: 100, admin: { width: '25%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'guestName', label: 'Name', type: 'text', required: true, admin: { width: '34%' } },
        { name: 'guestEmail', label: 'Email', type: 'email', required: true, admin: { width: '33%' } },
        { name: 'guestPhone', label: 'Phone', type: 'text', admin: { width: '33%' } },
      ],
    },
    { name: 'guestLocale', label: 'Language', type: 'select', options: LOCALES, defaultValue: 'fr' },
    { name: 'guest', type: 'relationship', relationTo: 'guests' },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'waiting',
      options: [
        { label: 'Waiting', value: 'waiting' },
        { label: 'Offered', value: 'offered' },
        { label: 'Booked', value: 'booked' },
        { label: 'Expired', value: 'expired' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'offerExpiresAt', type: 'date', admin: { position: 'sidebar', readOnly: true } },
    { name: 'reservation', type: 'relationship', relationTo: 'reservations', admin: { position: 'sidebar' } },
  ],
}
