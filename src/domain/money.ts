import { intlLocale } from './locale'

/**
 * Money is an integer count of the currency's minor unit (cents for EUR, pence for GBP, yen for
 * JPY) everywhere: stored, summed, compared and sent to Stripe. Decimals exist only at the edges,
 * where a person types or reads an amount: parsed there by `parseMajorAmount`, written by `formatMinor`.
 */

const exponents = new Map<string, number>()

/** Digits after the decimal point in the currency's amounts, as ISO 4217 and Intl know them: EUR 2, JPY 0, BHD 3. */
export function currencyExponent(currency: string): number {
  let exponent = exponents.get(currency)
  if (exponent === undefined) {
    exponent = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
    exponents.set(currency, exponent)
  }
  return exponent
}

/** A valid stored amount: a whole, non-negative number of minor units. */
export function isMinorUnits(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

/** 19.9 EUR → 1990. For amounts that come as decimals from outside (a legacy value, a typed price). */
export function toMinorUnits(amount: number, currency = 'EUR'): number {
  return Math.round(amount * 10 ** currencyExponent(currency))
}

/** 1990 EUR → "19.90": the decimal string schema.org and spreadsheets expect. */
export function minorToDecimalString(amountMinor: number, currency: string): string {
  const exponent = currencyExponent(currency)
  const sign = amountMinor < 0 ? '-' : ''
  const digits = String(Math.abs(amountMinor)).padStart(exponent + 1, '0')
  return exponent ? `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}` : `${sign}${digits}`
}

/** 1250 EUR in French → "12,50 €"; in English → "€12.50". The currency's own number of decimals. */
export function formatMinor(amountMinor: number, currency: string, language: string): string {
  const exponent = currencyExponent(currency)
  return new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency, minimumFractionDigits: exponent, maximumFractionDigits: exponent }).format(
    amountMinor / 10 ** exponent,
  )
}

/** 1250 EUR → "12,50" (fr) or "12.50" (en): what an amount input shows, without symbol or grouping. */
export function formatMinorPlain(amountMinor: number, currency: string, language: string): string {
  const exponent = currencyExponent(currency)
  return new Intl.NumberFormat(intlLocale(language), { minimumFractionDigits: exponent, maximumFractionDigits: exponent, useGrouping: false }).format(
    amountMinor / 10 ** exponent,
  )
}

/**
 * What a person typed as an amount, in minor units: "12,50", "12.5", "12,50 €", "€ 1 234.50",
 * "1.234,50" and "1,234.50" are all understood; null for anything else (letters, a negative, more
 * decimals than the currency has). Parsed as text, never through floating point.
 * A lone separator followed by exactly three digits is refused: "1,234" is 1 234 € to an English
 * reader and a typo for 1,23 € to a French one, and a price read 1000 times too high is worse than
 * a question ("1234" or "1 234" say it plainly).
 */
export function parseMajorAmount(text: string, currency: string): number | null {
  const exponent = currencyExponent(currency)
  // Spaces (French groups with narrow no-break spaces), Swiss apostrophes, symbols and codes go.
  const cleaned = text.replace(/[\s\u00a0\u202f']|\p{Sc}|[A-Za-z]/gu, '')
  if (!/^[\d.,]+$/.test(cleaned) || !/\d/.test(cleaned)) return null
  const separators = cleaned.match(/[.,]/g) ?? []
  let whole = cleaned
  let fraction = ''
  if (separators.length) {
    const last = Math.max(cleaned.lastIndexOf('.'), cleaned.lastIndexOf(','))
    const kinds = new Set(separators)
    const after = cleaned.slice(last + 1)
    const groupingOnly = kinds.size === 1 && separators.length > 1
    if (kinds.size === 1 && separators.length === 1 && after.length === 3 && exponent < 3) return null
    // Groups of thousands are three digits each: "1.234.567", not "12,5,0".
    const grouped = (digits: string) => /^\d+$/.test(digits) || /^\d{1,3}([.,]\d{3})+$/.test(digits)
    if (groupingOnly) {
      if (!grouped(cleaned)) return null
      whole = cleaned.replace(/[.,]/g, '')
    } else {
      const decimal = cleaned[last]!
      const before = cleaned.slice(0, last)
      if (before.includes(decimal) || (before && !grouped(before))) return null
      whole = before.replace(/[.,]/g, '')
      fraction = after
    }
  }
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || fraction.length > exponent) return null
  const minor = Number(`${whole || '0'}${fraction.padEnd(exponent, '0')}`)
  return Number.isSafeInteger(minor) ? minor : null
}
