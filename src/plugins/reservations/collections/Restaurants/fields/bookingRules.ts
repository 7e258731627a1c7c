import type { Field } from 'payload'

import { label as words, type ReservationsKey } from '../../../translations'

const minutes = (name: string, label: ReservationsKey, defaultValue: number, min: number, max: number, description?: ReservationsKey): Field => ({
  name,
  label: words(label),
  type: 'number',
  required: true,
  defaultValue,
  min,
  max,
  admin: { width: '33%', step: 1, ...(description ? { description: words(description) } : {}) },
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
          minutes('slotIntervalMinutes', 'reservations:restaurant:slotIntervalMinutes', 15, 5, 120),
          minutes('minNoticeMinutes', 'reservations:restaurant:minNoticeMinutes', 60, 0, 10080),
          minutes('maxAdvanceDays', 'reservations:restaurant:maxAdvanceDays', 60, 1, 730),
        ],
      },
      {
        type: 'row',
        fields: [
          minutes('maxPartyOnline', 'reservations:restaurant:maxPartyOnline', 8, 1, 100, 'reservations:restaurant:maxPartyOnlineHelp'),
          minutes('bufferMinutes', 'reservations:restaurant:bufferMinutes', 15, 0, 240),
          minutes('holdMinutes', 'reservations:restaurant:holdMinutes', 15, 5, 1440),
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'maxCoversPerSlot',
            label: words('reservations:restaurant:maxCoversPerSlot'),
            type: 'number',
            min: 1,
            admin: { width: '33%', description: words('reservations:restaurant:maxCoversPerSlotHelp') },
          },
          {
            name: 'maxBookingsPerSlot',
            label: words('reservations:restaurant:maxBookingsPerSlot'),
            type: 'number',
            min: 1,
            admin: { width: '33%', description: words('reservations:restaurant:maxBookingsPerSlotHelp') },
          },
          minutes('reminderLeadHours', 'reservations:restaurant:reminderLeadHours', 24, 1, 168),
        ],
      },
      {
        name: 'turnTimes',
        label: words('reservations:restaurant:turnTimes'),
        type: 'array',
        labels: { singular: words('reservations:restaurant:turnTime'), plural: words('reservations:restaurant:turnTimes') },
        admin: {
          description: words('reservations:restaurant:turnTimesHelp'),
        },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'upToPartySize', label: words('reservations:restaurant:upToPartySize'), type: 'number', required: true, min: 1, admin: { width: '50%' } },
              { name: 'minutes', label: words('reservations:restaurant:minutes'), type: 'number', required: true, min: 15, max: 720, admin: { width: '50%' } },
            ],
          },
        ],
      },
    ],
  },
]
