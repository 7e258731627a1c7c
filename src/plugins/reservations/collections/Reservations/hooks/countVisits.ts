import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '../../../../../infrastructure/access/roles'

/** Keeps the guest profile's visit and no-show counts in step with how bookings end. */
export const countVisits: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  const guestId = relationId(doc.guest)
  const before = operation === 'create' ? undefined : previousDoc?.status
  if (guestId === null || before === doc.status) return doc
  const delta = (status: string) => (doc.status === status ? 1 : 0) - (before === status ? 1 : 0)
  const visits = delta('completed')
  const noShows = delta('no_show')
  if (!visits && !noShows) return doc
  const guest = await req.payload.findByID({ collection: 'guests', id: guestId, depth: 0, req, disableErrors: true })
  if (!guest) return doc
  await req.payload.update({
    collection: 'guests',
    id: guestId,
    data: {
      visitCount: Math.max(0, (guest.visitCount ?? 0) + visits),
      noShowCount: Math.max(0, (guest.noShowCount ?? 0) + noShows),
    },
    req,
  })
  return doc
}
