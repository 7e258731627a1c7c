import { describe, expect, it } from 'vitest'

import { inviteRefusal, teamChangeRefusal, type TeamMember } from '../../../src/domain/team/rules'

const owner = { id: 1, roles: ['owner' as const], restaurantIds: [10] }
const admin = { id: 2, roles: ['admin' as const], restaurantIds: [] }
const manager = { id: 3, roles: ['manager' as const], restaurantIds: [10] }
const host = (over: Partial<TeamMember> = {}): TeamMember => ({ id: 5, roles: ['host'], restaurantIds: [10], disabled: false, ...over })

describe('who may invite whom', () => {
  it('an owner invites managers and hosts to their own restaurants only', () => {
    expect(inviteRefusal(owner, { roles: ['host'], restaurantIds: [10] })).toBeNull()
    expect(inviteRefusal(owner, { roles: ['owner'], restaurantIds: [10] })).toBe('role_too_high')
    expect(inviteRefusal(owner, { roles: ['manager'], restaurantIds: [10, 20] })).toBe('restaurant_not_yours')
  })

  it('a manager does not invite; an admin invites anyone', () => {
    expect(inviteRefusal(manager, { roles: ['host'], restaurantIds: [10] })).toBe('forbidden')
    expect(inviteRefusal(admin, { roles: ['owner'], restaurantIds: [20] })).toBeNull()
  })
})

describe('what an owner may change on an account', () => {
  it('changes a host of theirs into a manager, and back', () => {
    expect(teamChangeRefusal(owner, host(), { roles: ['manager'] })).toBeNull()
    expect(teamChangeRefusal(owner, host({ roles: ['manager'] }), { roles: ['host'] })).toBeNull()
  })

  it('never raises anyone to owner or admin', () => {
    expect(teamChangeRefusal(owner, host(), { roles: ['owner'] })).toBe('role_too_high')
    expect(teamChangeRefusal(owner, host(), { roles: ['host', 'admin'] })).toBe('role_too_high')
  })

  it('leaves other restaurants’ staff, other owners and admins alone', () => {
    expect(teamChangeRefusal(owner, host({ restaurantIds: [20] }), { disabled: true })).toBe('not_your_staff')
    expect(teamChangeRefusal(owner, host({ roles: ['owner'] }), { disabled: true })).toBe('forbidden')
  })

  it('for shared staff, only adds or removes their own restaurants', () => {
    const shared = host({ restaurantIds: [10, 20] })
    expect(teamChangeRefusal(owner, shared, { roles: ['manager'] })).toBe('shared_staff')
    expect(teamChangeRefusal(owner, shared, { disabled: true })).toBe('shared_staff')
    expect(teamChangeRefusal(owner, shared, { restaurantIds: [20] })).toBeNull()
    expect(teamChangeRefusal(owner, shared, { restaurantIds: [10] })).toBe('restaurant_not_yours')
  })

  it('nobody changes their own role or disables themselves, admins included', () => {
    expect(teamChangeRefusal(admin, { id: 2, roles: ['admin'], restaurantIds: [], disabled: false }, { disabled: true })).toBe('own_account')
    expect(teamChangeRefusal(owner, { ...host(), id: 1, roles: ['owner'] }, { roles: ['host'] })).toBe('own_account')
  })

  it('a manager changes nobody’s access; an unchanged value is no change', () => {
    expect(teamChangeRefusal(manager, host(), { roles: ['manager'] })).toBe('forbidden')
    expect(teamChangeRefusal(manager, host(), { roles: ['host'], disabled: false })).toBeNull()
  })
})
