import { describe, expect, it } from 'vitest'

import type { DayBooking, ServiceDayResponse } from '../../src/plugins/reservations/api/serviceDay'
import { restoreBooking, restoreTable, withBooking, withTableFloor } from '../../src/plugins/reservations/admin/serviceDayCache'
import { dayClock, snapTo } from '../../src/plugins/reservations/admin/timeline/geometry'

const booking = (id: number, over: Partial<DayBooking> = {}): DayBooking => ({
  id,
  reference: `R${id}`,
  status: 'confirmed',
  startsAt: '2026-12-09T11:00:00.000Z',
  endsAt: '2026-12-09T12:30:00.000Z',
  partySize: 2,
  guestName: `Guest ${id}`,
  tables: ['T1'],
  tableIds: [1],
  ...over,
})

function day(bookings: DayBooking[]): ServiceDayResponse {
  const confirmed = bookings.filter((b) => b.status === 'confirmed')
  return {
    restaurant: { slug: 'zinc', name: 'Zinc', timeZone: 'Europe/Paris', currency: 'EUR' },
    date: '2026-12-09',
    now: '2026-12-09T10:30:00.000Z',
    slotIntervalMinutes: 15,
    services: [],
    coversToday: bookings.reduce((n, b) => n + b.partySize, 0),
    bookings,
    arrivingSoon: confirmed,
    late: [],
    seated: bookings.filter((b) => b.status === 'seated'),
    pendingDeposits: [],
    largeParties: [],
    flagged: [],
    tables: [
      { id: 1, label: 'T1', maxCapacity: 2, floor: { x: 4, y: 4, width: 6, height: 6 }, joinableWith: [] },
      { id: 2, label: 'T2', maxCapacity: 2, floor: { x: 11, y: 4, width: 6, height: 6 }, joinableWith: [] },
    ],
    floor: {},
  }
}

describe('the staff cache before the server answers', () => {
  it('draws a seated party on the seated list and off the arrivals at once', () => {
    const next = withBooking(day([booking(1), booking(2)]), 1, { status: 'seated' })
    expect(next.seated.map((b) => b.id)).toEqual([1])
    expect(next.arrivingSoon.map((b) => b.id)).toEqual([2])
    expect(next.bookings.find((b) => b.id === 1)?.status).toBe('seated')
    expect(next.coversToday).toBe(4)
  })

  it('takes a cancelled party out of the day’s covers', () => {
    const next = withBooking(day([booking(1), booking(2, { partySize: 4 })]), 2, { status: 'cancelled' })
    expect(next.coversToday).toBe(2)
    expect(next.arrivingSoon.map((b) => b.id)).toEqual([1])
    expect(next.bookings).toHaveLength(2)
  })

  it('moves a booking to another table and time, and a refusal puts back only that booking', () => {
    const before = day([booking(1), booking(2)])
    const moved = withBooking(before, 1, { tableIds: [2], tables: ['T2'], startsAt: '2026-12-09T11:15:00.000Z' })
    // Meanwhile another write moved booking 2.
    const both = withBooking(moved, 2, { tableIds: [1], tables: ['T1'] })
    const refused = restoreBooking(both, before, 1)
    expect(refused.bookings.find((b) => b.id === 1)).toMatchObject({ tableIds: [1], startsAt: '2026-12-09T11:00:00.000Z' })
    expect(refused.bookings.find((b) => b.id === 2)?.tableIds).toEqual([1])
  })

  it('places a table on the plan and puts back only that table when refused', () => {
    const before = day([])
    const placed = withTableFloor(withTableFloor(before, 1, { floor: { x: 9 } }), 2, { floor: { y: 9 } })
    expect(placed.tables[0]!.floor).toMatchObject({ x: 9, y: 4, width: 6 })
    const refused = restoreTable(placed, before, 1)
    expect(refused.tables.map((t) => t.floor)).toEqual([before.tables[0]!.floor, { x: 11, y: 9, width: 6, height: 6 }])
  })
})

describe('the timeline’s times', () => {
  it('snaps a drop to the restaurant’s slot interval', () => {
    expect(snapTo(127, 15)).toBe(120)
    expect(snapTo(128, 15)).toBe(135)
    expect(snapTo(128, 30)).toBe(120)
    expect(snapTo(136, 20)).toBe(140)
  })

  it('reads 00:30 on the timeline as the night after, and keeps the stay of a moved booking', () => {
    const { instants, offset } = dayClock('2026-12-09', 'Europe/Paris')
    const late = instants('00:30', undefined, 90 * 60_000)
    expect(late.startsAt?.toISOString()).toBe('2026-12-09T23:30:00.000Z')
    expect(late.endsAt?.toISOString()).toBe('2026-12-10T01:00:00.000Z')
    expect(offset('2026-12-09T11:00:00.000Z')).toBe(120) // 12:00 in Paris, two hours after 10:00
  })

  it('has no instant for a time the clocks skip', () => {
    // 2027-03-28: Paris jumps from 02:00 to 03:00 (the night after the 27th on the timeline).
    expect(dayClock('2027-03-27', 'Europe/Paris').instants('02:30', undefined, 3_600_000)).toMatchObject({ startsAt: null, missing: '02:30' })
  })
})
