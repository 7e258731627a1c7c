import type { CollectionConfig } from 'payload'

import { adminsOnly, nobody, restaurantScoped } from '../../../../infrastructure/access'
import { restaurantField } from '../../../../infrastructure/fields/restaurant'
import { LOCALES } from '../../constants'
import { label, options } from '../../translations'
import { ADMIN_GROUP } from '../groups'
import { MESSAGE_CHANNELS, MESSAGE_KINDS, MESSAGE_STATUSES } from '../../notifications/kinds'

/**
 * What was sent to whom, when, and how it went: one row per message, written when the message is
 * queued (in the same transaction as the booking that caused it) and updated by the send job.
 */
export const MessageLog: CollectionConfig = {
  slug: 'message-log',
  labels: { singular: label('reservations:collections:message'), plural: label('reservations:collections:messageLog') },
  admin: {
    group: ADMIN_GROUP.reservations,
    useAsTitle: 'subject',
    defaultColumns: ['createdAt', 'channel', 'kind', 'to', 'status', 'attempts', 'sentAt', 'restaurant'],
    listSearchableFields: ['to', 'subject'],
    description: label('reservations:collections:messageLogHelp'),
  },
  defaultSort: '-createdAt',
  access: {
    read: restaurantScoped('manager'),
    create: nobody,
    update: nobody,
    delete: adminsOnly,
  },
  fields: [
    restaurantField({ required: false, label: label('reservations:collections:restaurant') }),
    {
      type: 'row',
      fields: [
        { name: 'channel', label: label('reservations:message:channel'), type: 'select', required: true, options: options('channel', MESSAGE_CHANNELS), defaultValue: 'email', admin: { width: '25%' } },
        { name: 'kind', label: label('reservations:message:kind'), type: 'select', required: true, options: options('messageKind', MESSAGE_KINDS), index: true, admin: { width: '25%' } },
        { name: 'to', label: label('reservations:message:to'), type: 'text', required: true, admin: { width: '35%' } },
        { name: 'locale', label: label('reservations:message:locale'), type: 'select', options: LOCALES, defaultValue: 'fr', admin: { width: '15%' } },
      ],
    },
    { name: 'subject', label: label('reservations:message:subject'), type: 'text' },
    { name: 'reservation', label: label('reservations:message:reservation'), type: 'relationship', relationTo: 'reservations', index: true },
    { name: 'waitlistEntry', label: label('reservations:message:waitlistEntry'), type: 'relationship', relationTo: 'waitlist' },
    { name: 'contactMessage', label: label('reservations:message:contactMessage'), type: 'relationship', relationTo: 'contact-messages' },
    {
      name: 'details',
      label: label('reservations:message:details'),
      type: 'json',
      admin: { description: label('reservations:message:detailsHelp') },
    },
    {
      type: 'row',
      fields: [
        { name: 'status', label: label('reservations:message:status'), type: 'select', required: true, options: options('messageStatus', MESSAGE_STATUSES), defaultValue: 'queued', index: true, admin: { width: '25%' } },
        { name: 'attempts', label: label('reservations:message:attempts'), type: 'number', defaultValue: 0, admin: { width: '25%' } },
        { name: 'sentAt', label: label('reservations:message:sentAt'), type: 'date', admin: { width: '25%', date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'providerId', label: label('reservations:message:providerId'), type: 'text', admin: { width: '25%' } },
      ],
    },
    { name: 'lastError', label: label('reservations:message:lastError'), type: 'textarea' },
  ],
}
