import type { CollectionConfig } from 'payload'

import { canCreateForRestaurant, restaurantScoped } from '../../../../infrastructure/access'
import { amountField } from '../../../../infrastructure/fields/amount'
import { phoneField } from '../../../../infrastructure/fields/phone'
import { GUEST_TAGS, LOCALES } from '../../constants'
import { label, options } from '../../translations'
import { ADMIN_GROUP } from '../groups'
import { guestDuplicatesEndpoint, mergeGuestsEndpoint } from '../../endpoints/guests'
import { fillFigures } from './hooks/fillFigures'
import { normaliseEmail } from './hooks/normaliseEmail'

export const Guests: CollectionConfig = {
  slug: 'guests',
  labels: { singular: label('reservations:collections:guest'), plural: label('reservations:collections:guests') },
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
        { name: 'name', label: label('reservations:guest:name'), type: 'text', required: true, maxLength: 120, admin: { width: '50%' } },
        {
          name: 'email',
          label: label('reservations:guest:email'),
          type: 'email',
          // A guest booked on the phone may give only a number: the profile is then found by it.
          unique: true,
          index: true,
          admin: { width: '50%', description: label('reservations:guest:emailHelp') },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        phoneField('phone', { label: label('reservations:guest:phone'), admin: { width: '50%' } }),
        { name: 'locale', label: label('reservations:guest:locale'), type: 'select', options: LOCALES, defaultValue: 'fr', admin: { width: '50%' } },
      ],
    },
    { name: 'tags', label: label('reservations:guest:tags'), type: 'select', hasMany: true, options: options('guestTag', GUEST_TAGS) },
    { name: 'allergies', label: label('reservations:guest:allergies'), type: 'textarea', admin: { description: label('reservations:guest:allergiesHelp') } },
    { name: 'notes', label: label('reservations:guest:notes'), type: 'textarea', admin: { description: label('reservations:guest:notesHelp') } },
    {
      name: 'restaurants',
      label: label('reservations:guest:restaurants'),
      type: 'relationship',
      relationTo: 'restaurants',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar', description: label('reservations:guest:restaurantsHelp') },
    },
    {
      type: 'row',
      fields: [
        { name: 'visitCount', label: label('reservations:guest:visitCount'), type: 'number', defaultValue: 0, min: 0, admin: { readOnly: true, width: '50%' } },
        { name: 'noShowCount', label: label('reservations:guest:noShowCount'), type: 'number', defaultValue: 0, min: 0, admin: { readOnly: true, width: '50%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          ...amountField('depositSpendMinor', label('reservations:guest:depositSpend'), {
            admin: { readOnly: true, width: '50%', description: label('reservations:guest:depositSpendHelp') },
          }),
          virtual: true,
        },
        {
          name: 'lastVisitAt',
          label: label('reservations:guest:lastVisitAt'),
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
      label: label('reservations:guest:reservations'),
      type: 'join',
      collection: 'reservations',
      on: 'guest',
      defaultSort: '-startsAt',
      defaultLimit: 10,
      admin: { defaultColumns: ['reference', 'startsAt', 'partySize', 'status', 'restaurant'] },
    },
    { name: 'marketingConsent', label: label('reservations:guest:marketingConsent'), type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
    {
      name: 'feedbackOptOut',
      label: label('reservations:guest:feedbackOptOut'),
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: label('reservations:guest:feedbackOptOutHelp') },
    },
    {
      type: 'row',
      fields: [
        // Kept by the feedback service when the guest answers: scores only (comments stay with managers).
        { name: 'feedbackCount', label: label('reservations:guest:feedbackCount'), type: 'number', defaultValue: 0, min: 0, admin: { readOnly: true, width: '50%' } },
        { name: 'feedbackAverage', label: label('reservations:guest:feedbackAverage'), type: 'number', min: 1, max: 5, admin: { readOnly: true, width: '50%' } },
      ],
    },
  ],
}
