import { describe, expect, it } from 'vitest'

import { checkBooking, servicesOn, slotsOn } from '../../../src/domain/availability'
import { bistroRules, input } from './fixtures'

const nightOwls = (timeZone: string) =>
  bistroRules({
    timeZone,
    services: [{ name: 'Late', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '22:00', end: '04:00', lastSeating: '03:00' }],
  })

const times = (date: string, timeZone: string) =>
  slotsOn(date, input({ rules: nightOwls(timeZone), now: new Date(Date.parse(date) - 86_400_000), partySize: 2 }))
    .filter((s) => s.available)
    .map((s) => s.time)

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
