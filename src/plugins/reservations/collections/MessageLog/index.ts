import type { CollectionConfig } from 'payload'

import { adminsOnly, nobody, restaurantScoped } from '../../../../infrastructure/access'
import { restaurantField } from '../../../../infrastructure/fields/restaurant'
import { ADMIN_GROUP, LOCALES } from '../../constants'
import { MESSAGE_CHANNELS, MESSAGE_KINDS, MESSAGE_STATUSES } from '../../notifications/kinds'

const options = (values: readonly string[]) => values.map((value) => ({ label: value.replace('_', ' '), value }))

/**
 * What was sent to whom, when, and how it went: one row per message, written when the message is
 * queued (in the same transaction as the booking that caused it) and updated by the send job.
 */
export const MessageLog: CollectionConfig = {
  slug: 'message-log',
  labels: { singular: { en: 'Message', fr: 'Message' }, plural: { en: 'Message log', fr: 'Messages envoyés' } },
  admin: {
    group: ADMIN_GROUP.reservations,
    useAsTitle: 'subject',
    defaultColumns: ['createdAt', 'channel', 'kind', 'to', 'status', 'attempts', 'sentAt', 'restaurant'],
    listSearchableFields: ['to', 'subject'],
    description: 'Every email and SMS the platform sent or tried to send. Failed ones show the last error.',
  },
  defaultSort: '-createdAt',
  access: {
    read: restaurantScoped('manager'),
    create: nobody,
    update: nobody,
    delete: adminsOnly,
  },
  fields: [
    restaurantField({ required: false }),
    {
      type: 'row',
      fields: [
        { name: 'channel', type: 'select', required: true, options: options(MESSAGE_CHANNELS), defaultValue: 'email', admin: { width: '25%' } },
        { name: 'kind', type: 'select', required: true, options: options(MESSAGE_KINDS), index: true, admin: { width: '25%' } },
        { name: 'to', type: 'text', required: true, admin: { width: '35%' } },
        { name: 'locale', type: 'select', options: LOCALES, defaultValue: 'fr', admin: { width: '15%' } },
      ],
    },
    { name: 'subject', type: 'text' },
    { name: 'reservation', type: 'relationship', relationTo: 'reservations', index: true },
    { name: 'waitlistEntry', type: 'relationship', relationTo: 'waitlist' },
    { name: 'contactMessage', type: 'relationship', relationTo: 'contact-messages' },
    {
      name: 'details',
      type: 'json',
      admin: { description: 'What the message needs beyond the booking (the change, the refund, the offer link).' },
    },
    {
      type: 'row',
      fields: [
        { name: 'status', type: 'select', required: true, options: options(MESSAGE_STATUSES), defaultValue: 'queued', index: true, admin: { width: '25%' } },
        { name: 'attempts', type: 'number', defaultValue: 0, admin: { width: '25%' } },
        { name: 'sentAt', type: 'date', admin: { width: '25%', date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'providerId', label: 'Provider message id', type: 'text', admin: { width: '25%' } },
      ],
    },
    { name: 'lastError', type: 'textarea' },
  ],
}
