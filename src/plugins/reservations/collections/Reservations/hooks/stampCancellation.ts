import type { CollectionBeforeChangeHook } from 'payload'

import { isStaff } from '../../../../../infrastructure/access/roles'

/** Record when and by whom a reservation was cancelled, whichever door the change came through. */
export const stampCancellation: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (data.status === 'cancelled' && originalDoc?.status !== 'cancelled') {
    data.cancellation = {
      ...(data.cancellation ?? {}),
      cancelledAt: new Date().toISOString(),
      cancelledBy: data.cancellation?.cancelledBy ?? (isStaff(req.user) ? 'staff' : 'system'),
      cancelledByUser: isStaff(req.user) ? req.user.id : undefined,
    }
  }
  return data
}
