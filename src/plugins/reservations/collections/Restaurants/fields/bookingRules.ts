import type { Field } from 'payload'

const minutes = (name: string, label: string, defaultValue: number, min: number, max: number, description?: string): Field => ({
  name,
  label,
  type: 'number',
  required: true,
  defaultValue,
  min,
  max,
  admin: { width: '33%', step: 1, description },
})

export const bookingRulesFields = (): Field[] => [
  {
    name: 'bookingRules',
    type: 'group',
    label: false,
    fields: [
      {
        type: 'row',
        fields: [
          minutes('slotIntervalMinutes', 'Slot interval (minutes)', 15, 5, 120),
          minutes('minNoticeMinutes', 'Minimum notice (minutes)', 60, 0, 10080),
          minutes('maxAdvanceDays', 'Booking window (days)', 60, 1, 730),
        ],
      },
      {
        type: 'row',
        fields: [
          minutes('maxPartyOnline', 'Largest party online', 8, 1, 100, 'Larger parties are asked to call'),
          minutes('bufferMinutes', 'Buffer between bookings (minutes)', 15, 0, 240),
          minutes('holdMinutes', 'Hold for unpaid deposits (minutes)', 15, 5, 1440),
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'maxCoversPerSlot',
            label: 'Max covers starting per slot',
            type: 'number',
            min: 1,
            admin: { width: '33%', description: 'Pacing for the kitchen; empty = no limit' },
          },
          {
            name: 'maxBookingsPerSlot',
            label: 'Max bookings starting per slot',
            type: 'number',
            min: 1,
            admin: { width: '33%', description: 'Pacing for the door; empty = no limit' },
          },
          minutes('reminderLeadHours', 'Reminder (hours before)', 24, 1, 168),
        ],
      },
      {
        name: 'turnTimes',
        type: 'array',
        labels: { singular: { en: 'Turn time', fr: 'Durée de table' }, plural: { en: 'Turn times', fr: 'Durées de table' } },
        admin: {
          description: 'How long a table is kept, by party size: the first row whose "up to" covers the party applies.',
        },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'upToPartySize', label: 'Up to (guests)', type: 'number', required: true, min: 1, admin: { width: '50%' } },
              { name: 'minutes', type: 'number', required: true, min: 15, max: 720, admin: { width: '50%' } },
            ],
          },
        ],
      },
    ],
  },
]
