import type { CollectionConfig } from 'payload'

import { hasAtLeast, isAdmin, isStaff, restaurantIdsOf } from '../../../../infrastructure/access/roles'
import { STORED_INTEGRATION_SCOPES } from '../../constants'
import { integrationEndpoints } from '../../endpoints/integrations'
import { label } from '../../translations'
import type { ReservationsKey } from '../../translations'
import { ADMIN_GROUP } from '../groups'
import { changeIntegrations, createIntegrations, readApiKey, readIntegrations } from './access'
import { auditIntegration, auditIntegrationDeleted } from './hooks/auditIntegration'
import { deleteOwnKeysOnly, ownRestaurantsOnly } from './hooks/ownRestaurantsOnly'

/** Stored as `availability_read` for the scope `availability:read` (see storedScope: GraphQL enums). */
const scopeOptions = STORED_INTEGRATION_SCOPES.map((value) => ({ value, label: label(`reservations:integrationScope:${value}` as ReservationsKey) }))

/**
 * A partner's API key (a hotel concierge, a tourism site, a POS): Payload's API-key strategy,
 * no password. A request sends `Authorization: integrations API-Key <key>`; the key then stands in
 * `req.user` with `collection: 'integrations'`, and every surface asks `requireScope` (access/integrations.ts)
 * whether it may act for this restaurant. Payload stores the key encrypted with the server's
 * secret (`api_key`) and finds it by an HMAC-SHA256 of it (`api_key_index`).
 */
export const Integrations: CollectionConfig = {
  slug: 'integrations',
  labels: { singular: label('reservations:collections:integration'), plural: label('reservations:collections:integrations') },
  auth: { useAPIKey: true, disableLocalStrategy: true },
  admin: {
    group: ADMIN_GROUP.restaurant,
    useAsTitle: 'name',
    defaultColumns: ['name', 'restaurants', 'scopes', 'active', 'updatedAt'],
    description: label('reservations:integration:help'),
    hidden: ({ user }) => !hasAtLeast(user, 'manager'),
  },
  access: {
    read: readIntegrations,
    create: createIntegrations,
    update: changeIntegrations,
    delete: changeIntegrations,
    // Nobody signs in as a key: it is sent with each request.
    admin: () => false,
  },
  endpoints: integrationEndpoints,
  hooks: {
    beforeChange: [ownRestaurantsOnly],
    beforeDelete: [deleteOwnKeysOnly],
    afterChange: [auditIntegration],
    afterDelete: [auditIntegrationDeleted],
  },
  fields: [
    { name: 'name', label: label('reservations:integration:name'), type: 'text', required: true, maxLength: 120 },
    {
      name: 'restaurants',
      label: label('reservations:integration:restaurants'),
      type: 'relationship',
      relationTo: 'restaurants',
      hasMany: true,
      required: true,
      index: true,
      filterOptions: ({ user }) => (!isStaff(user) || isAdmin(user) ? true : { id: { in: restaurantIdsOf(user) } }),
      admin: { description: label('reservations:integration:restaurantsHelp') },
    },
    {
      name: 'scopes',
      label: label('reservations:integration:scopes'),
      type: 'select',
      hasMany: true,
      required: true,
      options: scopeOptions,
      admin: { description: label('reservations:integration:scopesHelp') },
    },
    {
      name: 'active',
      label: label('reservations:integration:active'),
      type: 'checkbox',
      defaultValue: true,
      admin: { position: 'sidebar', description: label('reservations:integration:activeHelp') },
    },
    // Payload's own field (merged with its hooks): the key is shown to those who may revoke it.
    { name: 'apiKey', type: 'text', label: label('reservations:integration:apiKey'), access: { read: readApiKey } },
  ],
}
