import type { LabelFunction, StaticLabel, TextField } from 'payload'

import { isTimeOfDay } from '../../../domain/time'

/** A wall-clock time "HH:mm" in the restaurant's time zone; its label in the caller's words. */
export function timeOfDayField(name: string, label: LabelFunction | StaticLabel, overrides: Partial<TextField> = {}): TextField {
  return {
    name,
    label,
    type: 'text',
    required: true,
    // Payload's own messages, in the staff member's language; the placeholder shows the format.
    validate: (value: null | string | undefined, { required, req }: { required?: boolean; req: { t: (key: 'validation:required' | 'validation:invalidInput') => string } }) => {
      if (!value) return required ? req.t('validation:required') : true
      return isTimeOfDay(value) || req.t('validation:invalidInput')
    },
    admin: { placeholder: '19:30', width: '25%' },
    ...overrides,
  } as TextField
}
