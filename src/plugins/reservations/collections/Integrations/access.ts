import type { Access, FieldAccess, Where } from 'payload'

import { canCreateForRestaurant } from '../../../../infrastructure/access'
import { hasAtLeast, isAdmin, relationId, restaurantIdsOf, worksFor } from '../../../../infrastructure/access/roles'

/** Keys of the staff member's restaurants; a key for several restaurants shows to each one's staff. */
const ofTheirRestaurants =
  (role: 'manager' | 'owner'): Access =>
  ({ req }) => {
    if (isAdmin(req.user)) return true
    if (!hasAtLeast(req.user, role)) return false
    const ids = restaurantIdsOf(req.user)
    return ids.length === 0 ? false : ({ restaurants: { in: ids } } as Where)
  }

/** Managers see their restaurants' keys (who has access to their bookings); hosts see none. */
export const readIntegrations = ofTheirRestaurants('manager')

/** Owners create, revoke and delete keys, for restaurants they own only (checked on data by the hook too). */
export const createIntegrations = canCreateForRestaurant('owner', 'restaurants')
export const changeIntegrations = ofTheirRestaurants('owner')

/**
 * The key itself (Payload keeps it encrypted, readable with the server's secret) is shown to whoever
 * may revoke it: an owner of every restaurant the key serves, or an admin. A manager who reads the
 * list never learns a key they could then use.
 */
export const readApiKey: FieldAccess = ({ req, doc }) => {
  if (isAdmin(req.user)) return true
  if (!hasAtLeast(req.user, 'owner')) return false
  const restaurants = ((doc?.restaurants ?? []) as unknown[]).map((r) => relationId(r as never))
  return restaurants.every((id) => worksFor(req.user, id, 'owner'))
}
