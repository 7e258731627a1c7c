import type { ArrayField } from 'payload'

import { isLocalDate, minutesOfDay } from '../../../../../domain/time'
import { timeOfDayField } from '../../../fields/timeOfDay'
import { DAYS_OF_WEEK } from '../../../constants'
import { inEveryLanguage, label, options, refusal } from '../../../translations'

/**
 * Last seating must fall inside the service. A service whose end is before its start runs past
 * midnight (19:00–01:00), so "inside" wraps around.
 */
function lastSeatingInside(value: null | string | undefined, siblingData: Record<string, unknown>, req: { t: unknown }) {
  if (!value) return refusal(req, 'reservations:invalid:lastSeatingRequired')
  const { start, end } = siblingData as { start?: string; end?: string }
  if (!start || !end) return true
  const s = minutesOfDay(start)
  const e = minutesOfDay(end)
  const l = minutesOfDay(value)
  const wraps = e <= s
  const inside = wraps ? l >= s || l <= e : l >= s && l <= e
  return inside || refusal(req, 'reservations:invalid:lastSeatingOutside')
}

const serviceHours = () => [
  {
    type: 'row' as const,
    fields: [
      timeOfDayField('start', label('reservations:restaurant:opens')),
      timeOfDayField('end', label('reservations:restaurant:closes'), {
        admin: { width: '25%', description: label('reservations:restaurant:closesHelp') },
      }),
      timeOfDayField('lastSeating', label('reservations:restaurant:lastSeating'), {
        validate: (value: null | string | undefined, { siblingData, req }: { siblingData: Record<string, unknown>; req: { t: unknown } }) =>
          lastSeatingInside(value, siblingData, req),
      }),
    ],
  },
]

export const servicesField = (): ArrayField => ({
  name: 'services',
  label: label('reservations:restaurant:services'),
  type: 'array',
  labels: { singular: label('reservations:restaurant:service'), plural: label('reservations:restaurant:services') },
  admin: {
    description: label('reservations:restaurant:servicesHelp'),
    initCollapsed: false,
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', label: label('reservations:restaurant:serviceName'), type: 'text', required: true, localized: true, admin: { width: '40%' } },
        {
          name: 'days',
          label: label('reservations:restaurant:days'),
          type: 'select',
          hasMany: true,
          required: true,
          options: options('weekday', DAYS_OF_WEEK),
          admin: { width: '60%' },
        },
      ],
    },
    ...serviceHours(),
  ],
})

export const exceptionsField = (): ArrayField => ({
  name: 'exceptions',
  label: label('reservations:restaurant:exceptions'),
  type: 'array',
  labels: { singular: label('reservations:restaurant:exception'), plural: label('reservations:restaurant:exceptions') },
  admin: { description: label('reservations:restaurant:exceptionsHelp') },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'from',
          label: label('reservations:restaurant:exceptionFrom'),
          type: 'text',
          required: true,
          admin: { width: '25%', placeholder: '2026-12-24' },
          validate: (value: null | string | undefined, { req }: { req: { t: unknown } }) => (value && isLocalDate(value)) || refusal(req, 'reservations:invalid:localDate'),
        },
        {
          name: 'to',
          label: label('reservations:restaurant:exceptionTo'),
          type: 'text',
          admin: { width: '25%', placeholder: inEveryLanguage((words) => words.restaurant.exceptionToPlaceholder), description: label('reservations:restaurant:exceptionToHelp') },
          validate: (value: null | string | undefined, { siblingData, req }: { siblingData: { from?: string }; req: { t: unknown } }) => {
            if (!value) return true
            if (!isLocalDate(value)) return refusal(req, 'reservations:invalid:localDate')
            if (siblingData.from && value < siblingData.from) return refusal(req, 'reservations:invalid:lastDayBeforeFirst')
            return true
          },
        },
        { name: 'label', label: label('reservations:restaurant:exceptionLabel'), type: 'text', localized: true, admin: { width: '30%', placeholder: 'Fermeture annuelle' } },
        { name: 'closed', label: label('reservations:restaurant:closed'), type: 'checkbox', defaultValue: true, admin: { width: '20%' } },
      ],
    },
    {
      name: 'hours',
      label: label('reservations:restaurant:specialHours'),
      type: 'array',
      labels: { singular: label('reservations:restaurant:specialService'), plural: label('reservations:restaurant:specialHours') },
      admin: { condition: (_, siblingData) => !siblingData?.closed },
      fields: [{ name: 'name', label: label('reservations:restaurant:serviceName'), type: 'text', localized: true, required: true }, ...serviceHours()],
    },
  ],
})
