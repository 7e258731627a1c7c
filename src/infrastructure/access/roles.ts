/**
 * Who may do what, in the restaurant's words. Pure functions over the signed-in user so they are
 * unit-testable without Payload: every collection's access functions are built from these.
 */
export const ROLES = ['admin', 'owner', 'manager', 'host'] as const
export type Role = (typeof ROLES)[number]

/** Each role includes the powers of the ones after it. */
const RANK: Record<Role, number> = { admin: 4, owner: 3, manager: 2, host: 1 }

type RelationValue = number | string | { id: number | string } | null | undefined

export interface StaffUser {
  id?: number | string
  collection?: string
  roles?: Role[] | null
  restaurants?: RelationValue[] | null
  disabled?: boolean | null
}

/**
 * A signed-in member of staff. A disabled account is nobody, whatever token it still holds: its
 * sessions end when it is disabled, and this keeps any new one (a password reset signs in) powerless.
 */
export function isStaff(user: unknown): user is StaffUser {
  return Boolean(user && typeof user === 'object' && (user as StaffUser).collection === 'users' && !(user as StaffUser).disabled)
}

export function isAdmin(user: unknown): boolean {
  return isStaff(user) && Boolean(user.roles?.includes('admin'))
}

/** The highest role the user holds, or null for a visitor or a user without a role. */
export function topRole(user: unknown): Role | null {
  if (!isStaff(user) || !user.roles?.length) return null
  return [...user.roles].sort((a, b) => RANK[b] - RANK[a])[0] ?? null
}

export function hasAtLeast(user: unknown, role: Role): boolean {
  const top = topRole(user)
  return top !== null && RANK[top] >= RANK[role]
}

export function relationId(value: RelationValue): number | string | null {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? value.id : value
}

/** Ids of the restaurants a staff member works for (empty for admins: they are not scoped). */
export function restaurantIdsOf(user: unknown): Array<number | string> {
  if (!isStaff(user)) return []
  return (user.restaurants ?? []).map(relationId).filter((id): id is number | string => id !== null)
}

/** True when the user, at the given rank or above, works for this restaurant (admins: everywhere). */
export function worksFor(user: unknown, restaurant: RelationValue, role: Role = 'host'): boolean {
  if (isAdmin(user)) return true
  if (!hasAtLeast(user, role)) return false
  const id = relationId(restaurant)
  return id !== null && restaurantIdsOf(user).some((own) => String(own) === String(id))
}
