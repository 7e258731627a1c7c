import type { ArrayField } from 'payload'

import { isLocalDate, minutesOfDay } from '../../../../../domain/time'
import { timeOfDayField } from '../../../fields/timeOfDay'
import { DAYS_OF_WEEK } from '../../../constants'

/**
 * Last seating must fall inside the service. A service whose end is before its start runs past
 * midnight (19:00–01:00), so "inside" wraps around.
 */
function lastSeatingInside(value: null | string | undefined, siblingData: Record<string, unknown>) {
  if (!value) return 'Last seating is required'
  const { start, end } = siblingData as { start?: string; end?: string }
  if (!start || !end) return true
  const s = minutesOfDay(start)
  const e = minutesOfDay(end)
  const l = minutesOfDay(value)
  const wraps = e <= s
  const inside = wraps ? l >= s || l <= e : l >= s && l <= e
  return inside || 'Last seating must be between the start and the end of the service'
}

const serviceHours = () => [
  {
    type: 'row' as const,
    fields: [
      timeOfDayField('start', 'Opens'),
      timeOfDayField('end', 'Closes', {
        admin: { width: '25%', description: 'Before the opening time means after midnight' },
      }),
      timeOfDayField('lastSeating', 'Last seating', {
        validate: (value: null | string | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
          lastSeatingInside(value, siblingData),
      }),
    ],
  },
]

export const servicesField = (): ArrayField => ({
  name: 'services',
  type: 'array',
  labels: { singular: { en: 'Service', fr: 'Service' }, plural: { en: 'Services', fr: 'Services' } },
  admin: {
    description: 'Weekly opening hours, e.g. lunch Tuesday–Saturday 12:00–14:30, last seating 13:45.',
    initCollapsed: false,
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, localized: true, admin: { width: '40%' } },
        {
          name: 'days',
          type: 'select',
          hasMany: true,
          required: true,
          options: DAYS_OF_WEEK,
          admin: { width: '60%' },
        },
      ],
    },
    ...serviceHours(),
  ],
})

export const exceptionsField = (): ArrayField => ({
  name: 'exceptions',
  type: 'array',
  labels: { singular: { en: 'Exception', fr: 'Exception' }, plural: { en: 'Closures and special hours', fr: 'Fermetures et horaires spéciaux' } },
  admin: { description: 'Closures (holidays, private events) and days with special hours override the weekly services.' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'from',
          type: 'text',
          required: true,
          admin: { width: '25%', placeholder: '2026-12-24' },
          validate: (value: null | string | undefined) =>
            (value && isLocalDate(value)) || 'Enter a date as YYYY-MM-DD',
        },
        {
          name: 'to',
          type: 'text',
          admin: { width: '25%', placeholder: 'same day', description: 'Last day, inclusive' },
          validate: (value: null | string | undefined, { siblingData }: { siblingData: { from?: string } }) => {
            if (!value) return true
            if (!isLocalDate(value)) return 'Enter a date as YYYY-MM-DD'
            if (siblingData.from && value < siblingData.from) return 'The last day cannot be before the first'
            return true
          },
        },
        { name: 'label', type: 'text', localized: true, admin: { width: '30%', placeholder: 'Fermeture annuelle' } },
        { name: 'closed', type: 'checkbox', defaultValue: true, admin: { width: '20%' } },
      ],
    },
    {
      name: 'hours',
      type: 'array',
      labels: { singular: { en: 'Special service', fr: 'Service spécial' }, plural: { en: 'Special hours', fr: 'Horaires spéciaux' } },
      admin: { condition: (_, siblingData) => !siblingData?.closed },
      fields: [{ name: 'name', type: 'text', localized: true, required: true }, ...serviceHours()],
    },
  ],
})
