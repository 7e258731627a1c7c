import type { Field } from 'payload'

/** Who hears about bookings and when guests are reminded; read by the notification jobs. */
export const notificationFields = (): Field[] => [
  {
    name: 'notifications',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'staffEmail',
            label: 'Staff alerts to',
            type: 'email',
            admin: { width: '50%', description: 'New, changed and cancelled bookings. Empty: the restaurant email.' },
          },
          {
            name: 'largePartyFrom',
            label: 'Large party from (guests)',
            type: 'number',
            min: 2,
            max: 100,
            defaultValue: 8,
            admin: { width: '50%', description: 'Staff alerts flag parties this size and up.' },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'waitlistOfferMinutes',
            label: 'Waitlist offer valid for (minutes)',
            type: 'number',
            min: 5,
            max: 1440,
            defaultValue: 30,
            admin: { width: '50%', description: 'Reminders go out as set in Booking rules.' },
          },
        ],
      },
      {
        name: 'emailNote',
        label: 'Note in guest emails',
        type: 'textarea',
        localized: true,
        maxLength: 600,
        admin: { description: 'A paragraph added to every email guests receive, in their language (e.g. how to find us, parking).' },
      },
    ],
  },
]
