import type { Access, FieldAccess, Where } from 'payload'

import { hasAtLeast, isAdmin, isStaff, restaurantIdsOf, worksFor, type Role } from './roles'

export const anyone: Access = () => true
export const nobody: Access = () => false

export const adminsOnly: Access = ({ req }) => isAdmin(req.user)
export const adminsOnlyField: FieldAccess = ({ req }) => isAdmin(req.user)

export const staffAtLeast =
  (role: Role): Access =>
  ({ req }) =>
    hasAtLeast(req.user, role)

/**
 * Staff of at least `role`, limited to documents whose `field` points at one of their restaurants.
 * Returns a query constraint so lists, counts and GraphQL are scoped by the database itself.
 */
export const restaurantScoped =
  (role: Role, field = 'restaurant'): Access =>
  ({ req }) => {
    if (isAdmin(req.user)) return true
    if (!hasAtLeast(req.user, role)) return false
    const ids = restaurantIdsOf(req.user)
    if (ids.length === 0) return false
    return { [field]: { in: ids } } as Where
  }

/**
 * Create access cannot be a query: check the restaurant the new document names.
 * Without data (the admin asking "may I create at all?") staff of the rank may.
 */
export const canCreateForRestaurant =
  (role: Role, field = 'restaurant'): Access =>
  ({ req, data }) => {
    if (isAdmin(req.user)) return true
    if (!hasAtLeast(req.user, role)) return false
    if (!data || data[field] === undefined) return true
    // A hasMany field (a guest's restaurants) must name only restaurants the user works for.
    const named = Array.isArray(data[field]) ? data[field] : [data[field]]
    return named.length > 0 && named.every((restaurant: unknown) => worksFor(req.user, restaurant as never, role))
  }

/** Published documents for everyone; drafts only for signed-in staff (editors and live preview). */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaff(req.user)) return true
  return { _status: { equals: 'published' } }
}
