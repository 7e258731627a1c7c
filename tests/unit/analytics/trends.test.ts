import { describe, expect, it } from 'vitest'

import { LEAD_TIME_GROUPS, lastYearRange, leadTimeGroupOf, revenueFigures, trendBuckets } from '../../../src/domain/analytics/trends'
import { addLocalYears, isoWeekdayOf, startOfLocalWeek } from '../../../src/domain/availability/localTime'

describe('the same period last year', () => {
  it('sets a day beside the same weekday 52 weeks earlier', () => {
    const { from, to } = lastYearRange('day', '2026-03-28', '2026-03-29')
    expect([from, to]).toEqual(['2025-03-29', '2025-03-30'])
    expect([isoWeekdayOf(from), isoWeekdayOf('2026-03-28')]).toEqual([6, 6])
  })

  it('sets a month beside the same month, date for date, 29 February on the 28th', () => {
    expect(lastYearRange('month', '2028-02-01', '2028-02-29')).toEqual({ from: '2027-02-01', to: '2027-02-28' })
    expect(addLocalYears('2026-12-31', -1)).toBe('2025-12-31')
  })
})

describe('the periods of a series', () => {
  it('cuts a range into ISO weeks from Monday, the first and last cut to the range', () => {
    expect(trendBuckets('week', '2026-03-25', '2026-04-07')).toEqual([
      { start: '2026-03-23', from: '2026-03-25', to: '2026-03-29', lastYearStart: '2025-03-24' },
      { start: '2026-03-30', from: '2026-03-30', to: '2026-04-05', lastYearStart: '2025-03-31' },
      { start: '2026-04-06', from: '2026-04-06', to: '2026-04-07', lastYearStart: '2025-04-07' },
    ])
    expect(startOfLocalWeek('2026-03-29')).toBe('2026-03-23')
  })

  it('gives every day of a range with the clock change, and every month across a new year', () => {
    expect(trendBuckets('day', '2026-03-28', '2026-03-30').map((b) => b.start)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30'])
    expect(trendBuckets('month', '2025-11-15', '2026-01-10').map((b) => [b.start, b.lastYearStart, b.to])).toEqual([
      ['2025-11-01', '2024-11-01', '2025-11-30'],
      ['2025-12-01', '2024-12-01', '2025-12-31'],
      ['2026-01-01', '2025-01-01', '2026-01-10'],
    ])
  })
})

describe('lead time and revenue', () => {
  it('puts each distance in its group, the edges included', () => {
    expect([0, 1, 2, 3, 7, 8, 30, 31, 200].map(leadTimeGroupOf)).toEqual(['sameDay', 'days1to2', 'days1to2', 'days3to7', 'days3to7', 'days8to30', 'days8to30', 'over30', 'over30'])
    expect(LEAD_TIME_GROUPS).toHaveLength(5)
  })

  it('averages the spend over the covers that have one, and says how many completed bookings have one', () => {
    expect(revenueFigures({ revenue: 17_000, coversWithSpend: 8, completed: 4, completedWithSpend: 2 })).toEqual({ revenue: 17_000, spendPerCover: 2_125, completed: 4, completedWithSpend: 2, withSpendPercent: 50 })
    expect(revenueFigures({ revenue: 0, coversWithSpend: 0, completed: 3, completedWithSpend: 0 }).spendPerCover).toBeNull()
  })
})
