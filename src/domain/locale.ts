/**
 * The product's two languages and how Intl should speak them. Every surface (site, admin, emails)
 * formats dates, money and plurals through these, so "fr" always means French as written in France.
 */
export const LANGUAGES = ['fr', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** The BCP 47 tag Intl formats with: French of France, British English (24-hour clock, day first). */
export function intlLocale(language: string): string {
  return language === 'fr' ? 'fr-FR' : 'en-GB'
}

/** The language for any tag a browser or a user profile may hold ("fr-CA" → fr), English otherwise. */
export function languageOf(tag: string | null | undefined): Language {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0]
  return isLanguage(base) ? base : 'en'
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

/**
 * The right form for a count, by the language's own rules: French says "0 plat", "1 plat", "2 plats";
 * English "0 dishes", "1 dish". `{count}` in the chosen form is replaced by the formatted count.
 */
export function plural(language: string, count: number, forms: PluralForms): string {
  const rule = new Intl.PluralRules(intlLocale(language)).select(count)
  const form = forms[rule] ?? forms.other
  return form.replace('{count}', new Intl.NumberFormat(intlLocale(language)).format(count))
}
