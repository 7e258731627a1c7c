import { describe, expect, it } from 'vitest'

import { serviceSnapshot, tableStates, type ServiceBooking } from '../../src/domain/service/snapshot'

const at = (hhmm: string) => new Date(`2026-12-04T${hhmm}:00.000Z`)
const services = [
  { name: 'Lunch', localDate: '2026-12-04', opensAt: at('11:00'), closesAt: at('13:30'), lastSeatingAt: at('12:45') },
  { name: 'Dinner', localDate: '2026-12-04', opensAt: at('18:00'), closesAt: at('22:00'), lastSeatingAt: at('20:45') },
]
let n = 0
const booking = (time: string, partySize: number, status = 'confirmed', extra: Partial<ServiceBooking> = {}): ServiceBooking => ({
  id: ++n,
  reference: `R${n}`,
  status,
  startsAt: at(time),
  partySize,
  guestName: `Guest ${n}`,
  tables: ['T1'],
  ...extra,
})

describe('the service snapshot', () => {
  const now = at('18:40')
  const bookings = [
    booking('11:30', 4, 'completed'),
    booking('18:00', 2, 'seated'),
    booking('18:15', 2), // 25 min late
    booking('18:30', 3), // 10 min past: not late yet
    booking('19:00', 8, 'confirmed', { allergies: 'peanuts' }),
    booking('19:40', 2), // arrives within the hour
    booking('19:45', 2), // 65 minutes away
    booking('20:00', 6, 'pending_payment'),
    booking('20:30', 2, 'cancelled'),
  ]
  const snapshot = serviceSnapshot({ bookings, services, seats: 40, largePartyFrom: 6, now })

  it('counts covers and occupancy per service, ignoring cancelled bookings', () => {
    expect(snapshot.services.map((s) => [s.name, s.covers, s.bookings, s.occupancyPercent])).toEqual([
      ['Lunch', 4, 1, 10],
      ['Dinner', 25, 7, 63],
    ])
    expect(snapshot.coversToday).toBe(29)
  })

  it('names who is late (15 minutes past), who arrives within the hour, who is seated', () => {
    expect(snapshot.late.map((b) => b.reference)).toEqual(['R3'])
    expect(snapshot.arrivingSoon.map((b) => b.reference)).toEqual(['R5', 'R6'])
    expect(snapshot.seated.map((b) => b.reference)).toEqual(['R2'])
  })

  it('flags deposits still due, large parties and allergies', () => {
    expect(snapshot.pendingDeposits.map((b) => b.reference)).toEqual(['R8'])
    expect(snapshot.largeParties.map((b) => b.reference)).toEqual(['R5', 'R8'])
    expect(snapshot.flagged.map((b) => b.reference)).toEqual(['R5'])
  })
})

describe('table states on the floor plan', () => {
  const now = new Date('2026-12-04T19:00:00Z')
  const b = (id: number, table: number, status: string, start: string, end: string) => ({
    id,
    reference: `F${id}`,
    status,
    startsAt: new Date(`2026-12-04T${start}:00Z`),
    endsAt: new Date(`2026-12-04T${end}:00Z`),
    guestName: `G${id}`,
    partySize: 2,
    tableIds: [table],
  })
  const states = tableStates([1, 2, 3, 4, 5], [b(1, 1, 'seated', '18:00', '19:30'), b(2, 2, 'seated', '17:00', '18:45'), b(3, 3, 'confirmed', '19:45', '21:15'), b(4, 4, 'confirmed', '20:30', '22:00'), b(5, 5, 'confirmed', '18:30', '20:00')], now)

  it('shows seated, over time, booked soon (or late) and free, with the party due next', () => {
    expect(Object.fromEntries(Object.entries(states).map(([id, s]) => [id, s.state]))).toEqual({ '1': 'seated', '2': 'over_time', '3': 'booked_soon', '4': 'free', '5': 'booked_soon' })
    expect(states['4']!.next?.reference).toBe('F4')
    expect(states['5']!.next?.reference).toBe('F5') // 30 minutes late, still due
  })
})
