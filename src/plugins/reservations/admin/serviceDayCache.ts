import type { ReservationStatus } from '../../../domain/reservations/status'
import type { DayBooking, DayTable, ServiceDayResponse, TableFloor } from '../api/serviceDay'

/**
 * How a staff write changes the cached service day before the server answers, and how a refusal
 * puts back only what that write changed (another write may have changed the day meanwhile).
 * Pure: the server's next answer is the truth; these only keep the screen from lagging behind it.
 */

type Lists = Pick<ServiceDayResponse, 'bookings' | 'arrivingSoon' | 'late' | 'seated' | 'pendingDeposits' | 'largeParties' | 'flagged'>
const LISTS = ['bookings', 'arrivingSoon', 'late', 'seated', 'pendingDeposits', 'largeParties', 'flagged'] as const satisfies readonly (keyof Lists)[]

/** The statuses each of the board's lists holds (the snapshot's rules, src/domain/service/snapshot.ts). */
const HOLDS: Record<keyof Lists, readonly ReservationStatus[]> = {
  bookings: ['pending_payment', 'confirmed', 'seated', 'completed', 'cancelled', 'no_show'],
  arrivingSoon: ['confirmed'],
  late: ['confirmed'],
  seated: ['seated'],
  pendingDeposits: ['pending_payment'],
  largeParties: ['confirmed', 'pending_payment'],
  flagged: ['confirmed', 'pending_payment'],
}
const COUNTED = new Set<ReservationStatus>(['pending_payment', 'confirmed', 'seated', 'completed'])

const byStart = (a: DayBooking, b: DayBooking) => a.startsAt.localeCompare(b.startsAt)

/** One booking changed (its time, tables or status) in every list of the day, each list keeping only what it holds. */
export function withBooking(day: ServiceDayResponse, id: number, change: Partial<DayBooking>): ServiceDayResponse {
  const before = day.bookings.find((b) => b.id === id)
  if (!before) return day
  const after = { ...before, ...change }
  const next = { ...day }
  for (const list of LISTS) {
    const kept = day[list].filter((b) => b.id !== id)
    const had = kept.length !== day[list].length
    // A seated party joins the seated list; the other lists only lose or keep theirs.
    const joins = (had || (list === 'seated' && after.status === 'seated')) && HOLDS[list].includes(after.status)
    next[list] = joins ? [...kept, after].sort(byStart) : kept
  }
  const covers = (b: DayBooking) => (COUNTED.has(b.status) ? b.partySize : 0)
  next.coversToday = day.coversToday - covers(before) + covers(after)
  return next
}

/** Puts back one booking as it was in `before` (a refused write), leaving every other change in place. */
export function restoreBooking(day: ServiceDayResponse, before: ServiceDayResponse, id: number): ServiceDayResponse {
  const was = before.bookings.find((b) => b.id === id)
  return was ? withBooking(day, id, was) : day
}

/** A table's new place (or shape) on the plan. */
export function withTableFloor(day: ServiceDayResponse, id: number, change: Partial<Omit<DayTable, 'floor'>> & { floor?: TableFloor }): ServiceDayResponse {
  return { ...day, tables: day.tables.map((t) => (t.id === id ? { ...t, ...change, floor: { ...t.floor, ...change.floor } } : t)) }
}

/** Puts back one table as it was in `before`. */
export function restoreTable(day: ServiceDayResponse, before: ServiceDayResponse, id: number): ServiceDayResponse {
  const was = before.tables.find((t) => t.id === id)
  return was ? { ...day, tables: day.tables.map((t) => (t.id === id ? was : t)) } : day
}
