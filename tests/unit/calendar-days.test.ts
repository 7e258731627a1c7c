import { describe, expect, it } from 'vitest'

import type { ServiceWindow } from '../../src/domain/availability/types'
import { calendarDay } from '../../src/domain/service/calendar'

const at = (hhmm: string) => new Date(`2026-12-04T${hhmm}:00+01:00`)
const window = (name: string, opens: string, closes: string): ServiceWindow => ({
  name,
  localDate: '2026-12-04',
  opensAt: at(opens),
  closesAt: at(closes),
  lastSeatingAt: at(closes),
})
const lunchAndDinner = [window('Lunch', '12:00', '14:30'), window('Dinner', '19:00', '23:00')]

describe('a day of the week and month views', () => {
  it('adds up covers and bookings by the service they start in', () => {
    const day = calendarDay('2026-12-04', lunchAndDinner, [
      { startsAt: at('12:00'), covers: 6, bookings: 3 },
      { startsAt: at('13:15'), covers: 2, bookings: 1 },
      { startsAt: at('20:30'), covers: 9, bookings: 2 },
    ])
    expect(day).toEqual({
      date: '2026-12-04',
      covers: 17,
      bookings: 6,
      services: [
        { name: 'Lunch', covers: 8, bookings: 4 },
        { name: 'Dinner', covers: 9, bookings: 2 },
      ],
    })
  })

  it('shows an empty service as zero covers, not as a missing column', () => {
    const day = calendarDay('2026-12-04', lunchAndDinner, [{ startsAt: at('19:00'), covers: 4, bookings: 1 }])
    expect(day.services).toEqual([
      { name: 'Lunch', covers: 0, bookings: 0 },
      { name: 'Dinner', covers: 4, bookings: 1 },
    ])
  })

  it('keeps a forced booking outside the services under "Other" instead of dropping it', () => {
    const day = calendarDay('2026-12-04', lunchAndDinner, [{ startsAt: at('08:00'), covers: 10, bookings: 1 }])
    expect(day.covers).toBe(10)
    expect(day.services.at(-1)).toEqual({ name: 'Other', covers: 10, bookings: 1 })
  })

  it('counts everything as "Other" on a day the restaurant is closed', () => {
    expect(calendarDay('2026-12-04', [], [{ startsAt: at('20:00'), covers: 2, bookings: 1 }]).services).toEqual([{ name: 'Other', covers: 2, bookings: 1 }])
  })
})
