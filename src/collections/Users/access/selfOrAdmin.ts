import type { Access } from 'payload'

import { isAdmin, isStaff } from '../../../infrastructure/access/roles'

/** Admins manage every account; everyone else sees and edits only their own. */
export const selfOrAdmin: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (!isStaff(req.user) || req.user.id === undefined) return false
  return { id: { equals: req.user.id } }
}
