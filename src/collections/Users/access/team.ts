import type { Access, FieldAccess, Where } from 'payload'

import { hasAtLeast, isAdmin, isStaff, restaurantIdsOf } from '../../../infrastructure/access/roles'

/**
 * Admins: every account. Owners: their own and the staff of their restaurants (anyone whose
 * restaurants include one of theirs). Everyone else: their own account only. The finer rules
 * (which changes an owner may make to whom) are the team rules, checked by `enforceTeamRules`.
 */
export const selfOrTeam: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (!isStaff(req.user) || req.user.id === undefined) return false
  const self: Where = { id: { equals: req.user.id } }
  const restaurants = restaurantIdsOf(req.user)
  if (!hasAtLeast(req.user, 'owner') || restaurants.length === 0) return self
  return { or: [self, { restaurants: { in: restaurants } }] }
}

/**
 * Roles, restaurants and the disabled flag: admins, and owners on someone else's account (nobody
 * edits these on their own account: Payload keeps the stored value when field access says no).
 */
export const teamFieldAccess: FieldAccess = ({ req, id }) => {
  if (isAdmin(req.user)) return true
  if (!hasAtLeast(req.user, 'owner') || !isStaff(req.user)) return false
  return id === undefined || String(id) !== String(req.user.id)
}
