/** No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a reference read over the phone must not be misheard. */
export const REFERENCE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679'

export const BOOKING_REFERENCE_PATTERN = /^[ACDEFGHJKMNPQRTUVWXY34679]{3}-[ACDEFGHJKMNPQRTUVWXY34679]{3}$/

/**
 * A reference as a diner types it back — lower case, spaces, no dash ("k7q 4mx") — in the form we
 * print ("K7Q-4MX"). What still does not match the pattern is no reference of ours.
 */
export function normaliseReference(input: string): string {
  const compact = input.toUpperCase().replace(/[\s\-‐-―_.]/g, '')
  return compact.length === 6 ? `${compact.slice(0, 3)}-${compact.slice(3)}` : input.trim().toUpperCase()
}
