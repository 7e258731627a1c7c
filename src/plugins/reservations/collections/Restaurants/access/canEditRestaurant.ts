import type { Access } from 'payload'

import { hasAtLeast, isAdmin, restaurantIdsOf } from '../../../../../infrastructure/access/roles'

/** Owners and managers edit their own restaurants (hours, rules, policies); admins all of them. */
export const canEditRestaurant: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (!hasAtLeast(req.user, 'manager')) return false
  return { id: { in: restaurantIdsOf(req.user) } }
}
