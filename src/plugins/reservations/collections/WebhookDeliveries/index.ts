import type { CollectionConfig } from 'payload'

import { WEBHOOK_EVENTS } from '../../../../domain/webhooks'
import { adminsOnly, nobody, restaurantScoped } from '../../../../infrastructure/access'
import { restaurantField } from '../../../../infrastructure/fields/restaurant'
import { label, options } from '../../translations'
import { ADMIN_GROUP } from '../groups'

/** Stored without the dot (a select's values become a Postgres enum and GraphQL names). */
const EVENT_TYPES = [...WEBHOOK_EVENTS.map((type) => type.replace('.', '_')), 'ping'] as Array<'reservation_created'>

/**
 * Every attempt to deliver an event to an endpoint, written by the delivery itself: what the
 * receiver answered and how fast, or why nothing came back, and when the next try is. Read on the
 * endpoint's page (join field) and here; nobody edits it.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: { singular: label('reservations:webhook:delivery'), plural: label('reservations:webhook:deliveryLog') },
  admin: {
    group: ADMIN_GROUP.restaurant,
    useAsTitle: 'eventId',
    defaultColumns: ['createdAt', 'endpoint', 'eventType', 'attempt', 'statusCode', 'durationMs', 'outcome', 'nextRetryAt'],
    description: label('reservations:webhook:deliveryLogHelp'),
  },
  defaultSort: '-createdAt',
  access: { read: restaurantScoped('manager'), create: nobody, update: nobody, delete: adminsOnly },
  fields: [
    restaurantField({ label: label('reservations:collections:restaurant') }),
    { name: 'endpoint', label: label('reservations:webhook:endpoint'), type: 'relationship', relationTo: 'webhook-endpoints', required: true, index: true },
    { name: 'eventId', label: label('reservations:webhook:eventId'), type: 'text', required: true, index: true },
    { name: 'eventType', label: label('reservations:webhook:eventType'), type: 'select', required: true, options: options('webhookEvent', EVENT_TYPES) },
    {
      type: 'row',
      fields: [
        { name: 'attempt', label: label('reservations:webhook:attempt'), type: 'number', required: true, admin: { width: '25%' } },
        { name: 'statusCode', label: label('reservations:webhook:statusCode'), type: 'number', admin: { width: '25%' } },
        { name: 'durationMs', label: label('reservations:webhook:durationMs'), type: 'number', admin: { width: '25%' } },
        {
          name: 'outcome',
          label: label('reservations:webhook:outcome'),
          type: 'select',
          required: true,
          options: options('webhookOutcome', ['delivered', 'retrying', 'failed']),
          admin: { width: '25%' },
        },
      ],
    },
    { name: 'nextRetryAt', label: label('reservations:webhook:nextRetryAt'), type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'error', label: label('reservations:webhook:error'), type: 'textarea' },
  ],
}
