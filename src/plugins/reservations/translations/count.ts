import type { I18nClient } from '@payloadcms/translations'

import { intlLocale } from '../../../domain/locale'
import type { ReservationsKey } from './types'

type Vars = Record<string, unknown>

/**
 * The count in words, by the language's own plural rules (French: "0 couvert", "1 couvert",
 * "2 couverts"; English "1 cover", "0 covers"): the key's `_one` or `_other` form, `{{count}}`
 * formatted. Payload's own `t(key, { count })` treats 0 as plural in every language.
 */
export function countOf(i18n: Pick<I18nClient, 'language' | 't'>, key: ReservationsKey, count: number, vars: Vars = {}): string {
  const locale = intlLocale(i18n.language)
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other'
  // The plural forms are keys of their own in the dictionary (`covers_one`), stripped from the key type.
  const t = i18n.t as unknown as (key: string, vars?: Vars) => string
  return t(`${key}_${form}`, { ...vars, count: new Intl.NumberFormat(locale).format(count) })
}
