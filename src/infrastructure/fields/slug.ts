import type { TextField } from 'payload'

import { SLUG_PATTERN, slugify } from '../../domain/slugify'

/** A URL slug filled from `source` when left empty; editors may still set their own. */
export function slugField(source: string, overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: { position: 'sidebar', description: `Used in URLs; filled from the ${source} when empty.` },
    hooks: {
      beforeValidate: [
        ({ value, data, originalDoc }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value)
          const from = data?.[source] ?? originalDoc?.[source]
          // A localized source arrives as a string for the current locale.
          return typeof from === 'string' ? slugify(from) : value
        },
      ],
    },
    validate: (value: null | string | undefined) =>
      (typeof value === 'string' && SLUG_PATTERN.test(value)) || 'Use lowercase letters, digits and dashes',
    ...overrides,
  } as TextField
}
