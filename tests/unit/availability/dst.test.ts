import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { checkBooking, servicesOn, slotsOn, startOfLocalDay, wallClockToInstant } from '../../../src/domain/availability'
import { bookingIcs } from '../../../src/domain/calendar/ics'
import { bistroRules, input } from './fixtures'

const nightOwls = (timeZone: string) =>
  bistroRules({
    timeZone,
    services: [{ name: 'Late', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '22:00', end: '04:00', lastSeating: '03:00' }],
  })

const slots = (date: string, timeZone: string) =>
  slotsOn(date, input({ rules: nightOwls(timeZone), now: new Date(Date.parse(date) - 86_400_000), partySize: 2 })).filter((s) => s.available)

const times = (date: string, timeZone: string) => slots(date, timeZone).map((s) => s.time)

describe('daylight saving time', () => {
  it('skips the 02:xx times that do not exist on the spring-forward night in Paris', () => {
    // 29 March 2026: 02:00 → 03:00 in Europe/Paris.
    const slots = times('2026-03-28', 'Europe/Paris')
    expect(slots).toContain('01:45')
    expect(slots.filter((t) => t.startsWith('02:'))).toEqual([])
    expect(slots).toContain('03:00')
  })

  it('offers 02:30 once on the fall-back night in Paris', () => {
    // 25 October 2026: 03:00 → 02:00 in Europe/Paris; 02:30 happens twice.
    const slots = times('2026-10-24', 'Europe/Paris')
    expect(slots.filter((t) => t === '02:30')).toHaveLength(1)
    expect(new Set(slots).size).toBe(slots.length)
  })

  it('offers the repeated 02:30 in Paris at its first occurrence, still on summer time (+02:00)', () => {
    const slot = slots('2026-10-24', 'Europe/Paris').find((s) => s.time === '02:30')!
    expect(slot.startsAt.toISOString()).toBe('2026-10-25T00:30:00.000Z')
    // The real hour after 02:45 summer time is the second pass of 02:00–02:59: the next slot is 03:00.
    expect(slots('2026-10-24', 'Europe/Paris').find((s) => s.time === '03:00')!.startsAt.toISOString()).toBe('2026-10-25T02:00:00.000Z')
  })

  it('offers the repeated 01:30 in New York at its first occurrence too, on daylight time (-04:00)', () => {
    const slot = slots('2026-10-31', 'America/New_York').find((s) => s.time === '01:30')!
    expect(slot.startsAt.toISOString()).toBe('2026-11-01T05:30:00.000Z')
  })

  it('books 02:30 sent with either Paris offset at the first occurrence, the slot the diner saw', () => {
    const online = input({ rules: nightOwls('Europe/Paris'), now: new Date('2026-10-20T00:00:00Z') })
    const first = { ok: true, startsAt: new Date('2026-10-25T00:30:00Z'), localDate: '2026-10-24', time: '02:30' }
    expect(checkBooking(new Date('2026-10-25T02:30:00+02:00'), online)).toMatchObject(first)
    expect(checkBooking(new Date('2026-10-25T02:30:00+01:00'), online)).toMatchObject(first)
  })

  it('lets staff seat a table in the second pass of the repeated hour, at the instant they name', () => {
    const staff = input({ rules: nightOwls('Europe/Paris'), now: new Date('2026-10-25T01:25:00Z'), staff: true })
    expect(checkBooking(new Date('2026-10-25T02:30:00+01:00'), staff)).toMatchObject({ ok: true, startsAt: new Date('2026-10-25T01:30:00Z') })
  })

  it('starts a day whose midnight is skipped when the clocks jump, and a day whose midnight repeats at the first one', () => {
    // Havana, 8 March 2026: 00:00 → 01:00 (UTC-5 → UTC-4); 1 November 2026: 01:00 → 00:00.
    expect(wallClockToInstant('2026-03-08', 0, 'America/Havana')).toBeNull()
    expect(startOfLocalDay('2026-03-08', 'America/Havana').toISOString()).toBe('2026-03-08T05:00:00.000Z')
    expect(startOfLocalDay('2026-11-01', 'America/Havana').toISOString()).toBe('2026-11-01T04:00:00.000Z')
  })

  it('handles New York, which changes on other dates', () => {
    // 8 March 2026 in America/New_York: 02:00 → 03:00.
    expect(times('2026-03-07', 'America/New_York').filter((t) => t.startsWith('02:'))).toEqual([])
    // 1 November 2026: 02:00 → 01:00; 01:30 happens twice.
    expect(times('2026-10-31', 'America/New_York').filter((t) => t === '01:30')).toHaveLength(1)
  })

  it('keeps wall-clock opening times across the change: 19:00 is 18:00 UTC in winter, 17:00 UTC in summer', () => {
    const winter = servicesOn('2026-03-27', bistroRules())[1]!
    const summer = servicesOn('2026-03-31', bistroRules())[1]!
    expect(winter.opensAt.toISOString()).toBe('2026-03-27T18:00:00.000Z')
    expect(summer.opensAt.toISOString()).toBe('2026-03-31T17:00:00.000Z')
  })

  it('books a slot after midnight as part of the previous evening service', () => {
    const rules = nightOwls('Europe/Paris')
    const result = checkBooking(new Date('2026-03-11T00:30:00Z'), input({ rules, now: new Date('2026-03-01T00:00:00Z') }))
    expect(result).toMatchObject({ ok: true, localDate: '2026-03-10', time: '01:30' })
  })
})

describe('the .ics on the fall-back night', () => {
  it('names the booked instant in UTC, so either pass of the repeated hour reads back as booked', () => {
    // A TZID local time of 02:30 would mean the first pass (RFC 5545 §3.3.5): a table staff seated in
    // the second pass must not move an hour earlier in the diner's calendar.
    for (const start of ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z']) {
      const ics = bookingIcs({ uid: 'K7Q-4MZ@techplus', start: new Date(start), end: new Date(Date.parse(start) + 90 * 60_000), title: 'Le Petit Zinc', now: new Date('2026-10-01T00:00:00Z') })
      expect(ics).not.toContain('TZID')
      expect(ics).toContain(`DTSTART:${start.replace(/[-:]/g, '')}\r\n`)
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!)
      expect(event.startDate.toJSDate().toISOString()).toBe(new Date(start).toISOString())
    }
  })
})
