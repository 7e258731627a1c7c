import type { Field } from 'payload'

import { label } from '../../../translations'

/** Who hears about bookings and when guests are reminded; read by the notification jobs. */
export const notificationFields = (): Field[] => [
  {
    name: 'notifications',
    label: label('reservations:restaurant:notifications'),
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'staffEmail',
            label: label('reservations:restaurant:staffEmail'),
            type: 'email',
            admin: { width: '50%', description: label('reservations:restaurant:staffEmailHelp') },
          },
          {
            name: 'largePartyFrom',
            label: label('reservations:restaurant:largePartyFrom'),
            type: 'number',
            min: 2,
            max: 100,
            defaultValue: 8,
            admin: { width: '50%', description: label('reservations:restaurant:largePartyFromHelp') },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'waitlistOfferMinutes',
            label: label('reservations:restaurant:waitlistOfferMinutes'),
            type: 'number',
            min: 5,
            max: 1440,
            defaultValue: 30,
            admin: { width: '50%', description: label('reservations:restaurant:waitlistOfferMinutesHelp') },
          },
        ],
      },
      {
        name: 'emailNote',
        label: label('reservations:restaurant:emailNote'),
        type: 'textarea',
        localized: true,
        maxLength: 600,
        admin: { description: label('reservations:restaurant:emailNoteHelp') },
      },
    ],
  },
]
