import type { RelationshipField } from 'payload'

import { isAdmin, isStaff, restaurantIdsOf } from '../access/roles'

/**
 * The restaurant a document belongs to. Staff can only pick (and Payload's validation only accepts)
 * restaurants they work for, so nobody moves a document out of their reach or into someone else's.
 */
export function restaurantField(overrides: Partial<RelationshipField> = {}): RelationshipField {
  return {
    name: 'restaurant',
    type: 'relationship',
    relationTo: 'restaurants',
    required: true,
    index: true,
    filterOptions: ({ user }) => {
      if (!isStaff(user) || isAdmin(user)) return true
      return { id: { in: restaurantIdsOf(user) } }
    },
    admin: { position: 'sidebar' },
    ...overrides,
  } as RelationshipField
}
