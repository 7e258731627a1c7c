import { describe, expect, it } from 'vitest'

import { todayIn } from '../../src/domain/availability/localTime'
import { bookingWindow, inWindow, monthRange, monthsOfWindow, monthWeeks, moveFocus, sameDayInMonth } from '../../src/domain/calendar/monthGrid'

// The tests' own day arithmetic, independent of the module under test: UTC noon plus whole days.
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

describe('the booking window', () => {
  it('runs from the restaurant’s today to maxAdvanceDays later, whatever the clocks do in between (60 days over the spring change)', () => {
    // 23:30 UTC on 28 March 2026 is already the 29th in Paris, the night the clocks go forward.
    const today = todayIn('Europe/Paris', new Date('2026-03-28T23:30:00Z'))
    expect(today).toBe('2026-03-29')
    const window = bookingWindow(today, 60)
    expect(window).toEqual({ first: '2026-03-29', last: plusDays('2026-03-29', 60) })
    expect(window.last).toBe('2026-05-28')
    expect(monthsOfWindow(window)).toEqual(['2026-03-01', '2026-04-01', '2026-05-01'])
    expect(inWindow('2026-03-28', window)).toBe(false)
    expect(inWindow('2026-05-28', window)).toBe(true)
    expect(inWindow('2026-05-29', window)).toBe(false)
  })

  it('takes today on the fall-back night from the zone, not from UTC', () => {
    expect(todayIn('Europe/Paris', new Date('2026-10-25T22:30:00Z'))).toBe('2026-10-25')
    expect(todayIn('Europe/Paris', new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-26')
    const window = bookingWindow('2026-10-25', 60)
    expect(window.last).toBe('2026-12-24')
    expect(monthRange('2026-10-01', window)).toEqual({ from: '2026-10-25', to: '2026-10-31' })
    expect(monthRange('2026-12-01', window)).toEqual({ from: '2026-12-01', to: '2026-12-24' })
  })

  it('crosses the new year: Auckland books from 1 January while Paris is still on 31 December', () => {
    const now = new Date('2026-12-31T11:30:00Z')
    expect(todayIn('Europe/Paris', now)).toBe('2026-12-31')
    const auckland = bookingWindow(todayIn('Pacific/Auckland', now), 60)
    expect(auckland).toEqual({ first: '2027-01-01', last: '2027-03-02' })
    expect(monthsOfWindow(auckland)).toEqual(['2027-01-01', '2027-02-01', '2027-03-01'])
    expect(monthsOfWindow(bookingWindow('2026-12-31', 60))).toEqual(['2026-12-01', '2027-01-01', '2027-02-01', '2027-03-01'])
  })

  it('pages two years ahead with maxAdvanceDays 730, a leap day included, each page within the endpoint’s 92 days', () => {
    const window = bookingWindow('2026-12-02', 730)
    expect(window.last).toBe(plusDays('2026-12-02', 730))
    expect(window.last).toBe('2028-12-01')
    const months = monthsOfWindow(window)
    expect(months).toHaveLength(25)
    expect(months.at(0)).toBe('2026-12-01')
    expect(months.at(-1)).toBe('2028-12-01')
    expect(monthRange('2028-02-01', window)).toEqual({ from: '2028-02-01', to: '2028-02-29' })
    expect(monthRange('2028-12-01', window)).toEqual({ from: '2028-12-01', to: '2028-12-01' })
    expect(monthRange('2029-01-01', window)).toBeNull()
    for (const month of months) {
      const range = monthRange(month, window)!
      const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000 + 1
      expect(days).toBeGreaterThan(0)
      expect(days).toBeLessThanOrEqual(31)
    }
  })
})

describe('the month grid', () => {
  it('starts weeks on Monday, with empty cells around the month', () => {
    // 1 December 2026 is a Tuesday; the 31st a Thursday.
    const weeks = monthWeeks('2026-12-01')
    expect(weeks).toHaveLength(5)
    expect(weeks[0]).toEqual([null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'])
    expect(weeks[4]).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null, null])
    expect(weeks.flat().filter(Boolean)).toHaveLength(31)
    // February 2027 starts on a Monday and fills four rows exactly.
    expect(monthWeeks('2027-02-01')).toHaveLength(4)
    // March 2026 holds the spring-forward Sunday; still 31 days, six rows (it starts on a Sunday).
    const march = monthWeeks('2026-03-01')
    expect(march[0]).toEqual([null, null, null, null, null, null, '2026-03-01'])
    expect(march.flat().filter(Boolean)).toHaveLength(31)
    expect(march).toHaveLength(6)
  })
})

describe('the keyboard in the calendar', () => {
  const window = bookingWindow('2026-12-02', 60)

  it('moves a day with the side arrows and a week with up and down, across months', () => {
    expect(moveFocus('2026-12-31', 'ArrowRight', window)).toBe('2027-01-01')
    expect(moveFocus('2027-01-01', 'ArrowLeft', window)).toBe('2026-12-31')
    expect(moveFocus('2026-12-29', 'ArrowDown', window)).toBe('2027-01-05')
    expect(moveFocus('2027-01-05', 'ArrowUp', window)).toBe('2026-12-29')
  })

  it('goes to Monday and Sunday with Home and End', () => {
    expect(moveFocus('2026-12-31', 'Home', window)).toBe('2026-12-28')
    expect(moveFocus('2026-12-31', 'End', window)).toBe('2027-01-03')
  })

  it('pages a month with PageDown and PageUp, onto the month’s last day when it is shorter', () => {
    expect(moveFocus('2026-12-17', 'PageDown', window)).toBe('2027-01-17')
    expect(moveFocus('2027-01-17', 'PageUp', window)).toBe('2026-12-17')
    expect(sameDayInMonth('2027-01-31', 1)).toBe('2027-02-28')
    expect(sameDayInMonth('2028-01-31', 1)).toBe('2028-02-29')
    expect(sameDayInMonth('2026-03-31', -1)).toBe('2026-02-28')
  })

  it('never leaves the booking window', () => {
    expect(moveFocus('2026-12-02', 'ArrowLeft', window)).toBe('2026-12-02')
    expect(moveFocus('2026-12-03', 'Home', window)).toBe('2026-12-02')
    expect(moveFocus('2026-12-20', 'PageUp', window)).toBe('2026-12-02')
    expect(moveFocus('2027-01-20', 'PageDown', window)).toBe(window.last)
    expect(moveFocus('2027-01-20', 'PageDown', window, true)).toBe(window.last)
    expect(moveFocus(window.last, 'ArrowDown', window)).toBe(window.last)
  })
})
