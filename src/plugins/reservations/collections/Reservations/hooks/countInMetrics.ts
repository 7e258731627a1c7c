import type { CollectionAfterChangeHook } from 'payload'

import { metrics } from '../../../../../infrastructure/ops/metrics'

/** Bookings created and cancelled, for /api/metrics. The seed's known data is not a booking. */
export const countInMetrics: CollectionAfterChangeHook = ({ doc, previousDoc, operation, context }) => {
  if (context?.seeding) return doc
  if (operation === 'create') metrics().bookingsCreated.inc({ source: String(doc.source ?? 'unknown') })
  if (doc.status === 'cancelled' && (operation === 'create' || previousDoc?.status !== 'cancelled')) metrics().bookingsCancelled.inc()
  return doc
}
