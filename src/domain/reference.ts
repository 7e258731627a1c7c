import { randomInt } from 'node:crypto'

import { REFERENCE_ALPHABET as ALPHABET } from './referenceFormat'

export { BOOKING_REFERENCE_PATTERN } from './referenceFormat'

/** A booking reference like "K7Q-4MX": short enough to say, ~244 million possibilities. */
export function newBookingReference(random: (max: number) => number = randomInt): string {
  const pick = () => ALPHABET[random(ALPHABET.length)]
  return `${pick()}${pick()}${pick()}-${pick()}${pick()}${pick()}`
}
