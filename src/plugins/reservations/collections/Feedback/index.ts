import type { CollectionConfig } from 'payload'

import { adminsOnly, nobody, restaurantScoped } from '../../../../infrastructure/access'
import { restaurantField } from '../../../../infrastructure/fields/restaurant'
import { label } from '../../translations'
import { ADMIN_GROUP } from '../groups'
import { feedbackEndpoints } from '../../endpoints/feedback'

/**
 * One row per visit asked for feedback, written in the same transaction as the email that asks
 * (a unique reservation: never asked twice), then answered by the guest through its secret link.
 * Managers and owners read it (comments included); hosts do not; nobody edits it through the API.
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: label('reservations:feedback:singular'), plural: label('reservations:feedback:plural') },
  admin: {
    group: ADMIN_GROUP.reservations,
    useAsTitle: 'visitDate',
    defaultColumns: ['visitDate', 'service', 'score', 'comment', 'reservation', 'answeredAt', 'restaurant'],
    description: label('reservations:feedback:help'),
  },
  defaultSort: '-createdAt',
  access: { read: restaurantScoped('manager'), create: nobody, update: nobody, delete: adminsOnly },
  endpoints: feedbackEndpoints,
  fields: [
    restaurantField({ label: label('reservations:collections:restaurant') }),
    { name: 'reservation', label: label('reservations:feedback:reservation'), type: 'relationship', relationTo: 'reservations', unique: true },
    { name: 'guest', label: label('reservations:feedback:guest'), type: 'relationship', relationTo: 'guests', index: true },
    {
      type: 'row',
      fields: [
        { name: 'visitDate', label: label('reservations:feedback:visitDate'), type: 'text', required: true, index: true, admin: { readOnly: true, width: '34%' } },
        { name: 'service', label: label('reservations:feedback:service'), type: 'text', admin: { readOnly: true, width: '33%' } },
        { name: 'score', label: label('reservations:feedback:score'), type: 'number', min: 1, max: 5, admin: { readOnly: true, width: '33%' } },
      ],
    },
    { name: 'comment', label: label('reservations:feedback:comment'), type: 'textarea', admin: { readOnly: true } },
    { name: 'answeredAt', label: label('reservations:feedback:answeredAt'), type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lowScoreAlertedAt', label: label('reservations:feedback:lowScoreAlertedAt'), type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    // As for a booking's private link (utilities/manageToken): the salt rebuilds the emailed link, the hash finds it.
    { name: 'tokenHash', type: 'text', required: true, unique: true, hidden: true },
    { name: 'tokenSalt', type: 'text', required: true, hidden: true },
  ],
}
