/**
 * The owners' trends as plain data: the periods a series is cut into, the same period last year,
 * the lead-time and party-size groups, and the revenue figures from spends entered at checkout.
 * Local dates only ("YYYY-MM-DD" in the restaurant's zone); every step goes through the local-time
 * module, so a clock change never moves a day. The database adds the bookings up per period.
 */
import { addLocalDays, addLocalMonths, addLocalYears, startOfLocalMonth, startOfLocalWeek } from '../availability/localTime'

export const TREND_GRANULARITIES = ['day', 'week', 'month'] as const
export type TrendGranularity = (typeof TREND_GRANULARITIES)[number]

/** The most a spend may be, in minor units (100,000.00 in a two-decimal currency): a typo's guard, not a policy. */
export const SPEND_MAX_MINOR = 10_000_000

/**
 * Last year's days to compare with. Days and weeks go back 52 weeks (364 days), so a Saturday is set
 * beside a Saturday and an ISO week beside the week of the same number (after a 53-week year, the one
 * before it). Months go back twelve months, date for date: a month beside the same month.
 */
export function lastYearRange(granularity: TrendGranularity, from: string, to: string): { from: string; to: string } {
  if (granularity === 'month') return { from: addLocalYears(from, -1), to: addLocalYears(to, -1) }
  return { from: addLocalDays(from, -364), to: addLocalDays(to, -364) }
}

/** One point of a series: the period's first day (its key in SQL's `date_trunc`), the part inside the range, and last year's key. */
export interface TrendBucket {
  start: string
  from: string
  to: string
  lastYearStart: string
}

const startOf = (granularity: TrendGranularity, date: string) => (granularity === 'day' ? date : granularity === 'week' ? startOfLocalWeek(date) : startOfLocalMonth(date))
const next = (granularity: TrendGranularity, start: string) => (granularity === 'day' ? addLocalDays(start, 1) : granularity === 'week' ? addLocalDays(start, 7) : addLocalMonths(start, 1))
const lastYearOf = (granularity: TrendGranularity, start: string) => (granularity === 'month' ? addLocalMonths(start, -12) : addLocalDays(start, -364))

/** Every day, ISO week (from Monday) or month touching the range, empty ones included, in order. */
export function trendBuckets(granularity: TrendGranularity, from: string, to: string): TrendBucket[] {
  const buckets: TrendBucket[] = []
  for (let start = startOf(granularity, from); start <= to; start = next(granularity, start)) {
    const end = addLocalDays(next(granularity, start), -1)
    buckets.push({ start, from: start < from ? from : start, to: end > to ? to : end, lastYearStart: lastYearOf(granularity, start) })
  }
  return buckets
}

/** How far ahead a booking was made, in calendar days between the day it was made and the day it is for. */
export const LEAD_TIME_GROUPS = [
  { key: 'sameDay', min: 0, max: 0 },
  { key: 'days1to2', min: 1, max: 2 },
  { key: 'days3to7', min: 3, max: 7 },
  { key: 'days8to30', min: 8, max: 30 },
  { key: 'over30', min: 31, max: null },
] as const
export type LeadTimeGroup = (typeof LEAD_TIME_GROUPS)[number]['key']

export function leadTimeGroupOf(days: number): LeadTimeGroup {
  // A booking typed in after its day (a late entry) counts as same day.
  return LEAD_TIME_GROUPS.find((g) => days <= (g.max ?? Infinity))!.key
}

/** Party sizes as owners think of tables: alone, a couple, four, six, a group. */
export const PARTY_GROUPS = [
  { key: '1', min: 1, max: 1 },
  { key: '2', min: 2, max: 2 },
  { key: '3-4', min: 3, max: 4 },
  { key: '5-6', min: 5, max: 6 },
  { key: '7+', min: 7, max: null },
] as const
export type PartyGroup = (typeof PARTY_GROUPS)[number]['key']

/** A share in percent with one decimal; 0 of 0 is 0. */
export function percentOf(part: number, whole: number): number {
  return whole ? Math.round((part / whole) * 1000) / 10 : 0
}

export interface RevenueFigures {
  /** minor units */
  revenue: number
  /** minor units per cover, over the completed bookings with a spend; null when none has one */
  spendPerCover: number | null
  completed: number
  completedWithSpend: number
  /** % of completed bookings with a spend entered */
  withSpendPercent: number
}

/**
 * Revenue as far as staff entered it: the sum of the spends, the spend per cover over only the
 * bookings that have one (a booking without a spend is unknown, not free), and how many completed
 * bookings have one, so the owner knows how much of the picture the total is.
 */
export function revenueFigures(input: { revenue: number; coversWithSpend: number; completed: number; completedWithSpend: number }): RevenueFigures {
  const { revenue, coversWithSpend, completed, completedWithSpend } = input
  return {
    revenue,
    spendPerCover: coversWithSpend ? Math.round(revenue / coversWithSpend) : null,
    completed,
    completedWithSpend,
    withSpendPercent: percentOf(completedWithSpend, completed),
  }
}
