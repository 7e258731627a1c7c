import type { Payload } from 'payload'

import type { Reservation } from '../../src/payload-types'
import { parisTime } from './restaurants'

/**
 * A booking written as it already stands (any status, any deposit), the way the seed writes known
 * data: no engine check, no message to the guest. Tests then act on it through the API.
 */
export function existingBooking(
  payload: Payload,
  restaurantId: number,
  days: number,
  time: string,
  status: Reservation['status'],
  extra: Partial<Reservation> = {},
) {
  return payload.create({
    collection: 'reservations',
    data: { restaurant: restaurantId, startsAt: parisTime(days, time).iso, partySize: 2, guestName: 'Invité', source: 'phone', status, ...extra } as never,
    context: { seeding: true },
  }) as Promise<Reservation>
}
