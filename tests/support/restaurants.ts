import type { Payload } from 'payload'

import { addLocalDays, localDateOf, wallClockToInstant } from '../../src/domain/availability'

const ALL_WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

/** A restaurant open every day 10:00–23:00 with the given tables, for tests that need a known floor. */
export async function createTestRestaurant(
  payload: Payload,
  slug: string,
  tables: Array<{ label: string; min: number; max: number; joins?: string[] }>,
  overrides: Record<string, unknown> = {},
) {
  const restaurant = await payload.create({
    collection: 'restaurants',
    data: {
      name: `Test ${slug}`,
      slug,
      timeZone: 'Europe/Paris',
      currency: 'EUR',
      services: [{ name: 'Service', days: [...ALL_WEEK], start: '10:00', end: '23:00', lastSeating: '22:00' }],
      bookingRules: {
        slotIntervalMinutes: 15,
        minNoticeMinutes: 60,
        maxAdvanceDays: 365,
        maxPartyOnline: 8,
        bufferMinutes: 15,
        holdMinutes: 15,
        reminderLeadHours: 24,
        turnTimes: [{ upToPartySize: 20, minutes: 90 }],
      },
      deposit: { mode: 'none' },
      cancellation: { freeUntilHours: 24, refundPercentAfter: 50 },
      ...overrides,
    } as never,
  })
  const ids = new Map<string, number>()
  for (const t of tables) {
    const doc = await payload.create({
      collection: 'tables',
      data: { restaurant: restaurant.id, label: t.label, area: 'dining_room', minCapacity: t.min, maxCapacity: t.max, bookableOnline: true, active: true },
    })
    ids.set(t.label, doc.id)
  }
  for (const t of tables) {
    if (t.joins?.length) await payload.update({ collection: 'tables', id: ids.get(t.label)!, data: { joinableWith: t.joins.map((l) => ids.get(l)!) } })
  }
  return { restaurant, tableIds: ids }
}

/** The instant of a Paris wall-clock time `days` from today. */
export function parisTime(days: number, time: string): { date: string; iso: string } {
  const date = addLocalDays(localDateOf(new Date(), 'Europe/Paris'), days)
  const [h, m] = time.split(':').map(Number)
  return { date, iso: wallClockToInstant(date, h! * 60 + m!, 'Europe/Paris')!.toISOString() }
}

/** A staff member of `restaurantId` with `role`, created and signed in: their API token. */
export async function signedInStaff(payload: Payload, email: string, role: 'host' | 'manager' | 'owner', restaurantId: number): Promise<string> {
  const { login } = await import('./http')
  const password = `${role}-password`
  await payload.create({ collection: 'users', data: { email, password, name: role, roles: [role], restaurants: [restaurantId] } })
  return login(email, password)
}
