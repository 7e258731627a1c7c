import { normalisePhone } from '../phone'

/** What a host typed into the guest search, read as the profiles store it. */
export interface GuestSearch {
  /** matched against names and emails, as typed (trimmed) */
  text: string
  /** the number in E.164 when the text is a whole phone number ("06 12 34 56 78" → +33612345678) */
  phone: string | null
  /**
   * The digits of a number still being typed, without the trunk 0 ("06 12 3" → "6123"), matched
   * inside the stored E.164 numbers, so the guest shows up before the last digit.
   */
  phoneDigits: string | null
}

/** Below this, a search would list half the book. */
export const GUEST_SEARCH_MIN_CHARS = 2

/** Fewer digits than this match too many numbers to mean anything. */
const MIN_PHONE_DIGITS = 4

/** Reads a search: text always; a phone number, whole or partial, when it looks like one. */
export function guestSearchOf(typed: string): GuestSearch {
  const text = typed.trim()
  const looksLikePhone = /^[+\d\s().-]+$/.test(text)
  if (!looksLikePhone) return { text, phone: null, phoneDigits: null }
  const whole = normalisePhone(text)
  const digits = text.replace(/\D/g, '').replace(/^00/, '').replace(/^0/, '')
  return { text, phone: whole.ok ? whole.e164 : null, phoneDigits: digits.length >= MIN_PHONE_DIGITS ? digits : null }
}
