import { describe, expect, it } from 'vitest'

import { tableForMove } from '../../src/domain/availability'
import { bookingsInTheWay, tableChangeOf, type BookingOnTable } from '../../src/domain/reservations/tableChange'

const now = new Date('2026-12-02T12:00:00Z')
const table = { id: 1, active: true, bookableOnline: true, maxCapacity: 4 }
const booking = (over: Partial<BookingOnTable> = {}): BookingOnTable => ({
  id: 10,
  reference: 'TP-10',
  status: 'confirmed',
  source: 'phone',
  startsAt: new Date('2026-12-03T18:00:00Z'),
  endsAt: new Date('2026-12-03T19:30:00Z'),
  partySize: 4,
  guestName: 'Camille',
  seats: 4,
  ...over,
})

describe('which bookings a table change leaves without a table', () => {
  it('deleting or deactivating strands every upcoming booking, soonest first', () => {
    const later = booking({ id: 11, startsAt: new Date('2026-12-05T18:00:00Z'), endsAt: new Date('2026-12-05T19:00:00Z') })
    expect(bookingsInTheWay(table, { delete: true }, [later, booking()], now).map((b) => [b.id, b.conflict])).toEqual([
      [10, 'deleted'],
      [11, 'deleted'],
    ])
    expect(bookingsInTheWay(table, { active: false }, [booking()], now).map((b) => b.conflict)).toEqual(['deactivated'])
  })

  it('ignores cancelled, finished, ended and expired-hold bookings, but not a party seated now', () => {
    const past = booking({ startsAt: new Date('2026-12-01T18:00:00Z'), endsAt: new Date('2026-12-01T19:00:00Z') })
    const expired = booking({ status: 'pending_payment', holdExpiresAt: new Date('2026-12-02T11:00:00Z') })
    const seatedNow = booking({ id: 12, status: 'seated', startsAt: new Date('2026-12-02T11:30:00Z'), endsAt: new Date('2026-12-02T13:00:00Z') })
    const found = bookingsInTheWay(table, { delete: true }, [booking({ status: 'cancelled' }), booking({ status: 'completed' }), past, expired, seatedNow], now)
    expect(found.map((b) => b.id)).toEqual([12])
  })

  it('taking the table off the site strands only bookings made online', () => {
    const found = bookingsInTheWay(table, { bookableOnline: false }, [booking({ id: 1, source: 'online' }), booking({ id: 2, source: 'phone' }), booking({ id: 3, source: 'walk_in' })], now)
    expect(found.map((b) => [b.id, b.conflict])).toEqual([[1, 'not_online']])
  })

  it('a lower capacity strands only the parties the booking’s tables no longer seat', () => {
    const joined = booking({ id: 2, partySize: 6, seats: 8 })
    const found = bookingsInTheWay(table, { maxCapacity: 3 }, [booking({ id: 1, partySize: 4 }), booking({ id: 3, partySize: 2 }), joined], now)
    expect(found.map((b) => [b.id, b.conflict])).toEqual([[1, 'too_small']])
    expect(bookingsInTheWay(table, { maxCapacity: 6 }, [booking()], now)).toEqual([])
  })

  it('reads the change from the form: unchanged fields are no change', () => {
    expect(tableChangeOf(table, { active: true, bookableOnline: true, maxCapacity: 4 })).toEqual({})
    expect(tableChangeOf(table, { active: false, maxCapacity: 2 })).toEqual({ active: false, maxCapacity: 2 })
  })
})

describe('another table for a booking that moves', () => {
  const rules = { bookingRules: { bufferMinutes: 15 } } as never
  const t = (id: number, min: number, max: number, active = true) => ({ id, label: `T${id}`, minCapacity: min, maxCapacity: max, joinableWith: [], bookableOnline: false, active })
  const mine = { id: 1, startsAt: new Date('2026-12-03T18:00:00Z'), endsAt: new Date('2026-12-03T19:30:00Z'), partySize: 2 }

  it('gives the best free table that fits, staff-only tables included, never the one being left', () => {
    const tables = [t(1, 2, 2), t(2, 2, 4), t(3, 1, 2), t(4, 1, 2, false)]
    const busy = [{ id: 9, startsAt: new Date('2026-12-03T19:00:00Z'), endsAt: new Date('2026-12-03T20:00:00Z'), partySize: 2, tableIds: [3] }]
    expect(tableForMove(mine, 1, { rules, tables, bookings: busy })).toEqual([2])
  })

  it('keeps the booking’s own times: a table free only before it ends plus the buffer is busy', () => {
    const tables = [t(1, 2, 2), t(2, 2, 2)]
    const after = [{ id: 9, startsAt: new Date('2026-12-03T19:40:00Z'), endsAt: new Date('2026-12-03T21:00:00Z'), partySize: 2, tableIds: [2] }]
    expect(tableForMove(mine, 1, { rules, tables, bookings: after })).toBeNull()
  })
})
