import type { BookingRules, TurnTime } from './types'

const DEFAULT_TURN_MINUTES = 120

/** How long a party keeps its table: the first turn-time row whose "up to" covers the party. */
export function turnTimeFor(partySize: number, turnTimes: TurnTime[]): number {
  const sorted = [...turnTimes].sort((a, b) => a.upToPartySize - b.upToPartySize)
  const row = sorted.find((t) => partySize <= t.upToPartySize) ?? sorted[sorted.length - 1]
  return row?.minutes ?? DEFAULT_TURN_MINUTES
}

const MINUTE = 60_000

/** When the guests of a booking starting at `start` are expected to leave. */
export function expectedEnd(start: Date, partySize: number, rules: Pick<BookingRules, 'turnTimes'>): Date {
  return new Date(start.getTime() + turnTimeFor(partySize, rules.turnTimes) * MINUTE)
}

/** The period a booking blocks its tables: seated until the guests leave, plus the buffer to reset the table. */
export function occupancy(start: Date, end: Date, bufferMinutes: number): { from: Date; to: Date } {
  return { from: start, to: new Date(end.getTime() + bufferMinutes * MINUTE) }
}
