import type { CollectionAfterReadHook } from 'payload'

import { guestFigures } from '../../../services/guestFigures'

/**
 * Spend and last visit are computed, never typed in: read from the guest's bookings each time the
 * profile is read, so they always equal what the bookings say (a refund, a late payment included).
 */
export const fillFigures: CollectionAfterReadHook = async ({ doc, req }) => {
  if (typeof doc?.id !== 'number') return doc
  const { depositSpend, lastVisitAt } = await guestFigures(req, doc.id)
  return { ...doc, depositSpend, lastVisitAt }
}
