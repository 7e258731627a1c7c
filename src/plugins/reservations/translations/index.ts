import type { TFunction } from '@payloadcms/translations'
import { deepMergeSimple } from '@payloadcms/translations/utilities'
import type { Config } from 'payload'

import { emailTranslations } from './email'
import { en } from './en'
import { fr } from './fr'
import type { Dictionary, ReservationsKey, ReservationsTranslations } from './types'

export type { Dictionary, ReservationsKey, ReservationsTranslations } from './types'

/**
 * The plugin's words in Payload's i18n, one namespace (`reservations:`) per language. Sections sit
 * side by side: the admin's collections and views (en.ts, fr.ts) and the guests' emails (email/);
 * tsc holds every language to English's keys.
 */
export const translations: Record<'en' | 'fr', ReservationsTranslations> = {
  en: { reservations: { ...en, email: emailTranslations.en } },
  fr: { reservations: { ...fr, email: emailTranslations.fr } },
}

/** The host's config with the plugin's words merged in; the host's own translations win on a clash. */
export function withTranslations(config: Config): Config {
  const own = config.i18n?.translations ?? {}
  const merged = { ...own } as Record<string, object>
  for (const [language, words] of Object.entries(translations)) {
    merged[language] = deepMergeSimple(words, (own as Record<string, object | undefined>)[language] ?? {})
  }
  return { ...config, i18n: { ...config.i18n, translations: merged } }
}

/**
 * A label, description or option label read in the admin user's language:
 * `label('reservations:status:seated')`. Payload calls it with its `t` (typed to its own keys).
 */
export const label = (key: ReservationsKey) =>
  // The key rides along so a custom field component can word it itself: Payload caches the fields it
  // hands to custom components per collection, in the language of whoever opened it first.
  Object.assign(({ t }: { t: unknown }): string => (t as TFunction<ReservationsKey>)(key), { translationKey: key })

/** A word in the language of whoever sent the request (Payload's `req.t`). */
export const wordFor = (req: { t: unknown }, key: ReservationsKey): string => (req.t as TFunction<ReservationsKey>)(key)

/** Why a value is refused, in the sender's language: `refusal(req, 'reservations:invalid:localDate')`. */
export const refusal = wordFor

/** Options of a select whose labels are a section of the dictionary: `options('status', ['confirmed', …])`. */
export function options<S extends keyof Dictionary, V extends keyof Dictionary[S] & string>(section: S, values: readonly V[]) {
  // V is a key of that section, so the key exists in every language.
  return values.map((value) => ({ value, label: label(`reservations:${section}:${value}` as ReservationsKey) }))
}

/** For the few settings Payload takes only as `{ en, fr }` (a collection's nav group). */
export function inEveryLanguage(pick: (words: ReservationsTranslations['reservations']) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(translations).map(([language, words]) => [language, pick(words.reservations)]))
}
