import { describe, expect, it } from 'vitest'

import { hasAtLeast, isAdmin, restaurantIdsOf, topRole, worksFor } from '../../src/infrastructure/access/roles'

const staff = (roles: string[], restaurants: Array<number | { id: number }> = []) => ({ collection: 'users', id: 1, roles, restaurants }) as never

describe('roles', () => {
  it('treats a visitor as nobody', () => {
    expect(topRole(null)).toBeNull()
    expect(isAdmin(undefined)).toBe(false)
    expect(worksFor(null, 1)).toBe(false)
  })

  it('does not treat a diner account as staff, whatever its roles say', () => {
    expect(isAdmin({ collection: 'customers', roles: ['admin'] })).toBe(false)
  })

  it('ranks admin above owner above manager above host', () => {
    expect(topRole(staff(['host', 'owner']))).toBe('owner')
    expect(hasAtLeast(staff(['manager']), 'host')).toBe(true)
    expect(hasAtLeast(staff(['manager']), 'owner')).toBe(false)
    expect(hasAtLeast(staff([]), 'host')).toBe(false)
  })

  it('scopes staff to their restaurants, populated or not', () => {
    const host = staff(['host'], [3, { id: 7 }])
    expect(restaurantIdsOf(host)).toEqual([3, 7])
    expect(worksFor(host, 7)).toBe(true)
    expect(worksFor(host, { id: 3 })).toBe(true)
    expect(worksFor(host, 4)).toBe(false)
  })

  it('needs the rank as well as the restaurant', () => {
    expect(worksFor(staff(['host'], [3]), 3, 'manager')).toBe(false)
    expect(worksFor(staff(['manager'], [3]), 3, 'manager')).toBe(true)
  })

  it('lets an admin work everywhere', () => {
    expect(worksFor(staff(['admin']), 99, 'owner')).toBe(true)
  })
})
