import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { checkBooking, servicesOn, slotsOn, startOfLocalDay } from '../../../src/domain/availability'
import type { Weekday } from '../../../src/domain/availability/types'
import { bistroRules, input, table } from './fixtures'

// The oracle reads clocks with Intl alone (the zone's offset as Intl names it), not with the module
// under test, and finds the clock changes by scanning the years, so new tz data is tested as it comes.

const MINUTE = 60_000
const DAY = 1440 * MINUTE
const YEARS = [2026, 2027, 2028]
const ALL_WEEK: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

const offsetNames = new Map<string, Intl.DateTimeFormat>()
/** The zone's offset from UTC at an instant, in minutes ("GMT+05:45" → 345). */
function offsetAt(timeZone: string, t: number): number {
  let format = offsetNames.get(timeZone)
  if (!format) offsetNames.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })))
  const name = format.formatToParts(t).find((p) => p.type === 'timeZoneName')!.value
  const m = /^GMT(?:([+-])(\d\d):(\d\d))?$/.exec(name)
  if (!m) throw new Error(`Unexpected offset name ${name}`)
  return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0
}

/** What the zone's wall clock reads at an instant, as milliseconds on that clock. */
const readingAt = (timeZone: string, t: number) => t + offsetAt(timeZone, t) * MINUTE
const asText = (reading: number) => new Date(reading).toISOString().slice(0, 16).replace('T', ' ')

const clockFormats = new Map<string, Intl.DateTimeFormat>()
/** "HH:mm" as a diner in the zone would read it, straight from Intl. */
function clockAt(timeZone: string, t: number): string {
  let format = clockFormats.get(timeZone)
  if (!format) clockFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })))
  return format.format(t)
}

interface Transition {
  timeZone: string
  /** the instant the offset changes */
  at: number
  /** offsets before and after, minutes */
  before: number
  after: number
}

/** Every change of a zone's offset in a year, to the minute: a day-by-day scan, then halving. */
function transitionsIn(timeZone: string, year: number): Transition[] {
  const found: Transition[] = []
  for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += DAY) {
    if (offsetAt(timeZone, day) === offsetAt(timeZone, day + DAY)) continue
    let [lo, hi] = [day, day + DAY]
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE
      if (offsetAt(timeZone, mid) === offsetAt(timeZone, lo)) lo = mid
      else hi = mid
    }
    found.push({ timeZone, at: hi, before: offsetAt(timeZone, lo), after: offsetAt(timeZone, hi) })
  }
  return found
}

const ZONES = [
  'UTC',
  'Europe/Paris',
  'America/New_York',
  'America/St_Johns', // half-hour offset, with DST
  'Australia/Sydney',
  'America/Santiago', // southern, changes at midnight
  'Pacific/Auckland',
  'America/Havana', // changes at midnight
  'Asia/Beirut', // changes at midnight
  'Africa/Cairo', // DST again since 2023, at midnight
  'Australia/Lord_Howe', // 30-minute shift
  'Pacific/Chatham', // +12:45 / +13:45
  'Asia/Kathmandu', // +05:45
  'Australia/Eucla', // +08:45
  'America/Sao_Paulo', // no DST since 2019
  'America/Asuncion', // no DST since 2024
  'Europe/Moscow', // no DST since 2011
  'Asia/Tehran', // no DST since 2022
]

const transitions = ZONES.flatMap((zone) => YEARS.flatMap((year) => transitionsIn(zone, year)))
const changesOf = (zone: string) => transitions.filter((t) => t.timeZone === zone)
/** The wall-clock reading at which the clocks change (the one that is never shown, or shown twice). */
const changeReading = (t: Transition) => t.at + t.before * MINUTE

