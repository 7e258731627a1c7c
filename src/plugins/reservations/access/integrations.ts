import type { PayloadRequest, Where } from 'payload'

import { relationId } from '../../../infrastructure/access/roles'
import { BookingError } from '../../../infrastructure/http/respond'
import { storedScope, type INTEGRATION_SCOPES } from '../constants'

export type IntegrationScope = (typeof INTEGRATION_SCOPES)[number]

type RelationValue = number | string | { id: number | string } | null | undefined

/** A partner's key as Payload's API-key strategy hands it over in `req.user`. */
export interface IntegrationUser {
  collection: 'integrations'
  id: number | string
  name?: string | null
  restaurants?: RelationValue[] | null
  scopes?: string[] | null
  active?: boolean | null
}

export function isIntegration(user: unknown): user is IntegrationUser {
  return Boolean(user && typeof user === 'object' && (user as IntegrationUser).collection === 'integrations')
}

/** Ids of the restaurants a key was given. */
export function integrationRestaurantIds(user: IntegrationUser): Array<number | string> {
  return (user.restaurants ?? []).map(relationId).filter((id): id is number | string => id !== null)
}

const serves = (user: IntegrationUser, restaurantId: RelationValue) => {
  const id = relationId(restaurantId)
  return id !== null && integrationRestaurantIds(user).some((own) => String(own) === String(id))
}

/** The key holds the scope (stored as `availability_read` for `availability:read`: see storedScope). */
export function holds(user: IntegrationUser, scope: IntegrationScope): boolean {
  return Boolean(user.scopes?.includes(storedScope(scope)))
}

/** True when an active key holds this scope for this restaurant. */
export function integrationMay(user: unknown, scope: IntegrationScope, restaurantId: RelationValue): boolean {
  return isIntegration(user) && user.active !== false && holds(user, scope) && serves(user, restaurantId)
}

/**
 * The check every surface makes before acting for a key: the key is active, holds the scope, and
 * was given the restaurant. The order matters to the partner: a revoked key hears that first, then
 * a missing scope (their integration is built wrong) before a restaurant they were not given.
 */
export function requireScope(req: Pick<PayloadRequest, 'user'>, scope: IntegrationScope, restaurantId: RelationValue): IntegrationUser {
  const user = req.user as unknown
  if (!isIntegration(user)) throw new BookingError(401, 'unauthorized')
  if (user.active === false) throw new BookingError(403, 'integration_inactive')
  if (!holds(user, scope)) throw new BookingError(403, 'integration_scope', undefined, { scope })
  if (!serves(user, restaurantId)) throw new BookingError(403, 'integration_restaurant')
  return user
}

/**
 * Payload access for collections a key may read (`reservations:read`): its restaurants' documents,
 * as a query so lists, counts and GraphQL are scoped by the database. Null when the caller is not a key.
 */
export function integrationReadConstraint(user: unknown, scope: IntegrationScope, field = 'restaurant'): Where | false | null {
  if (!isIntegration(user)) return null
  if (user.active === false || !holds(user, scope)) return false
  const ids = integrationRestaurantIds(user)
  return ids.length === 0 ? false : ({ [field]: { in: ids } } as Where)
}

/** How the audit log names a key that acted: its name and id (never the key). */
export const integrationLabel = (user: IntegrationUser) => `API key "${user.name ?? ''}" (#${user.id})`

/**
 * Diners' operations (availability, book, a booking's link) called by a partner's key act as that
 * key: it is returned so the service can check its scope and name it on the booking, and the audit
 * log names it. Any other session (staff riding along) changes nothing. Either way the request goes
 * on without a user, as a diner's does.
 */
export function actingIntegration(req: Pick<PayloadRequest, 'user' | 'context'>): IntegrationUser | undefined {
  const integration = isIntegration(req.user) ? req.user : undefined
  req.user = null
  if (integration) req.context.auditVia = integrationLabel(integration)
  return integration
}
