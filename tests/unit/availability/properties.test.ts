import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { checkBooking, occupancy, slotsOn } from '../../../src/domain/availability'
import type { ExistingBooking } from '../../../src/domain/availability/types'
import { bistroRules, input, table } from './fixtures'

const DATE = '2026-03-13' // a Friday
const tables = [
  table(1, 1, 2, [2]),
  table(2, 1, 2, [1, 3]),
  table(3, 1, 2, [2]),
  table(4, 2, 4, [5]),
  table(5, 2, 4, [4]),
  table(6, 4, 6),
  table(7, 1, 2),
]
const rules = bistroRules()
const now = new Date('2026-03-12T08:00:00Z')
const SLOTS_ON_DATE = 8 + 12
/** The most guests one way of seating gives: T4 and T5 joined (T1–T2–T3 joined seat 6, T6 alone 6). */
const MOST_SEATS = 8

function overlaps(a: ExistingBooking, b: ExistingBooking) {
  const x = occupancy(a.startsAt, a.endsAt, rules.bookingRules.bufferMinutes)
  const y = occupancy(b.startsAt, b.endsAt, rules.bookingRules.bufferMinutes)
  const shared = a.tableIds.some((id) => b.tableIds.includes(id))
  return shared && x.from < y.to && y.from < x.to
}

/** Books `requests` one after another, each at the offered slot closest to the wish, like a busy evening. */
function fillUp(requests: Array<{ party: number; slotIndex: number }>): ExistingBooking[] {
  const bookings: ExistingBooking[] = []
  for (const { party, slotIndex } of requests) {
    const slots = slotsOn(DATE, input({ rules, tables, bookings, partySize: party, now })).filter((s) => s.available)
    const slot = slots[slotIndex % Math.max(slots.length, 1)]
    if (!slot) continue
    const check = checkBooking(slot.startsAt, input({ rules, tables, bookings, partySize: party, now }))
    if (!check.ok) throw new Error(`offered ${slot.time} for ${party} but checkBooking said ${check.reason}`)
    bookings.push({ startsAt: slot.startsAt, endsAt: check.endsAt, partySize: party, tableIds: check.tableIds })
  }
  return bookings
}

const requestsArb = fc.array(fc.record({ party: fc.integer({ min: 1, max: 8 }), slotIndex: fc.nat(40) }), { maxLength: 40 })

describe('engine properties', () => {
  it('never gives a table to two bookings at once, however the evening fills up', () => {
    fc.assert(
      fc.property(requestsArb, (requests) => {
        const bookings = fillUp(requests)
        for (let i = 0; i < bookings.length; i++)
          for (let j = i + 1; j < bookings.length; j++) expect(overlaps(bookings[i]!, bookings[j]!)).toBe(false)
      }),
      { numRuns: 150 },
    )
  })

  it('can book every slot it offers, with the tables it announced, and refuses the others for the reason it gave', () => {
    fc.assert(
      fc.property(requestsArb, fc.integer({ min: 1, max: 8 }), (requests, party) => {
        const bookings = fillUp(requests)
        const slots = slotsOn(DATE, input({ rules, tables, bookings, partySize: party, now }))
        // Lunch 12:00–13:45 and dinner 19:00–21:45 every 15 minutes, however full the evening.
        expect(slots).toHaveLength(SLOTS_ON_DATE)
        for (const slot of slots) {
          const check = checkBooking(slot.startsAt, input({ rules, tables, bookings, partySize: party, now }))
          if (slot.available) expect(check).toMatchObject({ ok: true, startsAt: slot.startsAt, tableIds: slot.tableIds })
          // Notice, window and pacing cannot refuse here: only a full floor can.
          else expect([slot.reason, check]).toEqual(['no_table', { ok: false, reason: 'no_table' }])
        }
        // The same evening with one more table, free all evening, for the party: every slot can be booked.
        const spare = table(99, 1, party)
        for (const slot of slotsOn(DATE, input({ rules, tables: [...tables, spare], bookings, partySize: party, now }))) {
          expect(slot.available).toBe(true)
          expect(checkBooking(slot.startsAt, input({ rules, tables: [...tables, spare], bookings, partySize: party, now }))).toMatchObject({
            ok: true,
            tableIds: slot.tableIds,
          })
        }
      }),
      { numRuns: 60 },
    )
  })

  it('seats every party on enough seats, within each single table’s range, and says why it cannot seat a bigger one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), (party) => {
        const slots = slotsOn(DATE, input({ rules, tables, partySize: party, now }))
        expect(slots).toHaveLength(SLOTS_ON_DATE)
        for (const slot of slots) {
          if (party > MOST_SEATS) {
            expect(slot).toMatchObject({ available: false, reason: 'no_table' })
            continue
          }
          // An empty evening: every slot is free for a party the floor can seat.
          expect(slot.available).toBe(true)
          const chosen = tables.filter((t) => slot.tableIds!.includes(t.id))
          expect(chosen.reduce((n, t) => n + t.maxCapacity, 0)).toBeGreaterThanOrEqual(party)
          if (chosen.length === 1) expect(chosen[0]!.minCapacity).toBeLessThanOrEqual(party)
        }
      }),
    )
  })
})
