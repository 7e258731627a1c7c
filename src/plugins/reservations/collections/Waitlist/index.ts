import type { CollectionConfig } from 'payload'

import { canCreateForRestaurant, restaurantScoped } from '../../../../infrastructure/access'
import { isLocalDate } from '../../../../domain/time'
import { restaurantField } from '../../../../infrastructure/fields/restaurant'
import { phoneField } from '../../../../infrastructure/fields/phone'
import { timeOfDayField } from '../../fields/timeOfDay'
import { LOCALES } from '../../constants'
import { label, options, refusal } from '../../translations'
import { ADMIN_GROUP } from '../groups'
import { joinWaitlistEndpoint } from '../../endpoints/waitlist'

export const Waitlist: CollectionConfig = {
  slug: 'waitlist',
  labels: { singular: label('reservations:collections:waitlistEntry'), plural: label('reservations:collections:waitlist') },
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
    restaurantField({ label: label('reservations:collections:restaurant') }),
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          label: label('reservations:waitlist:date'),
          type: 'text',
          required: true,
          index: true,
          admin: { width: '25%', placeholder: '2026-12-31', description: label('reservations:waitlist:dateHelp') },
          validate: (value: null | string | undefined, { req }: { req: { t: unknown } }) => (value && isLocalDate(value)) || refusal(req, 'reservations:invalid:localDate'),
        },
        timeOfDayField('windowStart', label('reservations:waitlist:windowStart')),
        timeOfDayField('windowEnd', label('reservations:waitlist:windowEnd')),
        { name: 'partySize', label: label('reservations:waitlist:partySize'), type: 'number', required: true, min: 1, max: 100, admin: { width: '25%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'guestName', label: label('reservations:waitlist:guestName'), type: 'text', required: true, admin: { width: '34%' } },
        { name: 'guestEmail', label: label('reservations:waitlist:guestEmail'), type: 'email', required: true, admin: { width: '33%' } },
        phoneField('guestPhone', { label: label('reservations:waitlist:guestPhone'), admin: { width: '33%' } }),
      ],
    },
    { name: 'guestLocale', label: label('reservations:waitlist:guestLocale'), type: 'select', options: LOCALES, defaultValue: 'fr' },
    { name: 'guest', label: label('reservations:waitlist:guest'), type: 'relationship', relationTo: 'guests' },
    {
      name: 'status',
      label: label('reservations:waitlist:status'),
      type: 'select',
      required: true,
      defaultValue: 'waiting',
      options: options('waitlistStatus', ['waiting', 'offered', 'booked', 'expired']),
      admin: { position: 'sidebar' },
    },
    { name: 'offerExpiresAt', label: label('reservations:waitlist:offerExpiresAt'), type: 'date', admin: { position: 'sidebar', readOnly: true } },
    { name: 'reservation', label: label('reservations:waitlist:reservation'), type: 'relationship', relationTo: 'reservations', admin: { position: 'sidebar' } },
  ],
}
