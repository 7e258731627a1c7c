import { describe, expect, it } from 'vitest'

import { feedDays, slotRecords } from '../../src/domain/feed/reserveWithGoogle'
import { integrationMay, requireScope } from '../../src/plugins/reservations/access/integrations'

const key = (extra: Record<string, unknown> = {}) => ({ collection: 'integrations', id: 7, name: 'Concierge', restaurants: [{ id: 1 }, 2], scopes: ['availability_read', 'bookings_write'], active: true, ...extra })
const codeOf = (run: () => unknown) => {
  try {
    run()
    return 'allowed'
  } catch (error) {
    return `${(error as { status: number }).status} ${(error as { code: string }).code}`
  }
}

describe('what a partner key may do', () => {
  it('acts only with its scopes, for its restaurants, while active', () => {
    expect(integrationMay(key(), 'availability:read', 1)).toBe(true)
    expect(integrationMay(key(), 'bookings:write', '2')).toBe(true)
    expect(integrationMay(key(), 'bookings:manage', 1)).toBe(false)
    expect(integrationMay(key(), 'availability:read', 3)).toBe(false)
    expect(integrationMay(key({ active: false }), 'availability:read', 1)).toBe(false)
    // A member of staff is not a key, whatever their roles.
    expect(integrationMay({ collection: 'users', roles: ['admin'] }, 'availability:read', 1)).toBe(false)
  })

  it('tells a revoked key first, then a missing scope, then a restaurant it was not given', () => {
    expect(codeOf(() => requireScope({ user: key({ active: false }) as never }, 'bookings:manage', 3))).toBe('403 integration_inactive')
    expect(codeOf(() => requireScope({ user: key() as never }, 'bookings:manage', 3))).toBe('403 integration_scope')
    expect(codeOf(() => requireScope({ user: key() as never }, 'bookings:write', 3))).toBe('403 integration_restaurant')
    expect(codeOf(() => requireScope({ user: key() as never }, 'bookings:write', 1))).toBe('allowed')
    expect(codeOf(() => requireScope({ user: null }, 'bookings:write', 1))).toBe('401 unauthorized')
  })
})

describe('the aggregator feed', () => {
  it('covers the booking window, never fewer than 30 days nor more than 92', () => {
    expect(feedDays(7)).toBe(30)
    expect(feedDays(60)).toBe(61)
    expect(feedDays(365)).toBe(92)
  })

  it('gives each slot of the engine one spot for the party, open when a table can be given', () => {
    const at = new Date('2026-12-24T18:30:00Z')
    expect(slotRecords('le-petit-zinc', 4, 120, [{ startsAt: at, available: false }])).toEqual([
      { merchant_id: 'le-petit-zinc', service_id: 'le-petit-zinc-table', start_sec: at.getTime() / 1000, duration_sec: 7200, spots_total: 1, spots_open: 0, resources: { party_size: 4 } },
    ])
  })
})