describe('the zones tested are what they claim (found with Intl, not assumed)', () => {
  it('both hemispheres: Paris and New York go back in autumn (Oct–Nov), Sydney, Santiago and Auckland in April', () => {
    const fallBackMonths = (zone: string) => changesOf(zone).filter((t) => t.after < t.before).map((t) => new Date(t.at).getUTCMonth() + 1)
    expect(fallBackMonths('Europe/Paris')).toEqual(YEARS.map(() => 10))
    expect(fallBackMonths('America/New_York')).toEqual(YEARS.map(() => 11))
    for (const zone of ['Australia/Sydney', 'America/Santiago', 'Pacific/Auckland']) expect(fallBackMonths(zone), zone).toEqual(YEARS.map(() => 4))
    // Every DST zone changes twice a year, every year tested.
    for (const zone of ZONES.slice(1, 12)) expect(changesOf(zone), zone).toHaveLength(2 * YEARS.length)
  })

  it('Havana, Beirut, Santiago and Cairo change their clocks at midnight', () => {
    for (const zone of ['America/Havana', 'Asia/Beirut', 'America/Santiago', 'Africa/Cairo']) {
      // Spring: 00:00 never shows. Autumn: at midnight back to 23:00, or (Havana) at 01:00 back to 00:00.
      const atMidnight = changesOf(zone).filter((t) => changeReading(t) % DAY === 0 || (t.after < t.before && (t.at + t.after * MINUTE) % DAY === 0))
      expect(atMidnight, zone).toHaveLength(2 * YEARS.length)
    }
  })

  it('Lord Howe moves its clocks by 30 minutes; Kathmandu, Eucla and Chatham are quarter hours off the hour', () => {
    expect(changesOf('Australia/Lord_Howe').map((t) => Math.abs(t.after - t.before))).toEqual(changesOf('Australia/Lord_Howe').map(() => 30))
    for (const zone of ['Asia/Kathmandu', 'Australia/Eucla', 'Pacific/Chatham']) expect(Math.abs(offsetAt(zone, Date.UTC(2026, 6, 1)) % 60), zone).toBe(45)
  })

  it('São Paulo, Asunción, Moscow and Tehran dropped DST: changes in an earlier year, none now; UTC never changes', () => {
    for (const [zone, year] of [['America/Sao_Paulo', 2018], ['America/Asuncion', 2023], ['Europe/Moscow', 2010], ['Asia/Tehran', 2021]] as const) {
      expect(transitionsIn(zone, year).length, zone).toBeGreaterThan(0)
      expect(changesOf(zone), zone).toEqual([])
    }
    expect(changesOf('UTC')).toEqual([])
  })

  it('every offset is a whole number of quarter hours, and every change falls on a 5-minute mark', () => {
    // What lets the oracle below step through real time 5 minutes at a time.
    for (const t of transitions) {
      expect(Math.abs(t.before % 15)).toBe(0)
      expect(Math.abs(t.after % 15)).toBe(0)
      expect(t.at % (5 * MINUTE)).toBe(0)
    }
  })
})

/** A night to test: a clock change, or any night of a year in any zone. */
interface Night {
  timeZone: string
  /** a wall-clock reading near which the service is drawn */
  reading: number
  /** how far the clocks move that night, minutes (0 when they do not) */
  shift: number
}

const nightOf = (t: Transition): Night => ({ timeZone: t.timeZone, reading: changeReading(t), shift: Math.abs(t.after - t.before) })

const nightArb: fc.Arbitrary<Night> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...transitions).map(nightOf) },
  {
    weight: 1,
    arbitrary: fc.record({ timeZone: fc.constantFrom(...ZONES), day: fc.integer({ min: 0, max: 3 * 365 }) }).map(({ timeZone, day }) => {
      const t = Date.UTC(YEARS[0]!, 0, 1, 23) + day * DAY
      // Any night may be one of the changes too.
      return { timeZone, reading: readingAt(timeZone, t), shift: Math.abs(offsetAt(timeZone, t + DAY) - offsetAt(timeZone, t - DAY)) }
    }),
  },
)

/** A service on a night: opening from 2 h after the change to 6 h before, seating for up to 8 h. */
const serviceOn = (nights: fc.Arbitrary<Night>) =>
  fc.record({
    night: nights,
    /** opening, minutes before the change (negative: after it) */
    opensBefore: fc.integer({ min: -24, max: 72 }).map((n) => n * 5),
    /** opening to last seating, minutes */
    seating: fc.integer({ min: 0, max: 96 }).map((n) => n * 5),
    interval: fc.constantFrom(5, 10, 15, 20, 30, 45, 60),
  })

