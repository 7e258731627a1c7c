import type { AvailabilityInput } from '../../../src/domain/availability'
import type { RestaurantRules, Table } from '../../../src/domain/availability/types'

export const bistroRules = (overrides: Partial<RestaurantRules> = {}): RestaurantRules => ({
  timeZone: 'Europe/Paris',
  services: [
    { name: 'Lunch', days: ['tue', 'wed', 'thu', 'fri', 'sat'], start: '12:00', end: '14:30', lastSeating: '13:45' },
    { name: 'Dinner', days: ['tue', 'wed', 'thu', 'fri', 'sat'], start: '19:00', end: '23:00', lastSeating: '21:45' },
  ],
  exceptions: [],
  bookingRules: {
    slotIntervalMinutes: 15,
    minNoticeMinutes: 60,
    maxAdvanceDays: 60,
    maxPartyOnline: 8,
    bufferMinutes: 15,
    maxCoversPerSlot: null,
    maxBookingsPerSlot: null,
    turnTimes: [
      { upToPartySize: 2, minutes: 90 },
      { upToPartySize: 4, minutes: 105 },
      { upToPartySize: 20, minutes: 150 },
    ],
  },
  ...overrides,
})

export const table = (id: number, min: number, max: number, joinableWith: number[] = [], extra: Partial<Table> = {}): Table => ({
  id,
  label: `T${id}`,
  minCapacity: min,
  maxCapacity: max,
  joinableWith,
  bookableOnline: true,
  active: true,
  ...extra,
})

export const input = (overrides: Partial<AvailabilityInput> = {}): AvailabilityInput => ({
  rules: bistroRules(),
  tables: [table(1, 1, 2), table(2, 2, 4)],
  bookings: [],
  partySize: 2,
  now: new Date('2026-03-01T08:00:00Z'),
  ...overrides,
})
