import { describe, expect, it } from 'vitest'

import { changeBetween, compareTotals } from '../../src/domain/analytics/compare'
import { forecastCovers, usualPickup, type PastWeek } from '../../src/domain/analytics/forecast'
import { occupancyPercent, sittingsBetween } from '../../src/domain/analytics/occupancy'
import { addLocalDays, servicesOn } from '../../src/domain/availability'

const week = (startsOn: string, finalCovers: number, onTheBooks: Record<number, number>): PastWeek => ({ startsOn, finalCovers, coversOnTheBooks: onTheBooks })

describe('the covers forecast', () => {
  const history = [
    // 200 covers came; 120 were booked a day before the week began, 60 three weeks before.
    week('2026-10-05', 200, { 1: 120, 8: 100, 15: 80, 22: 60 }),
    week('2026-10-12', 180, { 1: 110, 8: 90, 15: 70, 22: 50 }),
    week('2026-10-19', 220, { 1: 130, 8: 110, 15: 90, 22: 70 }),
  ]

  it('adds to what is on the books the covers that usually still come at that lead', () => {
    const [next, inThreeWeeks] = forecastCovers(
      [
        { startsOn: '2026-11-28', leadDays: 1, coversOnTheBooks: 100 },
        { startsOn: '2026-12-19', leadDays: 22, coversOnTheBooks: 40 },
      ],
      history,
    )
    // Pickup a day out: (80 + 70 + 90) / 3 = 80.
    expect(next).toMatchObject({ coversOnTheBooks: 100, expectedPickup: 80, forecastCovers: 180, basedOnWeeks: 3 })
    // Three weeks out most covers are still to come: (140 + 130 + 150) / 3 = 140.
    expect(inThreeWeeks).toMatchObject({ coversOnTheBooks: 40, expectedPickup: 140, forecastCovers: 180 })
  })

  it('leaves out weeks the restaurant was closed, which would teach a pickup of nothing', () => {
    expect(usualPickup([...history, week('2026-10-26', 0, { 1: 0, 8: 0 })], 1)).toEqual({ pickup: 80, weeks: 3 })
  })

  it('lets cancellations outweigh late bookings, but never forecasts fewer than no covers', () => {
    const cancelHeavy = [week('2026-10-05', 20, { 1: 50 })]
    expect(usualPickup(cancelHeavy, 1)).toEqual({ pickup: -30, weeks: 1 })
    expect(forecastCovers([{ startsOn: '2026-11-28', leadDays: 1, coversOnTheBooks: 10 }], cancelHeavy)[0]!.forecastCovers).toBe(0)
  })

  it('a new restaurant with no history forecasts what is on the books, and says it learnt from no week', () => {
    expect(forecastCovers([{ startsOn: '2026-11-28', leadDays: 1, coversOnTheBooks: 42 }], [])[0]).toMatchObject({ expectedPickup: 0, forecastCovers: 42, basedOnWeeks: 0 })
  })
})

describe('the comparison with the period before', () => {
  it('gives the change and the change in percent', () => {
    expect(changeBetween(120, 100)).toEqual({ value: 120, previous: 100, change: 20, changePercent: 20 })
    expect(changeBetween(12.5, 15)).toEqual({ value: 12.5, previous: 15, change: -2.5, changePercent: -16.7 })
  })

  it('has no percentage when the period before had nothing', () => {
    expect(changeBetween(8, 0).changePercent).toBeNull()
    expect(compareTotals({ covers: 10, bookings: 4 }, { covers: 5, bookings: 0 })).toEqual({
      covers: { value: 10, previous: 5, change: 5, changePercent: 100 },
      bookings: { value: 4, previous: 0, change: 4, changePercent: null },
    })
  })
})

describe('occupancy sittings', () => {
  const rules = {
    timeZone: 'Europe/Paris',
    services: [
      { name: 'Lunch', days: ['tue', 'wed', 'thu', 'fri', 'sat'] as const, start: '12:00', end: '14:30', lastSeating: '13:45' },
      { name: 'Dinner', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const, start: '19:00', end: '23:00', lastSeating: '22:00' },
    ].map((s) => ({ ...s, days: [...s.days] })),
    exceptions: [{ from: '2026-12-25', closed: true }],
  }

  it('lists every sitting of the weekly hours, with its weekday, and none on a closed day', () => {
    const sittings = sittingsBetween('2026-12-21', '2026-12-27', rules) // Monday to Sunday, Christmas closed
    expect(sittings.map((s) => `${s.localDate} ${s.service}`)).toEqual([
      '2026-12-21 Dinner',
      '2026-12-22 Lunch',
      '2026-12-22 Dinner',
      '2026-12-23 Lunch',
      '2026-12-23 Dinner',
      '2026-12-24 Lunch',
      '2026-12-24 Dinner',
      '2026-12-26 Lunch',
      '2026-12-26 Dinner',
    ])
    expect(sittings[0]).toMatchObject({ weekday: 1, opensAt: new Date('2026-12-21T18:00:00Z'), closesAt: new Date('2026-12-21T22:00:00Z') })
    expect(sittings.at(-1)!.weekday).toBe(6)
  })

  it('counts the hour lost on the spring-forward night: the sitting is shorter', () => {
    const night = sittingsBetween('2026-03-28', '2026-03-29', { ...rules, services: [{ name: 'Late', days: ['sat'], start: '22:00', end: '04:00', lastSeating: '02:00' }], exceptions: [] })
    expect((night[0]!.closesAt.getTime() - night[0]!.opensAt.getTime()) / 60_000).toBe(300)
  })

  it.each(['Europe/Paris', 'America/New_York'])('gives over a year the very sittings servicesOn gives day by day, clock changes included (%s)', (timeZone) => {
    const yearRules = {
      timeZone,
      services: [...rules.services, { name: 'Late', days: ['fri', 'sat'] as never, start: '22:30', end: '02:30', lastSeating: '01:00' }],
      exceptions: [{ from: '2026-07-14', closed: false, hours: [{ name: 'Fête', start: '11:00', end: '11:00', lastSeating: '23:00' }] }],
    }
    const expected = []
    for (let date = '2026-01-01'; date <= '2026-12-31'; date = addLocalDays(date, 1)) {
      for (const s of servicesOn(date, { ...yearRules })) expected.push({ service: s.name, localDate: date, opensAt: s.opensAt, closesAt: s.closesAt })
    }
    const sittings = sittingsBetween('2026-01-01', '2026-12-31', { ...yearRules }).map(({ weekday: _, ...s }) => s)
    expect(sittings).toEqual(expected)
  })

  it('is seat-time used over offered, and unknown when nothing was offered', () => {
    expect(occupancyPercent(2 * 90, 4 * 240)).toBe(18.8)
    expect(occupancyPercent(0, 0)).toBeNull()
  })
})
