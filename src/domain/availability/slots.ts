import { addElapsedDays, addLocalDays, firstOccurrenceOf, MINUTES_PER_DAY, localDateOf, localTimeOf, wallClockToInstant } from './localTime'
import { servicesOn } from './services'
import { bestTableFit, tableOptions, type TableOption } from './tableFit'
import { expectedEnd, occupancy } from './turnTime'
import type { ExistingBooking, Id, RestaurantRules, ServiceWindow, Slot, Table, UnavailableReason } from './types'

const MINUTE = 60_000

export interface AvailabilityInput {
  rules: RestaurantRules
  tables: Table[]
  /** active bookings around the date(s) asked; others are ignored */
  bookings: ExistingBooking[]
  partySize: number
  now: Date
  /**
   * Staff taking a phone booking or a walk-in are not held to the online limits: notice, booking
   * window, pacing and online-only tables. Overlaps are never allowed.
   */
  staff?: boolean
}

/** What the engine prepares once per request and reuses for every slot and every day. */
interface Prepared {
  input: AvailabilityInput
  options: TableOption[]
  periods: Array<{ from: number; to: number; tableIds: string[]; startsAt: number; partySize: number }>
}

// The ways to seat a party depend only on the tables: remember them per tables array (adapters
// keep one per restaurant version), party size and mode.
const optionsMemo = new WeakMap<Table[], Map<string, TableOption[]>>()

function optionsFor(input: AvailabilityInput): TableOption[] {
  let byParty = optionsMemo.get(input.tables)
  if (!byParty) optionsMemo.set(input.tables, (byParty = new Map()))
  const key = `${input.partySize}:${input.staff ? 'staff' : 'online'}`
  let options = byParty.get(key)
  if (!options) {
    options = tableOptions(input.partySize, input.staff ? input.tables : input.tables.filter((t) => t.bookableOnline))
    byParty.set(key, options)
  }
  return options
}

