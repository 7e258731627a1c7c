/**
 * Who may invite whom, change whose role, and disable whom: the owner's team management, as plain
 * data. Roles are the staff roles of `src/infrastructure/access/roles.ts`, highest first.
 *
 * Decisions (a restaurant owner's expectations):
 * - Owners and admins manage a team; managers and hosts do not (a manager runs the floor, the owner
 *   decides who works there). Managers therefore neither invite nor change roles.
 * - An owner gives only the roles below their own: manager and host. Owners and admins are given by
 *   an admin.
 * - An owner manages the staff of their own restaurants only, and never another owner or an admin.
 * - Roles are one list per person, not one per restaurant. Someone who also works for a restaurant
 *   the owner does not own is shared: the owner may add or remove their own restaurants on that
 *   person's list, but not change the role or disable the account, which would change what the
 *   person does for the other restaurant too.
 * - Nobody changes their own role or disables themselves (admins included).
 */
export type TeamRole = 'admin' | 'owner' | 'manager' | 'host'

type Id = number | string

export interface TeamActor {
  id: Id
  roles: TeamRole[]
  restaurantIds: Id[]
}

export interface TeamMember {
  id: Id
  roles: TeamRole[]
  restaurantIds: Id[]
  disabled: boolean
}

export interface TeamChange {
  roles?: TeamRole[]
  restaurantIds?: Id[]
  disabled?: boolean
}

export type TeamRefusal = 'forbidden' | 'own_account' | 'role_too_high' | 'not_your_staff' | 'shared_staff' | 'restaurant_not_yours' | 'required'

/** The roles an owner may give. */
export const ROLES_AN_OWNER_GIVES: readonly TeamRole[] = ['manager', 'host']

const has = (roles: readonly TeamRole[], role: TeamRole) => roles.includes(role)
const same = (a: readonly Id[], b: readonly Id[]) => {
  const x = a.map(String).sort()
  const y = b.map(String).sort()
  return x.length === y.length && x.every((v, i) => v === y[i])
}
const within = (ids: readonly Id[], allowed: readonly Id[]) => ids.every((id) => allowed.map(String).includes(String(id)))

/** Whether the person manages a team at all: owners and admins. */
export function managesTeam(actor: Pick<TeamActor, 'roles'>): boolean {
  return has(actor.roles, 'admin') || has(actor.roles, 'owner')
}

/** Whether `member` is staff of one of the actor's restaurants (admins: everyone). */
export function isOnTeamOf(actor: TeamActor, member: Pick<TeamMember, 'restaurantIds'>): boolean {
  if (has(actor.roles, 'admin')) return true
  return member.restaurantIds.some((id) => actor.restaurantIds.map(String).includes(String(id)))
}

/** Why the actor may not invite someone with these roles to these restaurants, or null. */
export function inviteRefusal(actor: TeamActor, invite: { roles: TeamRole[]; restaurantIds: Id[] }): TeamRefusal | null {
  if (!managesTeam(actor)) return 'forbidden'
  if (!invite.roles.length) return 'required'
  if (has(actor.roles, 'admin')) return invite.restaurantIds.length || has(invite.roles, 'admin') ? null : 'required'
  if (!within(invite.roles, ROLES_AN_OWNER_GIVES)) return 'role_too_high'
  if (!invite.restaurantIds.length) return 'required'
  if (!within(invite.restaurantIds, actor.restaurantIds)) return 'restaurant_not_yours'
  return null
}

/** Why the actor may not make this change to a member's account, or null when they may. */
export function teamChangeRefusal(actor: TeamActor, member: TeamMember, change: TeamChange): TeamRefusal | null {
  const rolesChange = change.roles !== undefined && !same(change.roles, member.roles)
  const restaurantsChange = change.restaurantIds !== undefined && !same(change.restaurantIds, member.restaurantIds)
  const disabledChange = change.disabled !== undefined && change.disabled !== member.disabled
  if (!rolesChange && !restaurantsChange && !disabledChange) return null

  const self = String(actor.id) === String(member.id)
  if (self) return 'own_account'
  if (has(actor.roles, 'admin')) return null
  if (!has(actor.roles, 'owner')) return 'forbidden'
  if (!isOnTeamOf(actor, member)) return 'not_your_staff'
  // Another owner or an admin is not the owner's staff to manage.
  if (has(member.roles, 'owner') || has(member.roles, 'admin')) return 'forbidden'

  const shared = !within(member.restaurantIds, actor.restaurantIds)
  if (rolesChange) {
    if (!change.roles!.length) return 'required'
    if (!within(change.roles!, ROLES_AN_OWNER_GIVES)) return 'role_too_high'
    if (shared) return 'shared_staff'
  }
  if (disabledChange && shared) return 'shared_staff'
  if (restaurantsChange) {
    const before = member.restaurantIds.map(String)
    const after = change.restaurantIds!.map(String)
    const touched = [...after.filter((id) => !before.includes(id)), ...before.filter((id) => !after.includes(id))]
    if (!within(touched, actor.restaurantIds)) return 'restaurant_not_yours'
  }
  return null
}
