import type { TFunction } from '@payloadcms/translations'
import { useTranslation } from '@payloadcms/ui'

import { intlLocale } from '../../../domain/locale'
import { countOf } from '../translations/count'
import type { ReservationsKey, ReservationsTranslations } from '../translations/types'

/** The plugin's words in a client component: `t` typed to its keys, the Intl locale, and counts. */
export function useWords() {
  const { i18n } = useTranslation<ReservationsTranslations, ReservationsKey>()
  const t = i18n.t as unknown as TFunction<ReservationsKey>
  return { t, locale: intlLocale(i18n.language), count: (key: ReservationsKey, n: number, vars?: Record<string, unknown>) => countOf(i18n, key, n, vars) }
}
