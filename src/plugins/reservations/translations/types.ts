import type { NestedKeysStripped } from '@payloadcms/translations'

import type { EmailTranslations } from './email'
import type { en } from './en'

/** The shape every language's dictionary has: en.ts's keys, every leaf a string. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

export type Dictionary = Shape<typeof en>

/**
 * What the plugin adds to Payload's translations, per language: its own `reservations` namespace,
 * the admin's sections beside the guests' emails (`reservations:email:…`, read by the templates).
 */
export type ReservationsTranslations = { reservations: Dictionary & { email: EmailTranslations } }

/** Every key `t` accepts for the plugin's words, e.g. `reservations:status:confirmed` (plural forms without their `_one`/`_other`). */
export type ReservationsKey = NestedKeysStripped<ReservationsTranslations>