const serviceArb = serviceOn(nightArb)
const springForwardArb = serviceOn(fc.constantFrom(...transitions.filter((t) => t.after > t.before)).map(nightOf))
const fallBackArb = serviceOn(fc.constantFrom(...transitions.filter((t) => t.after < t.before)).map(nightOf))

type Drawn = typeof serviceArb extends fc.Arbitrary<infer T> ? T : never

const hhmm = (reading: number) => asText(reading).slice(11)

/** A restaurant with one service around the night's change, and its slots for a party of 2. */
function serviceAround({ night, opensBefore, seating, interval }: Drawn) {
  const opens = night.reading - opensBefore * MINUTE
  const localDate = asText(opens).slice(0, 10)
  const base = bistroRules()
  const rules = bistroRules({
    timeZone: night.timeZone,
    services: [{ name: 'Night', days: ALL_WEEK, start: hhmm(opens), end: hhmm(opens + (seating + 60) * MINUTE), lastSeating: hhmm(opens + seating * MINUTE) }],
    bookingRules: { ...base.bookingRules, slotIntervalMinutes: interval },
  })
  const [service] = servicesOn(localDate, rules)
  const now = new Date(service!.opensAt.getTime() - 2 * DAY)
  const slots = slotsOn(localDate, input({ rules, tables: [table(1, 1, 4)], partySize: 2, now }))
  return { rules, service: service!, slots, now, localDate, opens }
}

/** The instants at which the zone's clock reads `reading` (none, one, or two), earliest first. */
function instantsReading(timeZone: string, reading: number): number[] {
  const offsets = new Set([offsetAt(timeZone, reading - DAY), offsetAt(timeZone, reading + DAY)])
  return [...offsets]
    .map((o) => reading - o * MINUTE)
    .filter((t) => readingAt(timeZone, t) === reading)
    .sort((a, b) => a - b)
}

const RUNS = 600

