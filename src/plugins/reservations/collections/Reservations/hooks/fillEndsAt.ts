import type { CollectionBeforeValidateHook } from 'payload'

import { relationId } from '../../../../../infrastructure/access/roles'
import { expectedEnd } from '../../../../../domain/availability'
import { rulesOf } from '../../../services/context'

const time = (v: unknown) => (v ? new Date(v as string).getTime() : NaN)

/**
 * Staff rarely type an end time: a new booking ends after the party's turn time, a moved booking
 * keeps its length, a resized party gets its new turn time. An end set by hand (resize) is kept.
 */
export const fillEndsAt: CollectionBeforeValidateHook = async ({ data, originalDoc, operation, req }) => {
  if (!data) return data
  const startsAt = data.startsAt ?? originalDoc?.startsAt
  const partySize = data.partySize ?? originalDoc?.partySize
  const restaurantId = relationId(data.restaurant ?? originalDoc?.restaurant)
  if (!startsAt || !partySize || restaurantId === null || Number.isNaN(time(startsAt))) return data

  const endGivenNow = data.endsAt && (operation === 'create' || time(data.endsAt) !== time(originalDoc?.endsAt))
  if (endGivenNow) return data

  const moved = operation === 'update' && time(startsAt) !== time(originalDoc?.startsAt)
  const resized = operation === 'update' && Number(partySize) !== Number(originalDoc?.partySize)
  if (operation === 'update' && !moved && !resized) return data

  if (moved && !resized && originalDoc?.endsAt) {
    data.endsAt = new Date(time(startsAt) + time(originalDoc.endsAt) - time(originalDoc.startsAt)).toISOString()
    return data
  }
  const restaurant = await req.payload.findByID({ collection: 'restaurants', id: restaurantId, depth: 0, req, disableErrors: true })
  if (!restaurant) return data
  data.endsAt = expectedEnd(new Date(startsAt), Number(partySize), rulesOf(restaurant).bookingRules).toISOString()
  return data
}
