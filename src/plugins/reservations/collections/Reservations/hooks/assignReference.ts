import type { CollectionBeforeValidateHook } from 'payload'

import { newBookingReference } from '../../../../../domain/reference'

/** Every reservation gets its spoken reference before validation, so `required` holds. */
export const assignReference: CollectionBeforeValidateHook = ({ data, operation, originalDoc }) => {
  if (!data) return data
  if (operation === 'create' && !data.reference) data.reference = newBookingReference()
  // A reference, once given to a guest, never changes.
  if (operation === 'update' && originalDoc?.reference) data.reference = originalDoc.reference
  return data
}
