import { describe, expect, it } from 'vitest'

import { checkBooking, daysSummary, servicesOn, slotsOn, turnTimeFor } from '../../../src/domain/availability'
import { bistroRules, input, table } from './fixtures'

// 2026-03-10 is a Tuesday; Paris is UTC+1 in March before the 29th.
const TUESDAY = '2026-03-10'

describe('services of a day', () => {
  it('follow the weekly rules', () => {
    expect(servicesOn(TUESDAY, bistroRules()).map((s) => s.name)).toEqual(['Lunch', 'Dinner'])
    expect(servicesOn('2026-03-09', bistroRules())).toEqual([]) // Monday
  })

  it('are replaced by a closure or special hours', () => {
    const rules = bistroRules({
      exceptions: [
        { from: '2026-03-10', to: '2026-03-11', closed: true },
        { from: '2026-03-12', closed: false, hours: [{ name: 'Gala', start: '20:00', end: '23:59', lastSeating: '21:00' }] },
      ],
    })
    expect(servicesOn('2026-03-10', rules)).toEqual([])
    expect(servicesOn('2026-03-11', rules)).toEqual([])
    expect(servicesOn('2026-03-12', rules).map((s) => s.name)).toEqual(['Gala'])
  })
})

describe('slots', () => {
  it('run every interval from opening to last seating, in local time', () => {
    const slots = slotsOn(TUESDAY, input())
    const lunch = slots.filter((s) => s.service === 'Lunch').map((s) => s.time)
    expect(lunch).toEqual(['12:00', '12:15', '12:30', '12:45', '13:00', '13:15', '13:30', '13:45'])
    expect(slots[0]!.startsAt.toISOString()).toBe('2026-03-10T11:00:00.000Z')
    expect(slots.every((s) => s.available)).toBe(true)
  })

  it('are too soon inside the minimum notice', () => {
    const slots = slotsOn(TUESDAY, input({ now: new Date('2026-03-10T10:30:00Z') })) // 11:30 Paris
    expect(slots.find((s) => s.time === '12:15')).toMatchObject({ available: false, reason: 'too_soon' })
    expect(slots.find((s) => s.time === '12:30')).toMatchObject({ available: true })
  })

  it('are too far beyond the booking window', () => {
    const now = new Date('2026-01-09T10:59:00Z') // 60 days and 1 minute before 12:00 Paris
    const slots = slotsOn(TUESDAY, input({ now }))
    expect(slots.find((s) => s.time === '12:00')).toMatchObject({ available: false, reason: 'too_far' })
  })

  it('give the smallest table that fits, and fall back to the next one when it is taken', () => {
    const free = slotsOn(TUESDAY, input()).find((s) => s.time === '19:00')!
    expect(free.tableIds).toEqual([1])
    const bookings = [{ startsAt: new Date('2026-03-10T17:30:00Z'), endsAt: new Date('2026-03-10T19:00:00Z'), partySize: 2, tableIds: [1] }]
    const slot = slotsOn(TUESDAY, input({ bookings })).find((s) => s.time === '19:00')!
    expect(slot.tableIds).toEqual([2])
  })

  it('keep the buffer after a booking before the table is offered again', () => {
    // Table 1 booked 19:00–20:30 Paris; with a 15 min buffer it frees at 20:45.
    const bookings = [{ startsAt: new Date('2026-03-10T18:00:00Z'), endsAt: new Date('2026-03-10T19:30:00Z'), partySize: 2, tableIds: [1, 2] }]
    const slots = slotsOn(TUESDAY, input({ bookings }))
    expect(slots.find((s) => s.time === '20:30')).toMatchObject({ available: false, reason: 'no_table' })
    expect(slots.find((s) => s.time === '20:45')).toMatchObject({ available: true })
    // A new booking must also end (plus buffer) before an existing one starts: 17:15 + 90 + 15 = 19:00.
    expect(slots.find((s) => s.time === '19:00')).toMatchObject({ available: false })
  })

  it('respect pacing: covers and bookings starting in the same slot', () => {
    const rules = bistroRules()
    rules.bookingRules.maxCoversPerSlot = 4
    const bookings = [{ startsAt: new Date('2026-03-10T18:00:00Z'), endsAt: new Date('2026-03-10T19:30:00Z'), partySize: 3, tableIds: [2] }]
    const slots = slotsOn(TUESDAY, input({ rules, bookings, tables: [table(1, 1, 2), table(2, 2, 4), table(3, 2, 4)] }))
    expect(slots.find((s) => s.time === '19:00')).toMatchObject({ available: false, reason: 'pacing' })
    expect(slots.find((s) => s.time === '19:15')).toMatchObject({ available: true })
    rules.bookingRules.maxCoversPerSlot = null
    rules.bookingRules.maxBookingsPerSlot = 1
    expect(slotsOn(TUESDAY, input({ rules, bookings })).find((s) => s.time === '19:00')?.reason).toBe('pacing')
  })

  it('pick the turn time by party size', () => {
    const turns = bistroRules().bookingRules.turnTimes
    expect([1, 2, 3, 4, 5, 30].map((n) => turnTimeFor(n, turns))).toEqual([90, 90, 105, 105, 150, 150])
  })

  it('skip tables not bookable online, unless staff are booking', () => {
    const tables = [table(1, 1, 2, [], { bookableOnline: false })]
    expect(slotsOn(TUESDAY, input({ tables }))[0]).toMatchObject({ available: false, reason: 'no_table' })
    expect(slotsOn(TUESDAY, input({ tables, staff: true }))[0]).toMatchObject({ available: true, tableIds: [1] })
  })
})

