import { describe, expect, it } from 'vitest'

import {
  addElapsedDays,
  addLocalDays,
  addLocalMonths,
  daysBetween,
  formatLocalDate,
  isoWeekdayOf,
  offsetMinutesOn,
  startOfLocalMonth,
  todayIn,
  weekdayOf,
} from '../../src/domain/availability/localTime'

describe("a restaurant's today", () => {
  // 23:30 UTC on 3 December: Paris is past midnight, Auckland well into the 4th, Honolulu still on the 3rd afternoon.
  const lateUtc = new Date('2026-12-03T23:30:00Z')
  // 00:30 UTC on 4 December: UTC's day has turned, Honolulu's has not.
  const earlyUtc = new Date('2026-12-04T00:30:00Z')

  it('is already tomorrow in Paris half an hour before midnight UTC', () => {
    expect(todayIn('Europe/Paris', lateUtc)).toBe('2026-12-04')
  })

  it('is tomorrow in Auckland while UTC is still on today', () => {
    expect(todayIn('Pacific/Auckland', lateUtc)).toBe('2026-12-04')
    expect(todayIn('Pacific/Auckland', new Date('2026-12-03T10:59:00Z'))).toBe('2026-12-03')
    expect(todayIn('Pacific/Auckland', new Date('2026-12-03T11:00:00Z'))).toBe('2026-12-04')
  })

  it('is still yesterday in Honolulu after midnight UTC', () => {
    expect(todayIn('Pacific/Honolulu', earlyUtc)).toBe('2026-12-03')
    expect(todayIn('UTC', earlyUtc)).toBe('2026-12-04')
  })

  it('turns at local midnight in Paris, on either side of a clock change', () => {
    expect(todayIn('Europe/Paris', new Date('2026-03-28T22:59:59Z'))).toBe('2026-03-28')
    expect(todayIn('Europe/Paris', new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29')
    // Summer time: midnight in Paris is 22:00 UTC.
    expect(todayIn('Europe/Paris', new Date('2026-07-14T21:59:59Z'))).toBe('2026-07-14')
    expect(todayIn('Europe/Paris', new Date('2026-07-14T22:00:00Z'))).toBe('2026-07-15')
  })
})

describe('calendar days', () => {
  it('counts the days from one date to another across a month, a leap day and a clock change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2)
    expect(daysBetween('2026-12-31', '2026-12-01')).toBe(-30)
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365)
  })

  it('moves a date by calendar days, whatever the clocks do that night', () => {
    expect(addLocalDays('2026-03-28', 1)).toBe('2026-03-29')
    expect(addLocalDays('2026-10-25', 1)).toBe('2026-10-26')
    expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addLocalDays('2028-03-01', -1)).toBe('2028-02-29')
  })

  it('names the weekday of a date, Monday first', () => {
    expect(weekdayOf('2026-12-04')).toBe('fri')
    expect(isoWeekdayOf('2026-12-06')).toBe(7)
    expect(isoWeekdayOf('2026-12-07')).toBe(1)
    expect(isoWeekdayOf('1969-12-31')).toBe(3)
  })

  it('finds the first day of a month and of the months around it', () => {
    expect(startOfLocalMonth('2026-12-24')).toBe('2026-12-01')
    expect(addLocalMonths('2026-12-24', 1)).toBe('2027-01-01')
    expect(addLocalMonths('2026-01-31', -1)).toBe('2025-12-01')
  })

  it('writes a date the same for a viewer in any zone', () => {
    expect(formatLocalDate('2026-12-04', 'fr-FR', { weekday: 'long', day: 'numeric', month: 'long' })).toBe('vendredi 4 décembre')
  })

  it("reads a zone's offset on a date: winter and summer in Paris, half hours in Adelaide", () => {
    expect(offsetMinutesOn('2026-12-04', 'Europe/Paris')).toBe(60)
    expect(offsetMinutesOn('2026-07-04', 'Europe/Paris')).toBe(120)
    expect(offsetMinutesOn('2026-12-04', 'Australia/Adelaide')).toBe(630)
  })
})

describe('elapsed days', () => {
  it('are 24 hours each, not calendar days: a week after a visit before the clocks go back', () => {
    const visit = new Date('2026-10-20T21:00:00Z')
    expect(addElapsedDays(visit, 7).toISOString()).toBe('2026-10-27T21:00:00.000Z')
  })
})
