import type { TextField } from 'payload'

import { errorMessage } from '../../domain/errors'
import { languageOf } from '../../domain/locale'
import { normalisePhone } from '../../domain/phone'


/**
 * A phone number, stored in E.164 whatever way it was typed ("06 12 34 56 78" is saved as
 * +33612345678), through the same `normalisePhone` as the booking form and the SMS sender.
 * A number saved before this rule and left untouched is let through, so that seating a guest
 * whose old booking holds "0612" is not blocked by a field nobody is editing.
 */
export function phoneField(name: string, overrides: Partial<TextField> = {}): TextField {
  return {
    name,
    type: 'text',
    maxLength: 40,
    hooks: {
      beforeValidate: [
        ({ value }) => {
          if (typeof value !== 'string') return value
          if (!value.trim()) return null
          const phone = normalisePhone(value)
          return phone.ok ? phone.e164 : value
        },
      ],
    },
    validate: (value: null | string | undefined, { previousValue, req }: { previousValue?: unknown; req: { i18n?: { language?: string } } }) => {
      if (!value || value === previousValue) return true
      return normalisePhone(value).ok || errorMessage('invalid_phone', languageOf(req.i18n?.language))
    },
    ...overrides,
    admin: { placeholder: '+33 6 12 34 56 78', ...overrides.admin },
  } as TextField
}
