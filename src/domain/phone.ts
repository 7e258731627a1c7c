import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max'

/**
 * Phone numbers, one way everywhere: parsed and checked by libphonenumber-js (Google's numbering
 * plans, with the "max" metadata, which knows which ranges are mobile), stored in E.164
 * (+33612345678). The booking form, the API, the admin and the SMS sender call these same
 * functions, so a number the form accepts for text messages is one the sender can use.
 */

/** Where a number written without its country code ("06 12 34 56 78") is read: our restaurants are in France. */
export const DEFAULT_PHONE_COUNTRY: CountryCode = 'FR'

export type PhoneKind = 'mobile' | 'fixed_line' | 'mobile_or_fixed_line' | 'other'

export type NormalisedPhone = { ok: true; e164: string; kind: PhoneKind; country: string | null } | { ok: false; reason: 'not_a_phone_number' }

/**
 * A number as a person writes it — spaces, dots, brackets, +33, 0033 or 06… — in E.164, with what
 * kind of line it is; refused when it is not a number in service anywhere (too short, too long, a
 * range no operator holds). `defaultCountry` reads national numbers ("07700 900 123" in GB).
 */
export function normalisePhone(input: string, defaultCountry: CountryCode = DEFAULT_PHONE_COUNTRY): NormalisedPhone {
  const parsed = parsePhoneNumberFromString(input.trim(), { defaultCountry, extract: false })
  if (!parsed || !parsed.isValid()) return { ok: false, reason: 'not_a_phone_number' }
  const type = parsed.getType()
  // North American numbers do not say which they are (FIXED_LINE_OR_MOBILE): carriers text both.
  const kind: PhoneKind = type === 'MOBILE' ? 'mobile' : type === 'FIXED_LINE' ? 'fixed_line' : type === 'FIXED_LINE_OR_MOBILE' ? 'mobile_or_fixed_line' : 'other'
  return { ok: true, e164: parsed.number, kind, country: parsed.country ?? null }
}

export type SmsRecipient = { ok: true; e164: string } | { ok: false; reason: 'not_a_phone_number' | 'not_a_mobile_number' }

/**
 * The number to text, or why not: a landline, a toll-free or premium number, a VoIP line cannot
 * receive our SMS (providers refuse them or drop them silently), so only mobiles — and the
 * North American numbers that may be one — are kept.
 */
export function smsRecipient(input: string, defaultCountry: CountryCode = DEFAULT_PHONE_COUNTRY): SmsRecipient {
  const phone = normalisePhone(input, defaultCountry)
  if (!phone.ok) return phone
  if (phone.kind !== 'mobile' && phone.kind !== 'mobile_or_fixed_line') return { ok: false, reason: 'not_a_mobile_number' }
  return { ok: true, e164: phone.e164 }
}
