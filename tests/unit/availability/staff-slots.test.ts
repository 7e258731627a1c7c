import { describe, expect, it } from 'vitest'

import { slotsOn, staffSlotsOn } from '../../../src/domain/availability'
import { bistroRules, input, table } from './fixtures'

const TUESDAY = '2026-03-10'
const at = (iso: string) => new Date(iso)

describe("the new-booking drawer's day (staff mode)", () => {
  it('offers what the engine offers staff, with the table it picks first among every free seating', () => {
    const tables = [table(1, 1, 2), table(2, 2, 4), table(3, 2, 4)]
    const slots = staffSlotsOn(TUESDAY, input({ tables, partySize: 2 }))
    expect(slots.map((s) => s.available)).toEqual(slotsOn(TUESDAY, input({ tables, partySize: 2, staff: true })).map((s) => s.available))
    expect(slots[0]).toMatchObject({ time: '12:00', available: true, tableIds: [1], fitting: [[1], [2], [3]], free: [1, 2, 3] })
  })

  it('ignores the online limits: notice, pacing and tables kept off the website', () => {
    const rules = bistroRules({ bookingRules: { ...bistroRules().bookingRules, maxBookingsPerSlot: 1 } })
    const tables = [table(1, 1, 2, [], { bookableOnline: false }), table(2, 2, 4)]
    const bookings = [{ startsAt: at('2026-03-10T11:00:00Z'), endsAt: at('2026-03-10T12:30:00Z'), partySize: 2, tableIds: [2] }]
    const slots = staffSlotsOn(TUESDAY, input({ rules, tables, bookings, now: at('2026-03-10T10:50:00Z') }))
    expect(slots.find((s) => s.time === '12:00')).toMatchObject({ available: true, tableIds: [1], fitting: [[1]] })
  })

  it('says a time already gone has passed (not "too soon"), and a full time has no table, with the free tables a manager could force', () => {
    const bookings = [{ startsAt: at('2026-03-10T18:00:00Z'), endsAt: at('2026-03-10T19:45:00Z'), partySize: 4, tableIds: [2] }]
    const slots = staffSlotsOn(TUESDAY, input({ partySize: 4, bookings, now: at('2026-03-10T11:30:00Z') }))
    expect(slots.find((s) => s.time === '12:00')).toMatchObject({ available: false, reason: 'time_passed' })
    expect(slots.find((s) => s.time === '19:00')).toMatchObject({ available: false, reason: 'no_table', fitting: [], free: [1] })
  })
})
