import { intlLocale } from '@/domain/locale'
import { formatMinor } from '@/domain/money'
import type { Locale } from '@/i18n/config'

/** "mardi 4 décembre" for a local date string, independent of the browser's own time zone. */
export function formatLocalDate(date: string, locale: Locale, options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' }) {
  return new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`))
}

/** An instant shown in the restaurant's time zone, whatever the diner's phone says. */
export function formatInstant(iso: string, timeZone: string, locale: Locale, options: Intl.DateTimeFormatOptions) {
  return new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone }).format(new Date(iso))
}

/** An amount in minor units (1250 = 12,50 €), in the currency's own decimals. */
export function formatMoney(amountMinor: number, currency: string, locale: Locale) {
  return formatMinor(amountMinor, currency, locale)
}