function prepare(input: AvailabilityInput): Prepared {
  const buffer = input.rules.bookingRules.bufferMinutes
  return {
    input,
    options: optionsFor(input),
    periods: input.bookings
      .map((b) => {
        const o = occupancy(b.startsAt, b.endsAt, buffer)
        return { from: o.from.getTime(), to: o.to.getTime(), tableIds: b.tableIds.map(String), startsAt: b.startsAt.getTime(), partySize: b.partySize }
      })
      .sort((a, b) => a.from - b.from),
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

interface Candidate {
  startsAt: Date
  /** wall-clock "HH:mm" */
  time: string
}

const candidatesMemo = new WeakMap<ServiceWindow, Candidate[]>()

/** Candidate start times of a service: every interval from opening to last seating, wall-clock. */
function candidateStarts(service: ServiceWindow, rules: RestaurantRules): Candidate[] {
  const known = candidatesMemo.get(service)
  if (known) return known
  const starts = computeCandidates(service, rules)
  candidatesMemo.set(service, starts)
  return starts
}

function computeCandidates(service: ServiceWindow, rules: RestaurantRules): Candidate[] {
  const { slotIntervalMinutes } = rules.bookingRules
  const [h, m] = localTimeOf(service.opensAt, rules.timeZone).split(':').map(Number)
  // Walk the wall clock, not UTC: on fall-back night 02:30 is offered once, at its first occurrence
  // (the second pass of the repeated hour is not offered), and on spring-forward night 02:30 does
  // not exist and is skipped.
  let minutes = (h ?? 0) * 60 + (m ?? 0)
  const starts: Candidate[] = []
  const step = slotIntervalMinutes * MINUTE
  const wallTime = (total: number) => `${pad(Math.floor((total % 1440) / 60))}:${pad(total % 60)}`
  // Almost every service sits inside one UTC offset: then the wall clock and UTC move together
  // and no time-zone conversion is needed per slot.
  const span = (service.lastSeatingAt.getTime() - service.opensAt.getTime()) / MINUTE
  if (wallTime(minutes + span) === localTimeOf(service.lastSeatingAt, rules.timeZone)) {
    for (let t = service.opensAt.getTime(), k = 0; t <= service.lastSeatingAt.getTime(); t += step, k++) {
      starts.push({ startsAt: new Date(t), time: wallTime(minutes + k * slotIntervalMinutes) })
    }
    return starts
  }
  const seen = new Set<number>()
  for (let guard = 0; guard < 2 * MINUTES_PER_DAY; guard += slotIntervalMinutes, minutes += slotIntervalMinutes) {
    const instant = wallClockToInstant(service.localDate, minutes, rules.timeZone)
    if (!instant) continue
    if (instant.getTime() > service.lastSeatingAt.getTime()) break
    if (seen.has(instant.getTime())) continue
    seen.add(instant.getTime())
    starts.push({ startsAt: instant, time: wallTime(minutes) })
  }
  return starts
}

function judge({ startsAt: start, time }: Candidate, service: ServiceWindow, p: Prepared, periods: Prepared['periods']): Slot {
  const { partySize, now, staff } = p.input
  const br = p.input.rules.bookingRules
  const slot: Slot = { time, startsAt: start, service: service.name, available: false }
  const t = start.getTime()
  if (!staff) {
    if (t < now.getTime() + br.minNoticeMinutes * MINUTE) return { ...slot, reason: 'too_soon' }
    if (t > addElapsedDays(now, br.maxAdvanceDays).getTime()) return { ...slot, reason: 'too_far' }
  } else if (t < now.getTime() - 15 * MINUTE) {
    // Staff may seat a walk-in now, not invent a booking in the past.
    return { ...slot, reason: 'too_soon' }
  }

  if (!staff && (br.maxCoversPerSlot || br.maxBookingsPerSlot)) {
    const slotEnd = t + br.slotIntervalMinutes * MINUTE
    let covers = 0
    let bookings = 0
    for (const b of periods) {
      if (b.startsAt >= t && b.startsAt < slotEnd) {
        covers += b.partySize
        bookings += 1
      }
    }
    if (br.maxCoversPerSlot && covers + partySize > br.maxCoversPerSlot) return { ...slot, reason: 'pacing' }
    if (br.maxBookingsPerSlot && bookings + 1 > br.maxBookingsPerSlot) return { ...slot, reason: 'pacing' }
  }

  const mine = occupancy(start, expectedEnd(start, partySize, br), br.bufferMinutes)
  const busy = new Set<string>()
  for (const b of periods) {
    if (b.from >= mine.to.getTime()) break
    if (b.to > mine.from.getTime()) for (const id of b.tableIds) busy.add(id)
  }
  const fit = bestTableFit(p.options, busy)
  if (!fit) return { ...slot, reason: 'no_table' }
  return { ...slot, available: true, tableIds: fit.tableIds }
}

/** Every slot of a local date for this party, with the tables it would get or why it cannot be booked. */
export function slotsOn(localDate: string, input: AvailabilityInput): Slot[] {
  return slotsFor(localDate, prepare(input))
}

/** Bookings that can matter to a service: those whose occupancy overlaps it (periods are sorted). */
function periodsAround(service: ServiceWindow, p: Prepared): Prepared['periods'] {
  const from = service.opensAt.getTime()
  const to = addElapsedDays(service.closesAt, 1).getTime()
  return p.periods.filter((b) => b.to > from && b.from < to)
}

function slotsFor(localDate: string, p: Prepared): Slot[] {
  const slots: Slot[] = []
  for (const service of servicesOn(localDate, p.input.rules)) {
    const periods = periodsAround(service, p)
    for (const candidate of candidateStarts(service, p.input.rules)) slots.push(judge(candidate, service, p, periods))
  }
  return slots
}

export interface DaySummary {
  date: string
  available: boolean
  /** number of bookable slots */
  slots: number
  /** why nothing can be booked, when nothing can */
  reason?: UnavailableReason
}

/** The date picker's view: which days of a range have at least one bookable slot. */
export function daysSummary(from: string, to: string, input: AvailabilityInput): DaySummary[] {
  const p = prepare(input)
  const days: DaySummary[] = []
  for (let date = from; date <= to; date = addLocalDays(date, 1)) {
    const slots = slotsFor(date, p)
    const bookable = slots.filter((s) => s.available).length
    if (slots.length === 0) days.push({ date, available: false, slots: 0, reason: 'closed' })
    else if (bookable > 0) days.push({ date, available: true, slots: bookable })
    else days.push({ date, available: false, slots: 0, reason: dominantReason(slots) })
  }
  return days
}

function dominantReason(slots: Slot[]): UnavailableReason {
  // "Fully booked" matters more to a diner than "too soon" for the few slots that already passed.
  const reasons = new Set(slots.map((s) => s.reason))
  for (const r of ['no_table', 'pacing', 'too_far', 'too_soon'] as const) if (reasons.has(r)) return r
  return 'no_table'
}

export type BookingCheck =
  /** `startsAt`: the instant booked, which online is the first occurrence of the time asked for */
  | { ok: true; startsAt: Date; tableIds: Id[]; endsAt: Date; service: string; localDate: string; time: string }
  | { ok: false; reason: UnavailableReason | 'not_a_slot' }

/**
 * "Can this party start at this instant?" — the same judgement as the slot list, for booking,
 * drag-and-drop and changes by the guest (leave the booking being changed out of `bookings`).
 * A start off the slot grid is refused online; staff may book any minute within a service.
 *
 * Online, a start in the second pass of the hour repeated at fall-back means the local time the
 * diner saw listed, which the grid offers at its first occurrence: a client that turned "02:30" into
 * an instant with the winter offset (date-fns-tz's fromZonedTime does, in Paris) gets that slot,
 * not a refusal. Staff keep the instant they name: a walk-in seated in the second pass is seated then.
 */
export function checkBooking(requested: Date, input: AvailabilityInput): BookingCheck {
  const p = prepare(input)
  const { timeZone } = input.rules
  const startsAt = input.staff ? requested : firstOccurrenceOf(requested, timeZone)
  const date = localDateOf(startsAt, timeZone)
  // A start after midnight may belong to the previous evening's service.
  for (const localDate of [date, addLocalDays(date, -1)]) {
    for (const service of servicesOn(localDate, input.rules)) {
      if (startsAt < service.opensAt || startsAt > service.lastSeatingAt) continue
      const onGrid = candidateStarts(service, input.rules).find((c) => c.startsAt.getTime() === startsAt.getTime())
      if (!onGrid && !input.staff) return { ok: false, reason: 'not_a_slot' }
      const slot = judge(onGrid ?? { startsAt, time: localTimeOf(startsAt, timeZone) }, service, p, periodsAround(service, p))
      if (!slot.available) return { ok: false, reason: slot.reason! }
      return {
        ok: true,
        startsAt,
        tableIds: slot.tableIds!,
        endsAt: expectedEnd(startsAt, input.partySize, input.rules.bookingRules),
        service: service.name,
        localDate,
        time: slot.time,
      }
    }
  }
  return { ok: false, reason: 'closed' }
}

