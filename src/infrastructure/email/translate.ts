import { plural, type PluralForms } from '../../domain/locale'

/** An email dictionary: flat keys, `{name}` placeholders, plural forms as `key_one` / `key_other` (Payload's suffixes). */
export type EmailDictionary = Record<string, string>

export type EmailParams = Record<string, string | number>

/** The keys that have plural forms (`guests` for `guests_one` + `guests_other`). */
export type PluralKey<D> = { [K in keyof D]: K extends `${infer Base}_other` ? Base : never }[keyof D]

/**
 * Replaces `{name}` by its value. An unknown name is left as it is, so a forgotten parameter shows
 * in tests (which look for leftover braces) instead of printing "undefined" to a guest.
 */
export function interpolate(template: string, params: EmailParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

const PLURAL_RULES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const

/** `t(key, params)` and `count(key, n, params)` over one language's dictionary; counts follow Intl.PluralRules. */
export function translator<D extends EmailDictionary>(dictionary: D, language: string) {
  return {
    t: (key: keyof D & string, params?: EmailParams): string => interpolate(dictionary[key] ?? key, params),
    count: (key: PluralKey<D> & string, count: number, params?: EmailParams): string => {
      const forms: Partial<PluralForms> = {}
      for (const rule of PLURAL_RULES) {
        const form = dictionary[`${key}_${rule}`]
        if (form !== undefined) forms[rule] = form
      }
      return interpolate(plural(language, count, { ...forms, other: forms.other ?? key }), params)
    },
  }
}

export type Translator<D extends EmailDictionary> = ReturnType<typeof translator<D>>
