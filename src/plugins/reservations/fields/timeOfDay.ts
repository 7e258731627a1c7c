import type { TextField } from 'payload'

import { isTimeOfDay } from '../../../domain/time'

/** A wall-clock time "HH:mm" in the restaurant's time zone. */
export function timeOfDayField(name: string, label: string, overrides: Partial<TextField> = {}): TextField {
  return {
    name,
    label,
    type: 'text',
    required: true,
    validate: (value: null | string | undefined, { required }: { required?: boolean }) => {
      if (!value) return required ? `${label} is required` : true
      return isTimeOfDay(value) || `${label} must be a time like 19:30`
    },
    admin: { placeholder: '19:30', width: '25%' },
    ...overrides,
  } as TextField
}