describe('slots on the nights the clocks change, in every zone', () => {
  it('open at the first occurrence of the opening time, or when the clocks jump past it', () => {
    fc.assert(
      fc.property(serviceArb, (drawn) => {
        const { service, opens } = serviceAround(drawn)
        const { timeZone } = drawn.night
        const [first] = instantsReading(timeZone, opens)
        if (first !== undefined) expect(service.opensAt.getTime()).toBe(first)
        else {
          // In the gap: the first instant after it, which reads later than the time asked for.
          const t = service.opensAt.getTime()
          expect(readingAt(timeZone, t)).toBeGreaterThan(opens)
          expect(readingAt(timeZone, t - MINUTE)).toBeLessThan(opens)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('offer each slot at an instant that reads back as its local time, all instants and times distinct', () => {
    fc.assert(
      fc.property(serviceArb, (drawn) => {
        const { slots } = serviceAround(drawn)
        expect(slots.length).toBeGreaterThan(0)
        for (const slot of slots) {
          expect(clockAt(drawn.night.timeZone, slot.startsAt.getTime())).toBe(slot.time)
          expect(slot.available).toBe(true)
        }
        expect(new Set(slots.map((s) => s.startsAt.getTime())).size).toBe(slots.length)
        expect(new Set(slots.map((s) => s.time)).size).toBe(slots.length)
      }),
      { numRuns: RUNS },
    )
  })

  it('offer a repeated local time at its first occurrence: one shift earlier the clock never read it', () => {
    fc.assert(
      fc.property(fallBackArb, (drawn) => {
        const { timeZone, shift } = drawn.night
        for (const slot of serviceAround(drawn).slots) {
          const t = slot.startsAt.getTime()
          expect(asText(readingAt(timeZone, t - shift * MINUTE))).not.toBe(asText(readingAt(timeZone, t)))
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('offer every real instant of the service on the grid, except the second pass of a repeated hour; never a skipped time', () => {
    fc.assert(
      fc.property(serviceArb, (drawn) => {
        const { timeZone, shift } = drawn.night
        const { service, slots } = serviceAround(drawn)
        const first = readingAt(timeZone, service.opensAt.getTime())
        const step = drawn.interval * MINUTE
        // Real time, 5 minutes at a time (offsets are quarter hours, openings and changes on 5-minute marks):
        // an instant is a slot when its wall-clock reading is on the grid from the opening and the clock
        // has not read it before (one shift earlier, in the repeated hour).
        const expected: number[] = []
        for (let t = service.opensAt.getTime(); t <= service.lastSeatingAt.getTime(); t += 5 * MINUTE) {
          const reading = readingAt(timeZone, t)
          const onGrid = (reading - first) % step === 0
          const secondPass = shift > 0 && readingAt(timeZone, t - shift * MINUTE) === reading
          if (onGrid && !secondPass) expected.push(t)
        }
        expect(slots.map((s) => s.startsAt.getTime())).toEqual(expected)
      }),
      { numRuns: RUNS },
    )
  })

  it('never offer a time the clocks skip', () => {
    fc.assert(
      fc.property(springForwardArb, (drawn) => {
        const { timeZone, reading: gapFrom, shift } = drawn.night
        const gapTo = gapFrom + shift * MINUTE
        const date = asText(gapFrom).slice(0, 10)
        for (const slot of serviceAround(drawn).slots) {
          // The slot's time of day, on the date of the change or either side: never inside the skipped interval.
          const reading = Date.parse(`${date}T${slot.time}:00Z`)
          for (const r of [reading - DAY, reading, reading + DAY]) expect(r >= gapFrom && r < gapTo, `${timeZone} ${slot.time}`).toBe(false)
        }
      }),
      { numRuns: RUNS / 3 },
    )
  })
})

describe('booking a repeated local time, in every zone', () => {
  it('online, either offset books the first occurrence; staff keep the instant they name', () => {
    let repeatedTimes = 0
    fc.assert(
      fc.property(fallBackArb, (drawn) => {
        const { timeZone, shift } = drawn.night
        const { rules, service, slots, now } = serviceAround(drawn)
        const online = input({ rules, tables: [table(1, 1, 4)], partySize: 2, now })
        for (const slot of slots) {
          const t = slot.startsAt.getTime()
          const secondPass = t + shift * MINUTE
          const repeated = readingAt(timeZone, secondPass) === readingAt(timeZone, t)
          expect(checkBooking(slot.startsAt, online)).toMatchObject({ ok: true, startsAt: slot.startsAt, time: slot.time })
          if (!repeated) continue
          repeatedTimes++
          expect(checkBooking(new Date(secondPass), online)).toMatchObject({ ok: true, startsAt: slot.startsAt, time: slot.time })
          // Staff may book any minute of the service: the second pass is theirs to name.
          const staff = checkBooking(new Date(secondPass), { ...online, staff: true })
          if (secondPass <= service.lastSeatingAt.getTime()) expect(staff).toMatchObject({ ok: true, startsAt: new Date(secondPass) })
          else expect(staff).toEqual({ ok: false, reason: 'closed' })
        }
      }),
      { numRuns: RUNS / 3 },
    )
    // The draws did reach the repeated hour (about 1.3 times a run on average).
    expect(repeatedTimes).toBeGreaterThan(RUNS / 12)
  })
})

describe('days on which the clocks change, midnight skipped or repeated included', () => {
  it('start at their first instant: the first midnight, or the moment the clocks jump past it', () => {
    for (const change of transitions) {
      const date = asText(change.at + change.after * MINUTE).slice(0, 10)
      const start = startOfLocalDay(date, change.timeZone).getTime()
      expect(asText(readingAt(change.timeZone, start)).slice(0, 10), `${change.timeZone} ${date}`).toBe(date)
      // The instant before belongs to the day before, whichever way the clocks moved.
      expect(asText(readingAt(change.timeZone, start - MINUTE)).slice(0, 10) < date, `${change.timeZone} ${date}`).toBe(true)
    }
  })
})
