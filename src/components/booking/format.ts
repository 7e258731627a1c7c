import { intlLocale } from '@/domain/locale'
import type { Locale } from '@/i18n/config'

/** "mardi 4 décembre" for a local date string, independent of the browser's own time zone. */
export function formatLocalDate(date: string, locale: Locale, options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' }) {
  return new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`))
}

/** An instant shown in the restaurant's time zone, whatever the diner's phone says. */
export function formatInstant(iso: string, timeZone: string, locale: Locale, options: Intl.DateTimeFormatOptions) {
  return new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone }).format(new Date(iso))
}

export function formatMoney(amount: number, currency: string, locale: Locale) {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency }).format(amount)
}
