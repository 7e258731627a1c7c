import type { CollectionConfig } from 'payload'

import { WEBHOOK_EVENTS } from '../../../../domain/webhooks'
import { canCreateForRestaurant, restaurantScoped } from '../../../../infrastructure/access'
import { restaurantField } from '../../../../infrastructure/fields/restaurant'
import { rotateSecretEndpoint, sendTestEventEndpoint } from '../../endpoints/webhooks'
import { label } from '../../translations'
import type { ReservationsKey } from '../../translations'
import { newWebhookSecret } from '../../webhooks/secret'
import { ADMIN_GROUP } from '../groups'
import { ownersOfTheRestaurant } from './access'
import { auditEndpoint } from './hooks/auditEndpoint'
import { checkUrl } from './hooks/checkUrl'
import { deleteDeliveries } from './hooks/deleteDeliveries'

/** `reservation.created` is stored as is; its label's key has no dot (`reservations:webhookEvent:reservation_created`). */
const eventOptions = WEBHOOK_EVENTS.map((value) => ({ value, label: label(`reservations:webhookEvent:${value.replace('.', '_')}` as ReservationsKey) }))

/**
 * Where a restaurant's bookings and payments are announced: an owner's address, the events it
 * wants, and the secret its requests are signed with (made here, never typed). Owners manage them,
 * managers read them and their delivery log.
 */
export const WebhookEndpoints: CollectionConfig = {
  slug: 'webhook-endpoints',
  labels: { singular: label('reservations:webhook:endpoint'), plural: label('reservations:webhook:endpoints') },
  admin: {
    group: ADMIN_GROUP.restaurant,
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'active', 'restaurant'],
    description: label('reservations:webhook:endpointsHelp'),
  },
  access: {
    read: restaurantScoped('manager'),
    create: canCreateForRestaurant('owner'),
    update: restaurantScoped('owner'),
    delete: restaurantScoped('owner'),
  },
  endpoints: [sendTestEventEndpoint, rotateSecretEndpoint],
  hooks: { beforeChange: [checkUrl], afterChange: [auditEndpoint], beforeDelete: [deleteDeliveries] },
  fields: [
    restaurantField({ label: label('reservations:collections:restaurant') }),
    { name: 'name', label: label('reservations:webhook:name'), type: 'text', required: true, maxLength: 120, admin: { description: label('reservations:webhook:nameHelp') } },
    { name: 'url', label: label('reservations:webhook:url'), type: 'text', required: true, maxLength: 2000, admin: { description: label('reservations:webhook:urlHelp') } },
    {
      name: 'events',
      label: label('reservations:webhook:events'),
      type: 'select',
      hasMany: true,
      required: true,
      options: eventOptions,
      admin: { description: label('reservations:webhook:eventsHelp') },
    },
    { name: 'active', label: label('reservations:webhook:active'), type: 'checkbox', defaultValue: true, admin: { position: 'sidebar', description: label('reservations:webhook:activeHelp') } },
    {
      name: 'secret',
      label: label('reservations:webhook:secret'),
      type: 'text',
      // Made on creation and by "make a new secret" (POST /api/webhook-endpoints/:id/rotate-secret), never typed.
      access: { read: ownersOfTheRestaurant, create: () => false, update: () => false },
      hooks: { beforeChange: [({ value, operation }) => (operation === 'create' && !value ? newWebhookSecret() : value)] },
      admin: {
        position: 'sidebar',
        description: label('reservations:webhook:secretHelp'),
        components: { Field: '/plugins/reservations/admin/webhooks/WebhookSecret#WebhookSecret' },
      },
    },
    {
      name: 'sendTestEvent',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/plugins/reservations/admin/webhooks/SendTestEvent#SendTestEvent' } },
    },
    {
      name: 'deliveries',
      label: label('reservations:webhook:deliveries'),
      type: 'join',
      collection: 'webhook-deliveries',
      on: 'endpoint',
      defaultSort: '-createdAt',
      defaultLimit: 20,
      admin: { defaultColumns: ['createdAt', 'eventType', 'attempt', 'statusCode', 'durationMs', 'outcome', 'nextRetryAt', 'error'] },
    },
  ],
}
