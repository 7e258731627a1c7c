import type { CollectionConfig } from 'payload'

import { canCreateForRestaurant, restaurantScoped } from '../../../../infrastructure/access'
import { ADMIN_GROUP, LOCALES } from '../../constants'
import { guestDuplicatesEndpoint, mergeGuestsEndpoint } from '../../endpoints/guests'
import { fillFigures } from './hooks/fillFigures'
import { normaliseEmail } from './hooks/normaliseEmail'

export const GUEST_TAGS = [
  { label: 'VIP', value: 'vip' },
  { label: 'Regular', value: 'regular' },
  { label: 'Press', value: 'press' },
  { label: 'Staff friend', value: 'friend' },
  { label: 'Difficult', value: 'difficult' },
]

export const Guests: CollectionConfig = {
  slug: 'guests',
  labels: { singular: { en: 'Guest', fr: 'Client' }, plural: { en: 'Guests', fr: 'Clients' } },
  admin: {
    group: ADMIN_GROUP.reservations,
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'phone', 'tags', 'visitCount', 'noShowCount'],
    listSearchableFields: ['name', 'email', 'phone'],
  },
  access: {
    // Personal data: staff see the guests who booked at one of their restaurants.
    read: restaurantScoped('host', 'restaurants'),
    create: canCreateForRestaurant('host', 'restaurants'),
    update: restaurantScoped('host', 'restaurants'),
    delete: restaurantScoped('owner', 'restaurants'),
  },
  endpoints: [mergeGuestsEndpoint, guestDuplicatesEndpoint],
  hooks: { beforeValidate: [normaliseEmail], afterRead: [fillFigures] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 120, admin: { width: '50%' } },
        {
          name: 'email',
          type: 'email',
          required: true,
          unique: true,
          index: true,
          admin: { width: '50%', description: 'One profile per email address (stored lowercase).' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', maxLength: 32, admin: { width: '50%' } },
        { name: 'locale', type: 'select', options: LOCALES, defaultValue: 'fr', admin: { width: '50%' } },
      ],
    },
    { name: 'tags', type: 'select', hasMany: true, options: GUEST_TAGS },
    { name: 'allergies', type: 'textarea', admin: { description: 'Told to the kitchen at every visit.' } },
    { name: 'notes', type: 'textarea', admin: { description: 'Staff only: preferences, favourite table…' } },
    {
      name: 'restaurants',
      type: 'relationship',
      relationTo: 'restaurants',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar', description: 'Restaurants this guest has booked at.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'visitCount', type: 'number', defaultValue: 0, min: 0, admin: { readOnly: true, width: '50%' } },
        { name: 'noShowCount', type: 'number', defaultValue: 0, min: 0, admin: { readOnly: true, width: '50%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'depositSpend',
          label: 'Spend from deposits',
          type: 'number',
          virtual: true,
          admin: { readOnly: true, width: '50%', description: 'Deposits kept (paid minus refunded), over all their bookings.' },
        },
        {
          name: 'lastVisitAt',
          label: 'Last visit',
          type: 'date',
          virtual: true,
          admin: { readOnly: true, width: '50%', date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'possibleDuplicates',
      type: 'ui',
      admin: { components: { Field: '/plugins/reservations/admin/GuestDuplicates#GuestDuplicates' } },
    },
    {
      name: 'reservations',
      label: 'Bookings',
      type: 'join',
      collection: 'reservations',
      on: 'guest',
      defaultSort: '-startsAt',
      defaultLimit: 10,
      admin: { defaultColumns: ['reference', 'startsAt', 'partySize', 'status', 'restaurant'] },
    },
    { name: 'marketingConsent', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
  ],
}
