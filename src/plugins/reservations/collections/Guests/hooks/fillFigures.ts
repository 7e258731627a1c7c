import type { CollectionAfterReadHook } from 'payload'

import { guestFigures } from '../../../services/guestFigures'

/**
 * Spend and last visit are computed, never typed in: read from the guest's bookings each time the
 * profile is read, so they always equal what the bookings say (a refund, a late payment included).
 * A booking that only attaches itself to the profile asks for none (`withoutGuestFigures`).
 */
export const fillFigures: CollectionAfterReadHook = async ({ doc, req, context }) => {
  if (typeof doc?.id !== 'number' || context.withoutGuestFigures) return doc
  const { depositSpendMinor, lastVisitAt } = await guestFigures(req, doc.id)
  return { ...doc, depositSpendMinor, lastVisitAt }
}
