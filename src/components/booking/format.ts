import { intlLocale } from '@/domain/locale'
import { formatMinor } from '@/domain/money'
import type { Locale } from '@/i18n/config'

const formatters = new Map<string, Intl.DateTimeFormat>()

/**
 * One formatter per language, zone and options, made once: building an Intl.DateTimeFormat costs
 * far more than using it, and the month calendar names ~50 days on every render (on a slow phone,
 * that was most of the booking page's blocking time).
 */
function formatter(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`
  let made = formatters.get(key)
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone })))
  return made
}

/** "mardi 4 décembre" for a local date string, independent of the browser's own time zone. */
export function formatLocalDate(date: string, locale: Locale, options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' }) {
  return formatter(locale, 'UTC', options).format(new Date(`${date}T12:00:00Z`))
}

/** An instant shown in the restaurant's time zone, whatever the diner's phone says. */
export function formatInstant(iso: string, timeZone: string, locale: Locale, options: Intl.DateTimeFormatOptions) {
  return formatter(locale, timeZone, options).format(new Date(iso))
}

/** An amount in minor units (1250 = 12,50 €), in the currency's own decimals. */
export function formatMoney(amountMinor: number, currency: string, locale: Locale) {
  return formatMinor(amountMinor, currency, locale)
}
