import { APIError, type CollectionAfterChangeHook } from 'payload'

import { relationId } from '../../../../../infrastructure/access/roles'
import { occupancy } from '../../../../../domain/availability'
import { errorMessage } from '../../../../../domain/errors'
import { holdsTables } from '../../../../../domain/reservations/status'
import { PG, pgCode } from '../../../../../infrastructure/db/execute'
import { requestLanguage } from '../../../../../infrastructure/http/respond'
import { writeOccupancy } from '../../../db/occupancy'
import { restaurantById } from '../../../services/restaurants'

/**
 * Mirrors the reservation into the occupancy table in the same transaction. Whatever wrote the
 * reservation — the site, the admin, the API, a script — the exclusion constraint then refuses a
 * table held twice, and the whole change rolls back.
 */
export const syncOccupancy: CollectionAfterChangeHook = async ({ doc, req }) => {
  const restaurantId = relationId(doc.restaurant)
  if (restaurantId === null) return doc
  const restaurant = await restaurantById(req, restaurantId)
  const period = occupancy(new Date(doc.startsAt), new Date(doc.endsAt), restaurant.bookingRules?.bufferMinutes ?? 0)
  try {
    await writeOccupancy(req, {
      reservationId: doc.id,
      restaurantId,
      tableIds: (doc.tables ?? []).map((t: unknown) => relationId(t as never)).filter((id: unknown) => id !== null),
      from: period.from,
      to: period.to,
      active: holdsTables(doc.status, doc.holdExpiresAt),
    })
  } catch (error) {
    if (pgCode(error) === PG.exclusionViolation) {
      throw new APIError(errorMessage('table_taken', requestLanguage(req)), 409, { code: 'table_taken' }, true)
    }
    throw error
  }
  return doc
}