describe('joining tables', () => {
  const tables = [table(1, 1, 2, [2]), table(2, 1, 2, [3]), table(3, 1, 2), table(4, 2, 4), table(5, 4, 6)]

  it('uses one table when one fits', () => {
    expect(slotsOn(TUESDAY, input({ tables, partySize: 5 }))[0]!.tableIds).toEqual([5])
  })

  it('joins connected tables for a party no single free table can seat, least waste first', () => {
    const bookings = [{ startsAt: new Date('2026-03-10T10:00:00Z'), endsAt: new Date('2026-03-10T14:00:00Z'), partySize: 5, tableIds: [5] }]
    expect(slotsOn(TUESDAY, input({ tables, bookings, partySize: 5 }))[0]!.tableIds).toEqual([1, 2, 3])
    expect(slotsOn(TUESDAY, input({ tables, bookings, partySize: 6 }))[0]!.tableIds).toEqual([1, 2, 3])
    expect(slotsOn(TUESDAY, input({ tables, bookings, partySize: 7 }))[0]).toMatchObject({ available: false, reason: 'no_table' })
  })

  it('never joins tables that are not linked', () => {
    const apart = [table(1, 1, 2), table(2, 1, 2)]
    expect(slotsOn(TUESDAY, input({ tables: apart, partySize: 4 }))[0]?.reason).toBe('no_table')
  })
})

describe('day summaries for the date picker', () => {
  it('say which days are open, full or closed', () => {
    const days = daysSummary('2026-03-09', '2026-03-11', input({ tables: [table(1, 1, 2)] }))
    expect(days.map((d) => [d.date, d.available, d.reason])).toEqual([
      ['2026-03-09', false, 'closed'],
      ['2026-03-10', true, undefined],
      ['2026-03-11', true, undefined],
    ])
  })
})

describe('checking a booking', () => {
  it('accepts a free slot and gives the tables and the end time', () => {
    const result = checkBooking(new Date('2026-03-10T18:00:00Z'), input())
    expect(result).toMatchObject({ ok: true, tableIds: [1], time: '19:00', service: 'Dinner' })
    if (result.ok) expect(result.endsAt.toISOString()).toBe('2026-03-10T19:30:00.000Z')
  })

  it('refuses a time when the restaurant is closed, off the grid or already full', () => {
    expect(checkBooking(new Date('2026-03-10T15:00:00Z'), input())).toEqual({ ok: false, reason: 'closed' })
    expect(checkBooking(new Date('2026-03-10T18:07:00Z'), input())).toEqual({ ok: false, reason: 'not_a_slot' })
    const bookings = [{ startsAt: new Date('2026-03-10T18:00:00Z'), endsAt: new Date('2026-03-10T19:30:00Z'), partySize: 2, tableIds: [1, 2] }]
    expect(checkBooking(new Date('2026-03-10T18:00:00Z'), input({ bookings }))).toEqual({ ok: false, reason: 'no_table' })
  })

  it('lets staff book off the grid, never in the past', () => {
    expect(checkBooking(new Date('2026-03-10T18:07:00Z'), input({ staff: true }))).toMatchObject({ ok: true })
    expect(checkBooking(new Date('2026-03-10T18:00:00Z'), input({ staff: true, now: new Date('2026-03-10T19:00:00Z') }))).toEqual({ ok: false, reason: 'too_soon' })
  })
})
