import { addLocalDays, checkBooking, localDateOf } from '../src/domain/availability'
import type { ExistingBooking, RestaurantRules, Table } from '../src/domain/availability/types'

/** A 40-table restaurant: 20 twos, 14 fours, 6 sixes; twos join in pairs, fours in pairs. */
export function bigRestaurant(): { rules: RestaurantRules; tables: Table[] } {
  const tables: Table[] = []
  for (let i = 1; i <= 40; i++) {
    const max = i <= 20 ? 2 : i <= 34 ? 4 : 6
    const pair = i <= 34 ? (i % 2 === 1 ? i + 1 : i - 1) : null
    tables.push({ id: i, label: `T${i}`, minCapacity: max === 2 ? 1 : max - 2, maxCapacity: max, joinableWith: pair ? [pair] : [], bookableOnline: true, active: true })
  }
  const rules: RestaurantRules = {
    timeZone: 'Europe/Paris',
    services: [
      { name: 'Lunch', days: ['tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '12:00', end: '14:30', lastSeating: '13:45' },
      { name: 'Dinner', days: ['tue', 'wed', 'thu', 'fri', 'sat'], start: '19:00', end: '23:00', lastSeating: '21:45' },
    ],
    exceptions: [{ from: '2027-01-01', closed: true }],
    bookingRules: {
      slotIntervalMinutes: 15,
      minNoticeMinutes: 60,
      maxAdvanceDays: 90,
      maxPartyOnline: 10,
      bufferMinutes: 15,
      maxCoversPerSlot: 40,
      maxBookingsPerSlot: 12,
      turnTimes: [
        { upToPartySize: 2, minutes: 90 },
        { upToPartySize: 4, minutes: 105 },
        { upToPartySize: 20, minutes: 150 },
      ],
    },
  }
  return { rules, tables }
}

/** `count` bookings spread over `days` days from `fromDate`, each placed by the engine itself. */
export function spreadBookings(rules: RestaurantRules, tables: Table[], fromDate: string, days: number, count: number, now: Date): ExistingBooking[] {
  const bookings: ExistingBooking[] = []
  const times = ['12:00', '12:30', '13:00', '19:00', '19:30', '20:00', '20:30', '21:00']
  let n = 0
  for (let attempt = 0; bookings.length < count && attempt < count * 10; attempt++, n++) {
    const date = addLocalDays(fromDate, n % days)
    const time = times[(n * 7) % times.length]!
    const party = 1 + ((n * 5) % 6)
    const start = new Date(`${date}T${time}:00+01:00`)
    if (localDateOf(start, rules.timeZone) !== date) continue
    const check = checkBooking(start, { rules, tables, bookings, partySize: party, now })
    if (check.ok) bookings.push({ id: n, startsAt: start, endsAt: check.endsAt, partySize: party, tableIds: check.tableIds })
  }
  return bookings
}
