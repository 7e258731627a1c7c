import type { Access, Where } from 'payload'

import { hasAtLeast, isAdmin, restaurantIdsOf, worksFor } from '../../../infrastructure/access/roles'

/**
 * A restaurant's pages are its managers' and owners' to write, like its menu; the group's own pages
 * (no restaurant) are the owners' and admins'. Returns a query so lists and counts are scoped too.
 */
export const canEditPage: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (!hasAtLeast(req.user, 'manager')) return false
  const ids = restaurantIdsOf(req.user)
  const own: Where = { restaurant: { in: ids } }
  const group: Where = { restaurant: { exists: false } }
  if (!hasAtLeast(req.user, 'owner')) return ids.length ? own : false
  return ids.length ? { or: [own, group] } : group
}

/** Create names its restaurant: one the user manages, or none for an owner. Without data, managers may. */
export const canCreatePage: Access = ({ req, data }) => {
  if (isAdmin(req.user)) return true
  if (!hasAtLeast(req.user, 'manager')) return false
  if (!data) return true
  const restaurant = data.restaurant as never
  if (restaurant === undefined || restaurant === null) return hasAtLeast(req.user, 'owner')
  return worksFor(req.user, restaurant, 'manager')
}
