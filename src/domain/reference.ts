import { randomInt } from 'node:crypto'

/** No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a reference read over the phone must not be misheard. */
const ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679'

/** A booking reference like "K7Q-4MZ": short enough to say, ~244 million possibilities. */
export function newBookingReference(random: (max: number) => number = randomInt): string {
  const pick = () => ALPHABET[random(ALPHABET.length)]
  return `${pick()}${pick()}${pick()}-${pick()}${pick()}${pick()}`
}

export const BOOKING_REFERENCE_PATTERN = /^[ACDEFGHJKMNPQRTUVWXY34679]{3}-[ACDEFGHJKMNPQRTUVWXY34679]{3}$/
